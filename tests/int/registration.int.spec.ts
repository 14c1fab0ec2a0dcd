import { sql } from '@payloadcms/db-postgres'
import { GRAPHQL_POST, REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { registerTalent, RegistrationError } from '@/talents/registerTalent'
import { registrationSchema, type Registration } from '@/talents/registrationSchema'
import config from '../../payload.config'
import { executableBytes, jpegPhoto, pdfCv } from '../helpers/files'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let place: { country: number; city: number; cityCode: string; iso2: string }
let category: number
let language: number
let unique = 0

async function cityOf(iso2: string, rank: number) {
  const { docs: [country] } = await payload.find({ collection: 'countries', where: { iso2: { equals: iso2 } } })
  const { docs } = await payload.find({ collection: 'cities', where: { country: { equals: country.id } }, sort: '-population', limit: rank + 1 })
  const city = docs[rank]
  return { country: country.id, city: city.id, cityCode: city.code, iso2 }
}

function registration(overrides: Partial<Registration> = {}): Registration {
  unique += 1
  return registrationSchema('fr').full.parse({
    firstName: 'Aïcha',
    lastName: 'Koné',
    gender: 'F',
    dateOfBirth: '1996-04-12',
    email: `aicha.kone.${Date.now()}.${unique}@taalentio.test`,
    phone: '+225 07 08 09 10 11',
    country: place.country,
    city: place.city,
    categories: [category],
    languages: [{ language, level: 'native' }],
    isPublic: true,
    consent: true,
    ...overrides,
  })
}

async function usersWithEmail(email: string) {
  return (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs
}

/** Posts the registration form to the real REST route, as the browser does. */
async function postForm(data: unknown, files: { photo?: [Buffer, string]; cv?: [Buffer, string] } = {}) {
  const form = new FormData()
  form.set('data', JSON.stringify(data))
  if (files.photo) form.set('photo', new Blob([new Uint8Array(files.photo[0])]), files.photo[1])
  if (files.cv) form.set('cv', new Blob([new Uint8Array(files.cv[0])]), files.cv[1])
  const response = await REST_POST(config)(new Request('http://localhost/api/registrations/talent', { method: 'POST', body: form }), {
    params: Promise.resolve({ slug: ['registrations', 'talent'] }),
  })
  return { status: response.status, headers: response.headers, body: (await response.json()) as { code?: string; errors?: { path: string; message: string }[] } }
}

beforeAll(async () => {
  payload = await getTestPayload()
  place = await cityOf('CI', 1)
  category = (await payload.find({ collection: 'categories', where: { slug: { exists: true } }, limit: 1 })).docs[0].id
  language = (await payload.find({ collection: 'languages', where: { code: { equals: 'dyu' } } })).docs[0].id
})

describe('registration', () => {
  it('creates the account, files and profile, issues the code, emails a set-password link and signs in', async () => {
    const input = registration()
    const result = await registerTalent(payload, input, { photo: { data: await jpegPhoto(), name: 'moi.jpg' }, cv: { data: pdfCv(), name: 'cv.pdf' } }, 'fr')

    expect(result.talent.code).toMatch(new RegExp(`^CIF\\d{4}${place.cityCode}$`))
    const [user] = (await payload.find({ collection: 'users', where: { email: { equals: input.email } } })).docs
    expect(user.roles).toEqual(['talent'])
    expect(user.username).toBe(result.talent.code!.toLowerCase())
    expect(result.token).toBeTruthy()

    const talent = await payload.findByID({ collection: 'talents', id: result.talent.id, depth: 1 })
    const photo = talent.photo as { mimeType: string; isPublic: boolean; sizes: Record<string, { url?: string }>; filename: string }
    expect(photo.mimeType).toBe('image/jpeg')
    expect(photo.isPublic).toBe(true)
    expect(photo.filename).toMatch(/^[0-9a-f-]{36}\.jpg$/)
    expect(Object.keys(photo.sizes)).toEqual(expect.arrayContaining(['thumbnail', 'card', 'profile', 'og']))
    expect((talent.cv as { mimeType: string }).mimeType).toBe('application/pdf')

    const { docs: [email] } = await payload.find({ collection: 'outbox', where: { to: { contains: input.email } }, sort: '-createdAt' })
    expect(email.subject).toContain(result.talent.code)
    expect(email.html).toContain(result.talent.code)
    expect(email.html).toContain(result.setPasswordUrl.replaceAll('&', '&amp;'))
    expect(email.html).not.toMatch(/mot de passe\s*:\s*\S+/i)

    // The link's token sets the password once; a second use fails.
    const token = new URL(result.setPasswordUrl).searchParams.get('token')!
    await payload.resetPassword({ collection: 'users', data: { token, password: 'Nouveau-Mot-2026' }, overrideAccess: true })
    const login = await payload.login({ collection: 'users', data: { username: result.talent.code!, password: 'Nouveau-Mot-2026' } })
    expect(login.user?.id).toBe(user.id)
    await expect(payload.resetPassword({ collection: 'users', data: { token, password: 'Encore-Autre-2026' }, overrideAccess: true })).rejects.toThrow()
  })

  it('gives 50 simultaneous registrations in one city 50 distinct consecutive codes', async () => {
    const city = await cityOf('BJ', 2)
    const inputs = Array.from({ length: 50 }, () => registration({ country: city.country, city: city.city }))
    const results = await Promise.all(inputs.map((input) => registerTalent(payload, input, {}, 'fr')))
    const numbers = results.map((result) => Number(result.talent.code!.slice(3, 7))).sort((a, b) => a - b)
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, index) => index + 1))
    expect(new Set(results.map((result) => result.talent.code)).size).toBe(50)
  }, 120_000)

  it('refuses a registration once the city sequence is exhausted, and creates nothing', async () => {
    const city = await cityOf('GA', 1)
    await payload.db.drizzle.execute(
      sql`INSERT INTO code_sequences (scope, last_value) VALUES (${`talent:GA:${city.cityCode}`}, 9999) ON CONFLICT (scope) DO UPDATE SET last_value = 9999`,
    )
    const input = registration({ country: city.country, city: city.city })
    await expect(registerTalent(payload, input, {}, 'fr')).rejects.toThrow(/épuis|9999/i)
    expect(await usersWithEmail(input.email)).toBe(0)
  })
})

describe('bad input', () => {
  it('refuses an executable renamed .jpg, a 6 MB photo and a .txt CV, with clear messages and nothing created', async () => {
    const cases: [Parameters<typeof registerTalent>[2], string, RegExp][] = [
      [{ photo: { data: executableBytes(), name: 'photo.jpg' } }, 'photo', /Type de fichier non accepté.*PNG, JPG/],
      [{ photo: { data: Buffer.concat([await jpegPhoto(), Buffer.alloc(6 * 1024 * 1024)]), name: 'big.jpg' } }, 'photo', /trop volumineux.*5 Mo/],
      [{ cv: { data: Buffer.from('Mon CV en texte brut\n'.repeat(50)), name: 'cv.txt' } }, 'cv', /PDF, DOC, DOCX/],
    ]
    for (const [files, path, message] of cases) {
      const input = registration()
      const error = await registerTalent(payload, input, files, 'fr').catch((caught) => caught)
      expect(error).toBeInstanceOf(RegistrationError)
      expect((error as RegistrationError).fieldErrors).toEqual([{ path, message: expect.stringMatching(message) }])
      expect(await usersWithEmail(input.email)).toBe(0)
    }
  })

  it('answers the form with localized field errors for invalid email, missing fields and markup in names', async () => {
    const valid = { ...registration(), email: `form.${Date.now()}@taalentio.test` }
    const { status, body } = await postForm({ ...valid, email: 'pas-un-email', firstName: '<script>alert(1)</script>', lastName: '', consent: false })
    expect(status).toBe(400)
    const byPath = Object.fromEntries(body.errors!.map((error) => [error.path, error.message]))
    expect(byPath).toMatchObject({
      email: 'Adresse e-mail invalide.',
      firstName: 'Les caractères < et > ne sont pas acceptés.',
      lastName: 'Ce champ est obligatoire.',
      consent: 'Votre consentement est nécessaire pour créer le profil.',
    })
    expect(await usersWithEmail(valid.email)).toBe(0)

    const malformed = await postForm('{not json')
    expect(malformed.status).toBe(400)
  })

  it('refuses a second registration with the same email (409), and the first one stays intact', async () => {
    const input = registration()
    const first = await postForm(input, { photo: [await jpegPhoto(), 'a.jpg'] })
    expect(first.status).toBe(201)
    expect(first.headers.get('set-cookie')).toMatch(/payload-token=/)
    const second = await postForm({ ...input, email: input.email.toUpperCase() })
    expect(second.status).toBe(409)
    expect(second.body.errors).toEqual([{ path: 'email', message: expect.stringContaining('existe déjà') }])
    expect(await usersWithEmail(input.email)).toBe(1)
  })
})

describe('privacy of contact data and CVs', () => {
  it('stores the phone encrypted, shows it to its owner and hides it from others (Local API, REST, GraphQL)', async () => {
    const input = registration({ phone: '+225 01 23 45 67 89' })
    const owner = await registerTalent(payload, input, { cv: { data: pdfCv(), name: 'cv.pdf' } }, 'fr')
    const other = await registerTalent(payload, registration(), {}, 'fr')

    const { rows } = await payload.db.drizzle.execute(sql`SELECT phone FROM talents WHERE id = ${owner.talent.id}`)
    expect(String(rows[0].phone)).toMatch(/^enc:v1:/)
    expect(String(rows[0].phone)).not.toContain('23 45')

    const ownerUser = (await payload.find({ collection: 'users', where: { email: { equals: input.email } } })).docs[0]
    const otherUser = (await payload.find({ collection: 'users', where: { id: { equals: (other.talent.user as { id: number }).id ?? other.talent.user } } })).docs[0]
    const asOwner = await payload.findByID({ collection: 'talents', id: owner.talent.id, overrideAccess: false, user: ownerUser })
    expect(asOwner.phone).toBe('+225 01 23 45 67 89')
    const asOther = await payload.findByID({ collection: 'talents', id: owner.talent.id, overrideAccess: false, user: otherUser })
    expect(asOther.phone).toBeUndefined()
    expect(asOther.firstName).toBe('Aïcha')
    const asVisitor = await payload.findByID({ collection: 'talents', id: owner.talent.id, overrideAccess: false })
    expect(asVisitor.phone).toBeUndefined()
    expect(asVisitor.cv).toBeUndefined()

    const rest = async (token?: string) => {
      const response = await REST_GET(config)(
        new Request(`http://localhost/api/talents/${owner.talent.id}`, { headers: token ? { Authorization: `JWT ${token}` } : {} }),
        { params: Promise.resolve({ slug: ['talents', String(owner.talent.id)] }) },
      )
      return (await response.json()) as { phone?: string }
    }
    expect((await rest(owner.token)).phone).toBe('+225 01 23 45 67 89')
    expect((await rest(other.token)).phone).toBeUndefined()
    expect((await rest()).phone).toBeUndefined()

    const graphql = async (token?: string) => {
      const response = await GRAPHQL_POST(config)(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
          body: JSON.stringify({ query: `{ Talent(id: ${owner.talent.id}) { phone firstName } }` }),
        }),
      )
      return (await response.json()) as { data?: { Talent?: { phone: string | null } } }
    }
    expect((await graphql(owner.token)).data?.Talent?.phone).toBe('+225 01 23 45 67 89')
    expect((await graphql(other.token)).data?.Talent?.phone ?? null).toBeNull()
    expect((await graphql()).data?.Talent?.phone ?? null).toBeNull()
  })

  it('does not let a talent attach another person’s photo or CV to their profile', async () => {
    const victim = await registerTalent(payload, registration(), { photo: { data: await jpegPhoto(), name: 'v.jpg' }, cv: { data: pdfCv(), name: 'v.pdf' } }, 'fr')
    const thief = await registerTalent(payload, registration(), {}, 'fr')
    const thiefUser = await payload.findByID({ collection: 'users', id: (thief.talent.user as { id: number }).id ?? (thief.talent.user as number) })
    for (const field of ['photo', 'cv'] as const) {
      const stolen = victim.talent[field] as { id: number } | number
      await expect(
        payload.update({
          collection: 'talents',
          id: thief.talent.id,
          data: { [field]: typeof stolen === 'object' ? stolen.id : stolen },
          overrideAccess: false,
          user: thiefUser,
        }),
      ).rejects.toMatchObject({ data: { errors: [{ path: field, message: 'Ce fichier ne vous appartient pas.' }] } })
    }
    const after = await payload.findByID({ collection: 'talents', id: thief.talent.id, depth: 0 })
    expect(after.photo ?? null).toBeNull()
    expect(after.cv ?? null).toBeNull()
  })

  it('serves a CV file to its owner only, never to another talent or a visitor', async () => {
    const owner = await registerTalent(payload, registration(), { cv: { data: pdfCv('Privé'), name: 'cv.pdf' } }, 'fr')
    const other = await registerTalent(payload, registration(), {}, 'fr')
    const cvId = (owner.talent.cv as { id: number } | number)
    const cv = await payload.findByID({ collection: 'cvs', id: typeof cvId === 'object' ? cvId.id : cvId })
    const file = async (token?: string) =>
      REST_GET(config)(
        new Request(`http://localhost/api/cvs/file/${cv.filename}`, { headers: token ? { Authorization: `JWT ${token}` } : {} }),
        { params: Promise.resolve({ slug: ['cvs', 'file', cv.filename!] }) },
      )
    const mine = await file(owner.token)
    expect(mine.status).toBe(200)
    expect(Buffer.from(await mine.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
    expect((await file(other.token)).status).toBeGreaterThanOrEqual(403)
    expect((await file()).status).toBeGreaterThanOrEqual(403)
  })
})
