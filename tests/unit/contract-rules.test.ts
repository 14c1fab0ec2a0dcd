import { describe, expect, it } from 'vitest'

import { isReminderDue } from '@/contracts/dailyRun'
import { canonicalContractDocument, contractDocumentHash, type HashableContract } from '@/contracts/documentHash'
import { contractReference } from '@/contracts/reference'
import { lexicalParagraphs, renderContractBody } from '@/contracts/render'
import { hashOneTimeCode, hashSigningToken, isSigningTokenShape, maskEmail, newOneTimeCode, newSigningToken, sameHash } from '@/contracts/tokens'
import { contractVariableValues, contractVariablesFor, CONTRACT_VARIABLES, formatContractAmount, formatContractDate } from '@/contracts/variables'
import { contractVerificationId, parseContractVerificationId } from '@/contracts/verification'
import { checkSignature } from '@/contracts/workflow'

const facts = {
  reference: 'CTR-2026-000042',
  party: { firstName: 'Awa', lastName: 'Diop', code: 'SNF0001DKR', email: 'awa@example.org', country: 'Sénégal', city: 'Dakar' },
  project: { title: 'Le Fleuve', code: 'TRGFLM26001', productionName: 'Teranga Films' },
  roleName: 'La pêcheuse',
  amount: 150000,
  currency: 'XOF',
  startDate: '2026-12-01T12:00:00.000Z',
  endDate: '2026-12-20T12:00:00.000Z',
  today: new Date('2026-11-25T10:00:00Z'),
}

describe('contract variables', () => {
  it('fills every documented variable', () => {
    const values = contractVariableValues(facts)
    expect(Object.keys(values).sort()).toEqual(CONTRACT_VARIABLES.map((variable) => variable.name).sort())
    expect(values).toMatchObject({ 'talent.nom': 'Diop', 'talent.nom_complet': 'Awa Diop', 'projet.titre': 'Le Fleuve', role: 'La pêcheuse', devise: 'XOF', date_debut: '1 décembre 2026', date_du_jour: '25 novembre 2026' })
    expect(values.cachet.replace(/\u00a0/g, ' ')).toBe('150 000 F CFA')
    expect(contractVariablesFor('en').find((variable) => variable.name === 'cachet')?.token).toBe('{{cachet}}')
  })

  it('formats amounts without the narrow no-break space the PDF fonts lack', () => {
    expect(formatContractAmount(1234.5, 'EUR')).not.toMatch(/\u202f/)
    expect(formatContractAmount(null, 'EUR')).toBe('')
    expect(formatContractDate('not a date')).toBe('')
  })

  it('renders through the Lexical HTML converter, escaping values and reporting unknown variables', () => {
    const body = lexicalParagraphs(['Bonjour {{ talent.prenom }} <b>{{talent.nom}}</b> — {{inconnu}} {{projet.code}}'])
    const rendered = renderContractBody(body, contractVariableValues({ ...facts, party: { ...facts.party, lastName: '<script>x</script>' }, project: null }))
    expect(rendered.html).toContain('<p')
    expect(rendered.html).toContain('Bonjour Awa &lt;b&gt;&lt;script&gt;x&lt;/script&gt;&lt;/b&gt;')
    expect(rendered.html).not.toContain('<script>')
    expect(rendered.unknownVariables).toEqual(['inconnu'])
    expect(rendered.emptyVariables).toEqual(['projet.code'])
  })

  it('numbers references per year on six digits', () => {
    expect(contractReference(2026, 1)).toBe('CTR-2026-000001')
    expect(contractReference(2027, 123456)).toBe('CTR-2027-123456')
  })
})

describe('signing secrets', () => {
  it('makes 32-byte base64url tokens and stores only their SHA-256', () => {
    const token = newSigningToken()
    expect(isSigningTokenShape(token)).toBe(true)
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    expect(hashSigningToken(token)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashSigningToken(token)).not.toContain(token)
    expect(newSigningToken()).not.toBe(token)
    expect(isSigningTokenShape('short')).toBe(false)
    expect(isSigningTokenShape(`${token}/`)).toBe(false)
  })

  it('keys one-time codes with the secret and the link', () => {
    const code = newOneTimeCode()
    expect(code).toMatch(/^\d{6}$/)
    expect(hashOneTimeCode('s', 1, code)).not.toBe(hashOneTimeCode('s', 2, code))
    expect(hashOneTimeCode('s', 1, code)).not.toBe(hashOneTimeCode('t', 1, code))
    expect(sameHash(hashOneTimeCode('s', 1, code), hashOneTimeCode('s', 1, code))).toBe(true)
    expect(sameHash(null, 'x')).toBe(false)
    expect(maskEmail('awa.diop@example.org')).toBe('a•••@example.org')
  })

  it('accepts only real small PNG signatures or plausible typed names', () => {
    expect(() => checkSignature({ method: 'typed', name: ' ' })).toThrow()
    expect(checkSignature({ method: 'typed', name: '  Awa   Diop ' })).toEqual({ method: 'typed', typedName: 'Awa Diop' })
    expect(() => checkSignature({ method: 'drawn', image: 'data:image/png;base64,AAAA' })).toThrow()
    expect(() => checkSignature({ method: 'drawn', image: `data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}` })).toThrow()
  })
})

describe('document fingerprint', () => {
  const contract: HashableContract = {
    reference: 'CTR-2026-000042',
    title: 'Contrat',
    kind: 'talent',
    partyName: 'Awa Diop',
    partyCode: 'SNF0001DKR',
    amount: 150000,
    currency: 'XOF',
    startDate: '2026-12-01T12:00:00.000Z',
    endDate: '2026-12-20T12:00:00Z',
    renderedHtml: '<p>Texte</p>',
    signers: [
      { order: 2, role: 'staff', name: 'Équipe', email: 'staff@example.org', signedAt: '2026-11-26T10:00:00.000Z', method: 'typed', typedName: 'Équipe' },
      { order: 1, role: 'talent', name: 'Awa Diop', email: 'awa@example.org', signedAt: '2026-11-25T10:00:00.000Z', method: 'drawn', signatureImage: 'data:image/png;base64,AAA' },
    ],
  }

  it('is stable: key order, signer order and date spelling do not change it', () => {
    const reordered = { ...contract, endDate: '2026-12-20T12:00:00.000Z', signers: [...contract.signers!].reverse() }
    expect(contractDocumentHash(reordered)).toBe(contractDocumentHash(contract))
    expect(canonicalContractDocument(contract)).not.toContain('data:image/png')
  })

  it('changes with the text, the amount, the party or a signature', () => {
    const hash = contractDocumentHash(contract)
    expect(contractDocumentHash({ ...contract, renderedHtml: '<p>Texte.</p>' })).not.toBe(hash)
    expect(contractDocumentHash({ ...contract, amount: 150001 })).not.toBe(hash)
    expect(contractDocumentHash({ ...contract, partyName: 'Awa Dioup' })).not.toBe(hash)
    expect(contractDocumentHash({ ...contract, signers: [contract.signers![0], { ...contract.signers![1], signatureImage: 'data:image/png;base64,AAB' }] })).not.toBe(hash)
  })
})

describe('verification identifiers and reminders', () => {
  it('are unguessable without the secret and checked in constant form', () => {
    const id = contractVerificationId('secret', 42)
    expect(id).toMatch(/^42-[0-9a-f]{16}$/)
    expect(parseContractVerificationId('secret', id)).toBe(42)
    expect(parseContractVerificationId('other', id)).toBeNull()
    expect(parseContractVerificationId('secret', '42')).toBeNull()
    expect(parseContractVerificationId('secret', id.replace(/^42/, '43'))).toBeNull()
  })

  it('are due after the template’s delay since sending or the last reminder', () => {
    const now = new Date('2026-11-25T08:00:00Z')
    expect(isReminderDue({ sentAt: '2026-11-22T08:00:00Z', lastReminderAt: null }, 3, now)).toBe(true)
    expect(isReminderDue({ sentAt: '2026-11-22T09:00:00Z', lastReminderAt: null }, 3, now)).toBe(false)
    expect(isReminderDue({ sentAt: '2026-11-01T08:00:00Z', lastReminderAt: '2026-11-24T08:00:00Z' }, 3, now)).toBe(false)
    expect(isReminderDue({ sentAt: null, lastReminderAt: null }, 3, now)).toBe(false)
  })
})
