import { describe, expect, it } from 'vitest'

import { contactMessageSchema } from '@/cinema/contactMessage'
import { toCinemaProfileView, webUrl } from '@/cinema/publicProfile'
import { CINEMA_SECTION_KEYS, SECTION_COLOURS } from '@/cinema/sectionColours'
import { contactMessageEmail } from '@/email/templates/contactMessageEmail'
import type { CinemaTalent } from '../../payload-types'

const base = {
  id: 7,
  code: 'CIABJ00042F',
  user: 3,
  displayName: 'Aya K.',
  firstName: 'Aya',
  lastName: 'Kouamé',
  gender: 'F',
  dateOfBirth: '1991-03-20T12:00:00.000Z',
  country: { id: 1, nameFr: "Côte d'Ivoire", nameEn: 'Ivory Coast', flag: '🇨🇮' },
  city: { id: 2, name: 'Abidjan' },
  categories: [{ id: 5, nameFr: 'Acteur·rice', nameEn: 'Actor' }],
  availability: 'available',
  isPublic: true,
  publicParts: ['age', 'location', 'filmography', 'media', 'skills'],
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
} as unknown as CinemaTalent

describe('cinema profile view', () => {
  it('shows the age as a number, never the date, and marks for the owner what the public does not see', () => {
    const view = toCinemaProfileView({ ...base, heightCm: 170 }, { locale: 'fr', viewer: 'owner', now: new Date('2026-03-20T08:00:00Z') })
    expect(view.age).toEqual({ value: 35, hidden: false })
    expect(view.physical).toEqual({ value: expect.objectContaining({ heightCm: 170 }), hidden: true })
    expect(view.privateDetails?.dateOfBirth).toBe('20 mars 1991')
    const visitor = toCinemaProfileView(base, { locale: 'fr', viewer: 'public' })
    expect(visitor.privateDetails).toBeUndefined()
    expect(JSON.stringify(visitor)).not.toContain('1991')
  })

  it('lists the filmography newest first, drops unsafe links, links IMDb ids and groups skills', () => {
    const view = toCinemaProfileView(
      {
        ...base,
        filmography: [
          { title: 'Ancien', year: 2010 },
          { title: 'Sans date' },
          { title: 'Récent', year: 2024, posterUrl: 'javascript:alert(1)', imdbId: 'tt1234567' },
        ],
        showreelUrl: 'javascript:alert(1)',
        socialLinks: { instagram: 'https://instagram.com/aya', website: 'data:text/html,x' },
        skills: [
          { id: 1, slug: 'chant', nameFr: 'Chant', nameEn: 'Singing', group: 'voice' },
          { id: 2, slug: 'djembe', nameFr: 'Djembé', nameEn: 'Djembe', group: 'instrument' },
          { id: 3, slug: 'rap', nameFr: 'Rap', nameEn: 'Rap', group: 'voice' },
        ],
      } as unknown as CinemaTalent,
      { locale: 'en', viewer: 'public' },
    )
    const films = view.experience!.value.filmography
    expect(films.map((film) => film.title)).toEqual(['Récent', 'Ancien', 'Sans date'])
    expect(films[0].posterUrl).toBeUndefined()
    expect(films[0].imdbUrl).toBe('https://www.imdb.com/title/tt1234567/')
    expect(view.media?.value.showreelUrl).toBeUndefined()
    expect(view.media?.value.social).toEqual([{ key: 'instagram', label: 'Instagram', url: 'https://instagram.com/aya' }])
    expect(view.skills?.value.groups).toEqual([
      { key: 'voice', label: 'Singing and voice', skills: ['Singing', 'Rap'] },
      { key: 'instrument', label: 'Instruments', skills: ['Djembe'] },
    ])
  })

  it('accepts only http(s) links', () => {
    expect(webUrl(' https://example.org/a ')).toBe('https://example.org/a')
    expect(webUrl('javascript:alert(1)')).toBeUndefined()
    expect(webUrl('https://x.org/"><script>')).toBeUndefined()
  })
})

describe('section colours', () => {
  it('give the nine sections nine distinct colours numbered 1 to 9', () => {
    expect(CINEMA_SECTION_KEYS.map((key) => SECTION_COLOURS[key].number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(new Set(Object.values(SECTION_COLOURS).map((colour) => colour.hex)).size).toBe(9)
  })
})

describe('contact message', () => {
  it('validates with messages in the visitor’s language', () => {
    const result = contactMessageSchema('en').safeParse({ senderName: ' ', senderEmail: 'x', subject: 'Hi', message: 'short', consent: false })
    expect(result.success).toBe(false)
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]))
    expect(messages).toEqual({
      senderName: 'This field is required.',
      senderEmail: 'Invalid email address.',
      message: 'At least 10 characters.',
      consent: 'Tick this box so the talent can answer you.',
    })
    const ok = contactMessageSchema('fr').safeParse({ senderName: 'A', senderEmail: 'a@b.ci', organisation: '', subject: 'S', message: 'Un message assez long', consent: 'on' })
    expect(ok.success && ok.data.organisation).toBe(undefined)
  })

  it('emails the talent the message, escaped, with the answer going to the sender', () => {
    const email = contactMessageEmail({
      locale: 'fr',
      talentName: 'Aya K.',
      code: 'CIABJ00042F',
      messagesUrl: 'https://taalentio.test/mon-espace/messages',
      sender: { name: 'Claire <b>', email: 'claire@prod.test', organisation: 'Akwaba Films' },
      subject: 'Casting',
      message: 'Ligne 1\nLigne 2 <script>alert(1)</script>',
      siteUrl: 'https://taalentio.test',
    })
    expect(email.subject).toBe('Nouveau message via Taalentio : Casting')
    expect(email.html).toContain('Ligne 2 &lt;script&gt;')
    expect(email.html).not.toContain('<script>')
    expect(email.html).toContain('Claire &lt;b&gt;')
    expect(email.text).toContain('votre réponse part vers claire@prod.test')
    expect(email.text).not.toMatch(/merci de ne pas y répondre/)
    expect(email.html).toContain('https://taalentio.test/mon-espace/messages')
  })
})
