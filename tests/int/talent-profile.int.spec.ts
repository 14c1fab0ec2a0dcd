import { REST_GET } from '@payloadcms/next/routes'
import jsQR from 'jsqr'
import { createLocalReq, type Payload } from 'payload'
import { PNG } from 'pngjs'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { talentQrPng } from '@endpoints/talentQrPng'
import { talentQrSvg } from '@endpoints/talentQrSvg'
import { publicProfileUrl } from '@/qr/publicProfileUrl'
import { parseDirectoryFilters, type DirectoryFilters } from '@/talents/directoryFilters'
import { searchPublicTalents } from '@/talents/searchPublicTalents'
import { findTalentProfile, toTalentCardView, toTalentProfileView } from '@/talents/talentProfile'
import type { Talent, User } from '../../payload-types'
import config from '../../payload.config'
import { jpegPhoto } from '../helpers/files'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

let payload: Payload
let admin: User
const ids: Record<string, number> = {}
const people = {} as Record<'awa' | 'moussa' | 'fatou', { user: User; talent: Talent }>
/** Codes of the talents this file creates: other test files add talents to the same database. */
const ours = new Set<string>()

async function idOf(collection: 'countries' | 'categories' | 'skills' | 'languages', field: string, value: string) {
  const { docs } = await payload.find({ collection, where: { [field]: { equals: value } }, depth: 0, limit: 1 })
  if (!docs[0]) throw new Error(`${collection} ${value} missing from the reference data`)
  return docs[0].id
}

async function cityId(countryId: number, name: string) {
  const { docs } = await payload.find({ collection: 'cities', where: { and: [{ country: { equals: countryId } }, { name: { equals: name } }] }, depth: 0 })
  return docs[0].id
}

async function createTalent(data: Partial<Talent> & Pick<Talent, 'firstName' | 'lastName' | 'gender' | 'country' | 'city' | 'categories'>, withPhoto = false) {
  const user = await createUser(payload, { roles: ['talent'] })
  const photo = withPhoto
    ? await payload.create({
        collection: 'photos',
        data: { owner: user.id, alt: data.firstName },
        file: { data: await jpegPhoto(1000, 1250), mimetype: 'image/jpeg', name: 'portrait.jpg', size: 0 },
      })
    : undefined
  const talent = await payload.create({ collection: 'talents', data: { ...data, user: user.id, photo: photo?.id } })
  ours.add(talent.code!)
  return { user, talent }
}

beforeAll(async () => {
  payload = await getTestPayload()
  admin = (await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } }, limit: 1 })).docs[0]
  ids.CI = await idOf('countries', 'iso2', 'CI')
  ids.SN = await idOf('countries', 'iso2', 'SN')
  // Not the largest cities: other test files use the codes CIF0001ABJ and SNM0001DKR.
  ids.yamoussoukro = await cityId(ids.CI, 'Yamoussoukro')
  ids.thies = await cityId(ids.SN, 'Thiès')
  ids.saintLouis = await cityId(ids.SN, 'Saint-Louis')
  ids.acteur = await idOf('categories', 'slug', 'acteur')
  ids.musicien = await idOf('categories', 'slug', 'musicien')
  ids.chant = await idOf('skills', 'slug', 'chant')
  ids.djembe = await idOf('skills', 'slug', 'djembe')
  ids.wolof = await idOf('languages', 'code', 'wo')
  ids.french = await idOf('languages', 'code', 'fr')

  // Public, with the default public parts (everything but age), and a photo.
  people.awa = await createTalent(
    {
      firstName: 'Awa',
      lastName: 'Kouassi',
      gender: 'F',
      dateOfBirth: '1995-06-15T12:00:00.000Z',
      country: ids.CI,
      city: ids.yamoussoukro,
      categories: [ids.acteur],
      languages: [{ language: ids.french, level: 'native' }],
      skills: [ids.chant],
      yearsOfExperience: 7,
      experience: 'Rôle principal dans « Les Sentinelles » (2022), théâtre à Abidjan.',
      isPublic: true,
    },
    true,
  )
  // Public, but shows only languages: his place and skills must not find him.
  people.moussa = await createTalent({
    firstName: 'Moussa',
    lastName: 'Ndiaye',
    stageName: 'MC Moussa',
    gender: 'M',
    dateOfBirth: '1990-01-01T12:00:00.000Z',
    country: ids.SN,
    city: ids.thies,
    categories: [ids.musicien],
    languages: [{ language: ids.wolof, level: 'native' }],
    skills: [ids.djembe],
    isPublic: true,
    publicParts: ['languages'],
  })
  // Private: nobody but her and staff may find her.
  people.fatou = await createTalent({
    firstName: 'Fatou',
    lastName: 'Sarr',
    gender: 'F',
    country: ids.SN,
    city: ids.saintLouis,
    categories: [ids.acteur],
    skills: [ids.chant],
    isPublic: false,
  })
})

function decodePng(png: Buffer): string {
  const image = PNG.sync.read(png)
  const result = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)
  if (!result) throw new Error('QR code not decoded')
  return result.data
}

async function callQr(
  endpoint: typeof talentQrPng,
  code: string,
  { user, query = '', headers = {} }: { user?: User; query?: string; headers?: Record<string, string> } = {},
) {
  const req = await createLocalReq({ user, urlSuffix: `/api/talents/${code}/qr${query}`, req: { headers: new Headers(headers) } }, payload)
  req.routeParams = { code }
  return endpoint.handler(req)
}

describe('QR code endpoints', () => {
  it('answer a PNG that decodes to the absolute public profile URL, cacheable for a day', async () => {
    const code = people.awa.talent.code!
    const response = await callQr(talentQrPng, code)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400, immutable')
    expect(response.headers.get('etag')).toMatch(/^"qr-[\w-]+"$/)
    expect(response.headers.get('content-disposition')).toBeNull()
    const text = decodePng(Buffer.from(await response.arrayBuffer()))
    expect(text).toBe(publicProfileUrl(`/talents/${code}`))
    expect(text).toMatch(new RegExp(`^https?://[^/]+/talents/${code}$`))
  })

  it('answer an SVG that draws the same URL', async () => {
    const code = people.awa.talent.code!
    const response = await callQr(talentQrSvg, code)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
    const svg = await response.text()
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    const png = await sharp(Buffer.from(svg), { density: 300 }).flatten({ background: '#ffffff' }).png().toBuffer()
    expect(decodePng(png)).toBe(publicProfileUrl(`/talents/${code}`))
  })

  it('offer a download with the code as file name, and honour ?size=', async () => {
    const code = people.awa.talent.code!
    const png = await callQr(talentQrPng, code, { query: '.png?download=1&size=256' })
    expect(png.headers.get('content-disposition')).toBe(`attachment; filename="${code}-qr.png"`)
    expect(PNG.sync.read(Buffer.from(await png.arrayBuffer())).width).toBe(256)
    const svg = await callQr(talentQrSvg, code, { query: '.svg?download=1' })
    expect(svg.headers.get('content-disposition')).toBe(`attachment; filename="${code}-qr.svg"`)
    expect((await callQr(talentQrPng, code, { query: '.png?size=12' })).status).toBe(400)
  })

  it('answer 304 Not Modified to a matching If-None-Match, with a different ETag per format', async () => {
    const code = people.awa.talent.code!
    const first = await callQr(talentQrPng, code)
    const etag = first.headers.get('etag')!
    const again = await callQr(talentQrPng, code, { headers: { 'If-None-Match': `W/"other", ${etag}` } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(await again.text()).toBe('')
    const svg = await callQr(talentQrSvg, code)
    expect(svg.headers.get('etag')).not.toBe(etag)
  })

  it('accept the code in any case, and refuse a malformed one with 400', async () => {
    const code = people.awa.talent.code!
    expect((await callQr(talentQrPng, code.toLowerCase())).status).toBe(200)
    for (const bad of ['CIF0000ABJ', 'nope', 'CIF1ABJ', '../../etc']) {
      const response = await callQr(talentQrPng, bad)
      expect(response.status, bad).toBe(400)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/Code de talent invalide/)
    }
  })

  it('hide a private profile from visitors and other talents (404), but not from its owner or staff', async () => {
    const code = people.fatou.talent.code!
    const anonymous = await callQr(talentQrPng, code)
    expect(anonymous.status).toBe(404)
    expect(anonymous.headers.get('cache-control')).toBe('no-store')
    expect((await callQr(talentQrPng, code, { user: people.awa.user })).status).toBe(404)

    const owner = await callQr(talentQrPng, code, { user: people.fatou.user })
    expect(owner.status).toBe(200)
    // Never kept by a shared cache: only its owner and staff may see it.
    expect(owner.headers.get('cache-control')).toBe('private, max-age=86400, immutable')
    expect(decodePng(Buffer.from(await owner.arrayBuffer()))).toBe(publicProfileUrl(`/talents/${code}`))
    expect((await callQr(talentQrSvg, code, { user: admin })).status).toBe(200)
  })

  it('answer 404 for a well-formed code nobody has', async () => {
    expect((await callQr(talentQrPng, 'ZWX9999QQQ')).status).toBe(404)
  })

  it('are served by Payload at /api/talents/:code/qr.png and qr.svg', async () => {
    const code = people.awa.talent.code!
    for (const [file, type] of [['qr.png', 'image/png'], ['qr.svg', 'image/svg+xml']]) {
      const request = new Request(`http://localhost/api/talents/${code}/${file}`)
      const response = await REST_GET(config)(request, { params: Promise.resolve({ slug: ['talents', code, file] }) })
      expect(response.status, `${file}: talentProfileEndpoints must be the Talents collection's endpoints (see endpoints/talentProfileEndpoints.ts)`).toBe(200)
      expect(response.headers.get('content-type')).toBe(type)
    }
  })
})

describe('public profile', () => {
  it('gives visitors a public profile with only the parts the talent chose', async () => {
    const found = await findTalentProfile(payload, people.moussa.talent.code!, null)
    expect(found?.viewer).toBe('public')
    const view = toTalentProfileView(found!.talent, { locale: 'fr', viewer: found!.viewer })
    expect(view).toMatchObject({ name: 'MC Moussa', code: people.moussa.talent.code, categories: ['Musicien·ne'], isPublic: true })
    expect(view.languages?.value).toEqual([{ name: 'Wolof', level: 'native', levelLabel: 'Langue maternelle', levelRank: 4 }])
    expect(view.location).toBeUndefined()
    expect(view.skills).toBeUndefined()
    expect(view.age).toBeUndefined()
    // Field access removed what the talent keeps to themself, not only the page.
    expect(found!.talent.city).toBeUndefined()
    expect(found!.talent.dateOfBirth).toBeUndefined()
    expect(found!.talent.user).toBeUndefined()
  })

  it('shows the chosen parts with their values, and the photo in the profile and og sizes', async () => {
    const found = await findTalentProfile(payload, people.awa.talent.code!.toLowerCase(), null)
    const view = toTalentProfileView(found!.talent, { locale: 'fr', viewer: 'public', now: new Date('2026-06-14T10:00:00Z') })
    expect(view.location?.value).toEqual({ city: 'Yamoussoukro', country: "Côte d'Ivoire", flag: '🇨🇮' })
    expect(view.skills?.value).toEqual(['Chant'])
    expect(view.yearsOfExperience).toEqual({ value: 7, hidden: false })
    expect(view.experience?.value).toContain('Les Sentinelles')
    expect(view.age).toBeUndefined()
    expect(view.photo?.url).toMatch(/\/api\/photos\/file\/.+-960x1200\.jpg$/)
    expect(view.ogImage).toMatchObject({ width: 1200, height: 630 })
  })

  it('lets the owner and staff see every part, marked when the public does not see it', async () => {
    const owner = await findTalentProfile(payload, people.awa.talent.code!, people.awa.user)
    expect(owner?.viewer).toBe('owner')
    const view = toTalentProfileView(owner!.talent, { locale: 'en', viewer: 'owner', now: new Date('2026-06-14T10:00:00Z') })
    // Born on 15 June 1995: still 30 the day before her birthday.
    expect(view.age).toEqual({ value: 30, hidden: true })
    expect(view.location?.hidden).toBe(false)
    expect(view.languages?.value[0]).toMatchObject({ name: 'French', levelLabel: 'Native' })
    const staff = await findTalentProfile(payload, people.moussa.talent.code!, admin)
    expect(staff?.viewer).toBe('staff')
    expect(toTalentProfileView(staff!.talent, { locale: 'fr', viewer: 'staff' }).skills).toEqual({ value: ['Djembé'], hidden: true })
  })

  it('finds a private profile only for its owner and staff', async () => {
    const code = people.fatou.talent.code!
    expect(await findTalentProfile(payload, code, null)).toBeNull()
    expect(await findTalentProfile(payload, code, people.awa.user)).toBeNull()
    expect((await findTalentProfile(payload, code, people.fatou.user))?.viewer).toBe('owner')
    expect((await findTalentProfile(payload, code, admin))?.viewer).toBe('staff')
  })

  it('returns null for an unknown or malformed code', async () => {
    expect(await findTalentProfile(payload, 'ZWX9999QQQ', null)).toBeNull()
    expect(await findTalentProfile(payload, 'not-a-code', null)).toBeNull()
  })
})

describe('public directory', () => {
  async function found(params: Record<string, string>, user: User | null = null): Promise<string[]> {
    // Other test files add public profiles to the shared database: read every page, not the first.
    const filters: DirectoryFilters = parseDirectoryFilters(params)
    const docs = []
    for (let pageNumber = 1; ; pageNumber++) {
      const page = await searchPublicTalents(payload, { ...filters, page: pageNumber }, user)
      docs.push(...page.docs)
      if (pageNumber >= page.totalPages) break
    }
    for (const doc of docs) expect(doc.isPublic, doc.code!).toBe(true)
    expect(docs.map((doc) => doc.code)).not.toContain(people.fatou.talent.code)
    return docs.map((doc) => doc.code!).filter((code) => ours.has(code)).sort()
  }
  const codes = (...names: (keyof typeof people)[]) => names.map((name) => people[name].talent.code!).sort()

  it('lists public profiles only, for visitors, talents and staff alike', async () => {
    expect(await found({})).toEqual(codes('awa', 'moussa'))
    expect(await found({}, people.fatou.user)).toEqual(codes('awa', 'moussa'))
    expect(await found({}, admin)).toEqual(codes('awa', 'moussa'))
  })

  it('searches names, stage names and codes', async () => {
    expect(await found({ q: 'awa' })).toEqual(codes('awa'))
    expect(await found({ q: 'Kouassi' })).toEqual(codes('awa'))
    expect(await found({ q: 'MC Moussa' })).toEqual(codes('moussa'))
    expect(await found({ q: 'ndiaye' })).toEqual(codes('moussa'))
    expect(await found({ q: people.moussa.talent.code!.toLowerCase() })).toEqual(codes('moussa'))
    expect(await found({ q: 'Fatou' })).toEqual([])
  })

  it('searches trades in both inclusive forms, skills, languages, places and experience — when shown', async () => {
    expect(await found({ q: 'actrice' })).toEqual(codes('awa'))
    expect(await found({ q: 'Acteur' })).toEqual(codes('awa'))
    expect(await found({ q: 'musicienne' })).toEqual(codes('moussa'))
    expect(await found({ q: 'chant' })).toEqual(codes('awa'))
    expect(await found({ q: 'wolof' })).toEqual(codes('moussa'))
    expect(await found({ q: 'yamoussoukro' })).toEqual(codes('awa'))
    expect(await found({ q: 'cote d’ivoire' })).toEqual(codes('awa'))
    expect(await found({ q: 'sentinelles' })).toEqual(codes('awa'))
    // Accents are optional: "role" finds "Rôle", "Théâtre" finds "théâtre".
    expect(await found({ q: 'role theatre' })).toEqual(codes('awa'))
    expect(await found({ q: 'Rôle Théâtre' })).toEqual(codes('awa'))
    // Moussa hides his place and skills: they must not lead to him.
    expect(await found({ q: 'Thiès' })).toEqual([])
    expect(await found({ q: 'djembe' })).toEqual([])
    // Every word must match something, possibly in different parts.
    expect(await found({ q: 'actrice yamoussoukro' })).toEqual(codes('awa'))
    expect(await found({ q: 'chant yamoussoukro' })).toEqual(codes('awa'))
    expect(await found({ q: 'actrice thies' })).toEqual([])
  })

  it('filters by category (slug from the home page, or id)', async () => {
    expect(await found({ category: 'acteur' })).toEqual(codes('awa'))
    expect(await found({ category: String(ids.musicien) })).toEqual(codes('moussa'))
    expect(await found({ category: 'no-such-trade' })).toEqual([])
  })

  it('filters by country and city only among talents who show their place', async () => {
    expect(await found({ country: 'CI' })).toEqual(codes('awa'))
    expect(await found({ country: 'ci', city: 'ask' })).toEqual(codes('awa'))
    expect(await found({ city: String(ids.yamoussoukro) })).toEqual(codes('awa'))
    expect(await found({ country: 'SN' })).toEqual([])
    expect(await found({ country: 'SN', city: 'THS' })).toEqual([])
    // A city code belongs to a country: Yamoussoukro is not in Senegal.
    expect(await found({ country: 'SN', city: 'ASK' })).toEqual([])
  })

  it('filters by language, skill and gender', async () => {
    expect(await found({ language: 'wo' })).toEqual(codes('moussa'))
    expect(await found({ language: 'fr' })).toEqual(codes('awa'))
    expect(await found({ skill: 'chant' })).toEqual(codes('awa'))
    expect(await found({ skill: 'djembe' })).toEqual([])
    expect(await found({ gender: 'M' })).toEqual(codes('moussa'))
    expect(await found({ country: 'CI', language: 'fr', skill: 'chant' })).toEqual(codes('awa'))
    expect(await found({ gender: 'f', category: 'acteur', country: 'CI', language: 'fr', skill: 'chant', q: 'awa' })).toEqual(codes('awa'))
  })

  it('counts and pages the results, 24 per page', async () => {
    const page = await searchPublicTalents(payload, parseDirectoryFilters({ q: 'Kouassi' }), null)
    expect(page).toMatchObject({ totalDocs: 1, totalPages: 1, page: 1, limit: 24 })
    const beyond = await searchPublicTalents(payload, parseDirectoryFilters({ q: 'Kouassi', page: '2' }), null)
    expect(beyond.docs).toEqual([])
    expect(beyond.totalDocs).toBe(1)
  })

  it('gives cards with the city only when the talent shows it', async () => {
    const page = await searchPublicTalents(payload, parseDirectoryFilters({ q: 'MC Moussa' }), null)
    expect(toTalentCardView(page.docs[0], 'fr')).toEqual({ code: people.moussa.talent.code, name: 'MC Moussa', categories: ['Musicien·ne'], place: undefined, flag: undefined, photo: undefined })
    const awa = await searchPublicTalents(payload, parseDirectoryFilters({ q: 'Kouassi' }), null)
    expect(toTalentCardView(awa.docs[0], 'fr')).toMatchObject({ name: 'Awa Kouassi', place: 'Yamoussoukro', flag: '🇨🇮', photo: { width: 480, height: 600 } })
  })

  it('treats LIKE wildcards in the query as plain characters', async () => {
    expect(await found({ q: 'Kouassi' })).toEqual(codes('awa'))
    // Unescaped, % and _ would match "Kouassi".
    expect(await found({ q: 'K%ssi' })).toEqual([])
    expect(await found({ q: 'Kou_ssi' })).toEqual([])
  })

  it('exists because Payload refuses a visitor’s query on a field whose access depends on the profile', async () => {
    await expect(
      payload.find({ collection: 'talents', where: { country: { equals: ids.SN } }, overrideAccess: false }),
    ).rejects.toThrow(/cannot be queried: country/)
  })
})
