import { describe, expect, it } from 'vitest'

import { contractOtpEmail, contractSignedEmail, contractSigningEmail, contractStatusEmail } from '@/email/templates'

const base = { name: 'Awa Diop', contract: { title: 'Contrat de prestation', reference: 'CTR-2026-000001' }, siteUrl: 'https://taalentio.example' }

describe('contract emails', () => {
  it('send the signing link with its expiry, in French by default and in English on request', () => {
    const fr = contractSigningEmail({ ...base, locale: 'fr', url: 'https://taalentio.example/contrats/signer/abc', expiresAt: new Date('2026-12-09T10:00:00Z'), kind: 'sent' })
    expect(fr.subject).toBe('Contrat à signer : Contrat de prestation (CTR-2026-000001)')
    expect(fr.html).toContain('lang="fr"')
    expect(fr.text).toContain('https://taalentio.example/contrats/signer/abc')
    expect(fr.text).toContain('9 décembre 2026')
    const en = contractSigningEmail({ ...base, locale: 'en', url: 'https://taalentio.example/contrats/signer/abc', expiresAt: new Date('2026-12-09T10:00:00Z'), kind: 'reminder' })
    expect(en.subject).toBe('Reminder: contract to sign — Contrat de prestation (CTR-2026-000001)')
  })

  it('escape names and give the one-time code as the highlight', () => {
    const otp = contractOtpEmail({ ...base, name: '<b>Awa</b>', locale: 'fr', code: '042137', minutes: 10 })
    expect(otp.subject).toBe('Votre code de signature : 042137')
    expect(otp.html).toContain('&lt;b&gt;Awa&lt;/b&gt;')
    expect(otp.text).toContain('Valable 10 minutes')
  })

  it('announce the signature with the PDF link and hash, and status changes with the reason', () => {
    const signed = contractSignedEmail({ ...base, locale: 'fr', signedAt: new Date('2026-11-25T10:00:00Z'), hash: 'a'.repeat(64), pdfUrl: 'https://taalentio.example/api/contracts/1/pdf', verifyUrl: 'https://taalentio.example/contrats/verifier/1-abc', staff: false })
    expect(signed.text).toContain('https://taalentio.example/api/contracts/1/pdf')
    expect(signed.text).toContain('a'.repeat(64))
    const declined = contractStatusEmail({ ...base, locale: 'fr', status: 'declined', url: 'https://taalentio.example/contrats/1', signerName: 'Awa Diop', declineReason: 'Cachet trop bas', staff: true })
    expect(declined.subject).toBe('Contrat refusé : Contrat de prestation (CTR-2026-000001)')
    expect(declined.text).toContain('Motif indiqué : Cachet trop bas')
  })
})
