import { REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { RegistrationError } from '@/accounts/registrationAccount'
import { parseCinemaCode } from '@/codes/formats'
import { CinemaRegistrationConflict, registerCinemaTalent } from '@/cinema/registration/registerCinemaTalent'
import { cinemaRegistrationSchema, type CinemaRegistration, type CinemaRegistrationInput } from '@/cinema/registration/schema'
import { registerTalent } from '@/talents/registerTalent'
import { registrationSchema } from '@/talents/registrationSchema'
import config from '../../payload.config'
import { executableBytes, jpegPhoto, pdfCv } from '../helpers/files'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let place: { country: number; city: number; cityCode: string; iso2: string }
let category: number
let wolof: number
let french: number
let skill: number
let unique = 0

async function cityOf(iso2: string, { quiet = false } = {}) {
  const { docs: [country] } = await payload.find({ collection: 'countries', where: { iso2: { equals: iso2 } } })
  const { docs: [city] } = await payload.find({ collection: 'cities', where: { country: { equals: country.id } }, sort: quiet ? 'population' : '-population', limit: 1 })
  return { country: country.id, city: city.id, cityCode: city.code, iso2 }
}

const uniqueEmail = (name: string) => `${name}.${Date.now()}.${(unique += 1)}@taalentio.test`

function rawRegistration(overrides: Partial<CinemaRegistrationInput> = {}): CinemaRegistrationInput {
  return {
    firstName: 'Fatou',
    lastName: 'Ndiaye',
    stageName: 'Fatou N.',
    gender: 'F',
    dateOfBirth: '1994-09-03',
    email: uniqueEmail('fatou.ndiaye'),
    phone: '+221 77 123 45 67',
    country: place.country,
    city: place.city,
    heightUnit: 'ftin',
    heightFeet: 5,
    heightInches: 9,
    weightUnit: 'lb',
    weightValue: 150,
    build: 'athletic',
    languages: [
      { language: wolof, level: 'native' },
      { language: french, level: 'fluent' },
    ],
    accents: 'Accent dakarois',
    categories: [category],
    roleTypes: ['lead', 'supporting'],
    playingAgeMin: 25,
    playingAgeMax: 35,
    skills: [skill],
    filmography: [{ title: 'Atlantique', year: 2019, type: 'feature', role: 'Ada', director: 'Mati Diop', imdbId: 'tt10199914' }],
    availability: 'available',
    rate: 50000,
    rateCurrency: 'XOF',
    rateUnit: 'day',
    showreelUrl: 'https://vimeo.com/123456',
    socialLinks: { instagram: 'https://instagram.com/fatou.ndiaye' },
    isPublic: true,
    publicParts: ['age', 'physical', 'languages', 'filmography', 'media'],
    consent: true,
    preferredLanguage: 'fr',
    ...overrides,
  } as CinemaRegistrationInput
}

const registration = (overrides: Partial<CinemaRegistrationInput> = {}): CinemaRegistration =>
  cinemaRegistrationSchema('fr').full.parse(rawRegistration(overrides))

const usersWithEmail = async (email: string) => (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs
const cinemaProfilesOf = async (userId: number) =>
  (await payload.count({ collection: 'cinema-talents', where: { user: { equals: userId } } })).totalDocs

/** Posts the form to the real REST route, as the browser does; `token` signs the request in. */
async function postForm(
  data: unknown,
  files: { photo?: [Buffer, string]; gallery?: [Buffer, string][]; cv?: [Buffer, string] } = {},
  token?: string,
) {
  const form = new FormData()
  form.set('data', JSON.stringify(data))
  if (files.photo) form.set('photo', new Blob([new Uint8Array(files.photo[0])]), files.photo[1])
  for (const [bytes, name] of files.gallery ?? []) form.append('gallery', new Blob([new Uint8Array(bytes)]), name)
  if (files.cv) form.set('cv', new Blob([new Uint8Array(files.cv[0])]), files.cv[1])
  const response = await REST_POST(config)(
    new Request('http://localhost/api/cinema/register', { method: 'POST', body: form, headers: token ? { Authorization: `JWT ${token}` } : {} }),
    { params: Promise.resolve({ slug: ['cinema', 'register'] }) },
  )
  type Answer = { code?: string; profilePath?: string; qrCode?: string; newAccount?: boolean; errors?: { path: string; message: string }[]; link?: { href: string } }
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer }
}

beforeAll(async () => {
  payload = await getTestPayload()
  place = await cityOf('SN')
  category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0].id
  wolof = (await payload.find({ collection: 'languages', where: { code: { equals: 'wo' } } })).docs[0].id
  french = (await payload.find({ collection: 'languages', where: { code: { equals: 'fr' } } })).docs[0].id
  skill = (await payload.find({ collection: 'skills', limit: 1 })).docs[0].id
})

describe('cinema registration', () => {
  it('creates the account, photos, CV and profile in one go, issues PPVVVNNNNNG and emails the code with a set-password link', async () => {
    const input = rawRegistration()
    const { status, body, headers } = await postForm(input, {
      photo: [await jpegPhoto(), 'portrait.jpg'],
      gallery: [
        [await jpegPhoto(400, 600), 'plan-americain.jpg'],
        [await jpegPhoto(500, 500), 'profil.jpg'],
      ],
      cv: [pdfCv('Fatou Ndiaye'), 'cv.pdf'],
    })
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.code).toMatch(new RegExp(`^SN${place.cityCode}\\d{5}F$`))
    expect(body.profilePath).toBe(`/cinema/profile/${body.code}`)
    expect(body.qrCode).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(body.newAccount).toBe(true)
    expect(headers.get('set-cookie')).toMatch(/payload-token=/)

    const [user] = (await payload.find({ collection: 'users', where: { email: { equals: String(input.email) } } })).docs
    expect(user.roles).toEqual(['talent'])
    const { docs: [profile] } = await payload.find({ collection: 'cinema-talents', where: { code: { equals: body.code } }, depth: 1 })
    expect(profile.user).toMatchObject({ id: user.id })
    // 5 ft 9 in and 150 lb, stored in cm and kg.
    expect(profile.heightCm).toBe(175)
    expect(profile.weightKg).toBe(68)
    expect(profile.phone).toBe('+221 77 123 45 67')
    expect(profile.languages?.map((row) => [typeof row.language === 'object' ? row.language?.code : row.language, row.level])).toEqual([
      ['wo', 'native'],
      ['fr', 'fluent'],
    ])
    expect(profile.filmography?.[0]).toMatchObject({ title: 'Atlantique', year: 2019, imdbId: 'tt10199914', director: 'Mati Diop' })
    expect(profile.roleTypes).toEqual(['lead', 'supporting'])
    expect(profile.publicParts).toEqual(['age', 'physical', 'languages', 'filmography', 'media'])
    expect(profile.socialLinks?.instagram).toBe('https://instagram.com/fatou.ndiaye')
    expect(profile.consentAt).toBeTruthy()
    const photo = profile.photo as { mimeType: string; owner: unknown; isPublic: boolean }
    expect(photo.mimeType).toBe('image/jpeg')
    expect(photo.isPublic).toBe(true)
    expect(profile.gallery).toHaveLength(2)
    expect((profile.cv as { mimeType: string }).mimeType).toBe('application/pdf')

    const { docs: emails } = await payload.find({ collection: 'outbox', where: { to: { contains: String(input.email) } } })
    expect(emails).toHaveLength(1)
    expect(emails[0].subject).toContain(body.code)
    expect(emails[0].html).toContain(body.code)
    expect(emails[0].html).toMatch(/\/definir-mot-de-passe\?token=[^"&]+/)
    expect(emails[0].html).toContain(`/cinema/profile/${body.code}`)
    expect(emails[0].html).toContain('Votre profil cinéma a bien été créé.')
  })

  it('gives 50 simultaneous registrations in one city 50 distinct codes, all accepted', async () => {
    const quiet = await cityOf('BW', { quiet: true })
    const inputs = Array.from({ length: 50 }, () => registration({ country: quiet.country, city: quiet.city }))
    const results = await Promise.all(inputs.map((input) => registerCinemaTalent(payload, input, {}, 'fr')))
    const codes = results.map((result) => result.profile.code!)
    expect(new Set(codes).size).toBe(50)
    for (const code of codes) expect(code).toMatch(new RegExp(`^BW${quiet.cityCode}\\d{5}F$`))
    const numbers = codes.map((code) => parseCinemaCode(code)!.sequence).sort((a, b) => a - b)
    expect(numbers[49] - numbers[0]).toBe(49)
  }, 180_000)
})

describe('refusals', () => {
  it('refuses an email that already has an account with a 409 pointing to sign-in, and creates nothing', async () => {
    const first = rawRegistration()
    expect((await postForm(first)).status).toBe(201)
    const profilesBefore = (await payload.count({ collection: 'cinema-talents' })).totalDocs

    const second = await postForm({ ...first, email: String(first.email).toUpperCase(), firstName: 'Autre' }, { photo: [await jpegPhoto(), 'b.jpg'] })
    expect(second.status).toBe(409)
    expect(second.body.errors).toEqual([{ path: 'email', message: expect.stringContaining('connectez-vous pour ajouter votre profil cinéma') }])
    expect(second.body.link?.href).toBe('/connexion?next=/cinema/register')
    expect(await usersWithEmail(String(first.email))).toBe(1)
    expect((await payload.count({ collection: 'cinema-talents' })).totalDocs).toBe(profilesBefore)
  })

  it('refuses a photo that is really an executable and a text CV, in French, under the right field, creating nothing', async () => {
    const photosBefore = (await payload.count({ collection: 'photos' })).totalDocs
    const cases: [Parameters<typeof postForm>[1], string, RegExp][] = [
      [{ photo: [executableBytes(), 'photo.jpg'] }, 'photo', /Type de fichier non accepté.*PNG, JPG/],
      [{ photo: [await jpegPhoto(), 'ok.jpg'], gallery: [[await jpegPhoto(), 'a.jpg'], [executableBytes(), 'b.png']] }, 'gallery.1', /Type de fichier non accepté/],
      [{ cv: [Buffer.from('Mon CV\n'.repeat(100)), 'cv.pdf'] }, 'cv', /PDF, DOC, DOCX/],
    ]
    for (const [files, path, message] of cases) {
      const input = rawRegistration()
      const { status, body } = await postForm(input, files)
      expect(status).toBe(400)
      expect(body.errors).toEqual([{ path, message: expect.stringMatching(message) }])
      expect(await usersWithEmail(String(input.email))).toBe(0)
    }
    expect((await payload.count({ collection: 'photos' })).totalDocs).toBe(photosBefore)
  })

  it('answers invalid sections with localized field errors (English too)', async () => {
    const input = rawRegistration({ consent: false as true, heightFeet: 9, filmography: [{ title: '', year: 1850 }] as CinemaRegistrationInput['filmography'] })
    const { status, body } = await postForm(input)
    expect(status).toBe(400)
    const byPath = Object.fromEntries(body.errors!.map((error) => [error.path, error.message]))
    expect(byPath).toMatchObject({
      consent: 'Votre consentement est nécessaire pour créer le profil.',
      heightFeet: expect.stringContaining('pieds'),
      'filmography.0.title': 'Donnez le titre de la production.',
      'filmography.0.year': expect.stringMatching(/^Une année entre 1900 et \d{4}\.$/),
    })
    expect(await usersWithEmail(String(input.email))).toBe(0)

    const english = cinemaRegistrationSchema('en').full.safeParse(input)
    expect(english.success).toBe(false)
    expect(english.error!.issues.map((issue) => issue.message)).toContain('Your consent is needed to create the profile.')
  })
})

describe('one person, two profiles', () => {
  it('attaches the cinema profile of a signed-in talent to their account: one login, both profiles, no second account', async () => {
    const talentEmail = uniqueEmail('talent.puis.cinema')
    const talentInput = registrationSchema('fr').full.parse({
      firstName: 'Moussa',
      lastName: 'Diop',
      gender: 'M',
      dateOfBirth: '1990-11-03',
      email: talentEmail,
      phone: '+221 77 000 00 00',
      country: place.country,
      city: place.city,
      categories: [category],
      languages: [{ language: wolof, level: 'native' }],
      isPublic: true,
      consent: true,
    })
    const talent = await registerTalent(payload, talentInput, {}, 'fr')
    const userId = (talent.talent.user as { id: number }).id ?? (talent.talent.user as unknown as number)

    // The form's email is ignored: the profile goes to the signed-in account.
    const { status, body, headers } = await postForm(rawRegistration({ gender: 'M', email: 'quelqu.un.d.autre@taalentio.test' }), { photo: [await jpegPhoto(), 'm.jpg'] }, talent.token)
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.newAccount).toBe(false)
    expect(headers.get('set-cookie')).toBeNull()
    expect(await usersWithEmail(talentEmail)).toBe(1)
    expect(await usersWithEmail('quelqu.un.d.autre@taalentio.test')).toBe(0)
    const { docs: [cinema] } = await payload.find({ collection: 'cinema-talents', where: { code: { equals: body.code } }, depth: 0 })
    expect(cinema.user).toBe(userId)
    expect((await payload.count({ collection: 'talents', where: { user: { equals: userId } } })).totalDocs).toBe(1)

    // A second cinema profile for the same account: 409 with a link to the first.
    const again = await postForm(rawRegistration({ gender: 'M' }), {}, talent.token)
    expect(again.status).toBe(409)
    expect(again.body.errors?.[0].message).toContain(body.code)
    expect(again.body.link?.href).toBe(`/cinema/profile/${body.code}`)
    expect(await cinemaProfilesOf(userId)).toBe(1)

    // The same password signs in with the talent code, the cinema code and the email.
    const user = await payload.findByID({ collection: 'users', id: userId })
    expect(user.username).toBe(talent.talent.code!.toLowerCase())
    const token = new URL(talent.setPasswordUrl).searchParams.get('token')!
    await payload.resetPassword({ collection: 'users', data: { token, password: 'Deux-Profils-2026' }, overrideAccess: true })
    for (const login of [talentEmail, talent.talent.code!, body.code!]) {
      const field = login.includes('@') ? { email: login } : { username: login }
      const result = await payload.login({ collection: 'users', data: { ...field, password: 'Deux-Profils-2026' } })
      expect(result.user?.id, login).toBe(userId)
    }

    // The confirmation says to sign in as usual: no set-password link for an existing account.
    const { docs: emails } = await payload.find({ collection: 'outbox', where: { to: { contains: talentEmail } }, sort: '-createdAt' })
    expect(emails).toHaveLength(2)
    expect(emails[0].html).toContain(body.code)
    expect(emails[0].html).not.toContain('definir-mot-de-passe')

    const direct = await registerCinemaTalent(payload, registration({ gender: 'M' }), {}, 'en', { id: userId, email: talentEmail }).catch((error) => error)
    expect(direct).toBeInstanceOf(CinemaRegistrationConflict)
    expect((direct as RegistrationError).status).toBe(409)
    expect((direct as RegistrationError).fieldErrors[0].message).toMatch(/already has a cinema profile/)
  })
})
