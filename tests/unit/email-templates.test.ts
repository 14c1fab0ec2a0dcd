import { existsSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { brandedEmail, passwordResetEmail, registrationConfirmationEmail } from '@/email'
import { EMAIL_LOGO, publicSiteUrl } from '@/email/siteUrl'

const siteUrl = 'https://taalentio.example'
const expiresAt = new Date('2026-01-15T14:30:00Z')
const setPasswordUrl = 'https://taalentio.example/mot-de-passe/definir?token=abc123&lang=fr'

const registration = (overrides: Partial<Parameters<typeof registrationConfirmationEmail>[0]> = {}) =>
  registrationConfirmationEmail({ locale: 'fr', name: 'Awa Koné', code: 'CIF0001ABJ', setPasswordUrl, expiresAt, siteUrl, ...overrides })

describe('registrationConfirmationEmail', () => {
  it('gives the code and the one-time link, in French (no-break spaces before « ! » and « : »)', () => {
    const email = registration()
    expect(email.subject).toBe('Bienvenue sur Taalentio — votre code CIF0001ABJ')
    expect(email.html).toContain('<html lang="fr"')
    expect(email.html).toContain('Bienvenue sur Taalentio, Awa Koné\u00a0!')
    expect(email.html).toContain('CIF0001ABJ')
    // The link is HTML-escaped in attributes (& → &amp;), which mail clients decode back.
    expect(email.html).toContain('href="https://taalentio.example/mot-de-passe/definir?token=abc123&amp;lang=fr"')
    expect(email.html).toContain('Choisir mon mot de passe')
    expect(email.html).toContain('15 janvier 2026 à 14:30 UTC')
    expect(email.text).toContain('Votre code unique\u00a0: CIF0001ABJ')
    expect(email.text).toContain(`Choisir mon mot de passe\u00a0: ${setPasswordUrl}`)
  })

  it('is written in English when the talent chose English', () => {
    const email = registration({ locale: 'en' })
    expect(email.subject).toBe('Welcome to Taalentio — your code CIF0001ABJ')
    expect(email.html).toContain('<html lang="en"')
    expect(email.html).toContain('Welcome to Taalentio, Awa Koné!')
    expect(email.html).toContain('Choose my password')
    expect(email.html).toContain('15 January 2026 at 14:30 UTC')
    expect(email.html).not.toContain('Bienvenue')
    expect(email.text).toContain('Your unique code: CIF0001ABJ')
  })

  it('carries no password, only the link to choose one (its input has no password at all)', () => {
    for (const locale of ['fr', 'en'] as const) {
      const { html, text } = registration({ locale })
      expect(text).not.toMatch(/^\s*(mot de passe|password)\s*:/im)
      expect(html).not.toMatch(/>\s*(mot de passe|password)\s*:/i)
      expect(text.match(/https:\/\/\S+/g)).toEqual(expect.arrayContaining([setPasswordUrl]))
    }
  })

  it('escapes a name that contains markup, in the body and the title', () => {
    const email = registration({ name: '<script>alert("x")</script> & <b>Awa</b>' })
    expect(email.html).not.toContain('<script>')
    expect(email.html).not.toContain('<b>Awa</b>')
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;Awa&lt;/b&gt;')
    // The text part is plain text: it keeps the name as typed.
    expect(email.text).toContain('<script>alert("x")</script>')
  })

  it('greets without a name when there is none', () => {
    expect(registration({ name: '  ' }).html).toContain('Bienvenue sur Taalentio\u00a0!')
  })

  it('refuses a link that is not http(s)', () => {
    expect(() => registration({ setPasswordUrl: 'javascript:alert(1)' })).toThrow(/http/)
  })

  it('writes the expiry in the requested time zone', () => {
    expect(registration({ timeZone: 'Africa/Abidjan' }).html).toContain('14:30 UTC')
    expect(registration({ timeZone: 'Africa/Lagos' }).html).toMatch(/15:30 (UTC\+1|WAT|GMT\+1)/)
  })
})

describe('passwordResetEmail', () => {
  const resetUrl = 'https://taalentio.example/admin/reset/tok-42'

  it('links to the reset page in both languages', () => {
    const fr = passwordResetEmail({ locale: 'fr', name: 'Awa', resetUrl, expiresAt, siteUrl })
    const en = passwordResetEmail({ locale: 'en', name: 'Awa', resetUrl, expiresAt, siteUrl })
    expect(fr.subject).toBe('Réinitialisation de votre mot de passe Taalentio')
    expect(en.subject).toBe('Reset your Taalentio password')
    for (const email of [fr, en]) {
      expect(email.html).toContain(`href="${resetUrl}"`)
      expect(email.text).toContain(resetUrl)
    }
    expect(fr.html).toContain('Bonjour Awa,')
    expect(en.html).toContain('Hello Awa,')
  })
})

describe('brandedEmail', () => {
  it('shows the logo from an absolute URL, with its size and alternative text', () => {
    const { html } = brandedEmail({ locale: 'fr', title: 'Titre', paragraphs: ['Bonjour'], siteUrl: 'https://taalentio.example/' })
    expect(html).toContain(`<img src="https://taalentio.example${EMAIL_LOGO.path}" width="232" height="48" alt="Taalentio"`)
    const srcs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1])
    for (const url of srcs) expect(url).toMatch(/^https:\/\//)
  })

  it('takes the site URL from NEXT_PUBLIC_SERVER_URL, localhost in development', () => {
    expect(publicSiteUrl({ NEXT_PUBLIC_SERVER_URL: 'https://www.taalentio.com/' })).toBe('https://www.taalentio.com')
    expect(publicSiteUrl({})).toBe('http://localhost:3000')
  })

  it('says in the footer who sends and why', () => {
    const fr = brandedEmail({ locale: 'fr', title: 'T', paragraphs: [], siteUrl })
    const en = brandedEmail({ locale: 'en', title: 'T', paragraphs: [], reason: 'Because you asked.', siteUrl })
    expect(fr.html).toContain('Vous recevez cet e-mail parce que vous avez un compte sur Taalentio.')
    expect(fr.html).toContain('Les talents d’Afrique')
    expect(en.html).toContain('Because you asked.')
    expect(en.text).toContain('Because you asked.')
  })

  it('escapes every interpolated value and keeps the subject on one line', () => {
    const email = brandedEmail({
      locale: 'en',
      title: 'Hi <img src=x onerror=alert(1)>',
      subject: 'Line one\r\nBcc: victim@example.com',
      paragraphs: ['"quoted" & <em>'],
      highlight: { label: '<label>', value: "O'Brien" },
      action: { label: '<go>', url: 'https://taalentio.example/?a="b"' },
      siteUrl,
    })
    expect(email.subject).toBe('Line one Bcc: victim@example.com')
    expect(email.html).not.toMatch(/<(img src=x|em>|label>|go>)/)
    expect(email.html).toContain('&quot;quoted&quot; &amp; &lt;em&gt;')
    expect(email.html).toContain('O&#39;Brien')
    expect(email.html).toContain('href="https://taalentio.example/?a=&quot;b&quot;"')
  })

  it('is built from tables with inline styles and no stylesheet', () => {
    const { html } = brandedEmail({ locale: 'fr', title: 'T', paragraphs: ['p'], action: { label: 'Go', url: siteUrl }, siteUrl })
    expect(html).toContain('role="presentation"')
    expect(html).not.toMatch(/<style|<link|<script|class="/)
  })
})

describe('public/logo.png', () => {
  it('exists at twice the size the emails display it', async () => {
    const file = path.resolve('public', EMAIL_LOGO.path.slice(1))
    expect(existsSync(file)).toBe(true)
    const { width, height, format } = await sharp(file).metadata()
    expect({ width, height, format }).toEqual({ width: EMAIL_LOGO.width * 2, height: EMAIL_LOGO.height * 2, format: 'png' })
  })
})
