import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { utcDay, yearsBefore } from '@/cinema/staffSearch/ageBounds'
import { staffFiltersToWhere } from '@/cinema/staffSearch/payloadWhere'
import { parseStaffSearch } from '@/cinema/staffSearch/staffSearchFilters'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

/**
 * The staff search on a seeded set. Every request carries this run's marker as free text
 * (it is in each seeded profile's "other skills", hence in its searchText), so profiles
 * created by other test files never show up and every expectation is exact.
 */
const MARKER = `zqx${Date.now().toString(36)}`

let payload: Payload
let adminToken: string
let seoToken: string
let talentToken: string

type Ref = { id: number }
const ref: Record<string, Ref> = {}

async function one(collection: 'categories' | 'skills' | 'languages' | 'countries', field: string, value: string): Promise<Ref> {
  const { docs } = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`${collection} ${value} missing`)
  return docs[0] as Ref
}
async function city(iso2: string, code: string): Promise<Ref> {
  const country = await one('countries', 'iso2', iso2)
  const { docs } = await payload.find({ collection: 'cities', where: { code: { equals: code }, country: { equals: country.id } }, limit: 1, depth: 0 })
  return docs[0] as Ref
}

const iso = (date: Date) => date.toISOString().slice(0, 10)
const DAY = 86_400_000
const today = utcDay(new Date())

/** Birth dates at the edges of the 30–40 range, relative to today. */
const BIRTHS = {
  thirtyToday: iso(yearsBefore(today, 30)),
  thirtyTomorrow: iso(new Date(yearsBefore(today, 30).getTime() + DAY)),
  fortyOneTomorrow: iso(new Date(yearsBefore(today, 41).getTime() + DAY)),
  fortyOneToday: iso(yearsBefore(today, 41)),
}

type Seed = {
  key: string
  firstName: string
  lastName: string
  gender: 'F' | 'M' | 'X'
  dateOfBirth: string
  place: [string, string]
  categories: string[]
  heightCm?: number
  languages?: [string, 'basic' | 'intermediate' | 'fluent' | 'native'][]
  skills?: string[]
  availability: 'available' | 'limited' | 'unavailable'
  filmography?: { title: string; role?: string }[]
}

const SEEDS: Seed[] = [
  {
    key: 'awa',
    firstName: 'Awa',
    lastName: 'Koné',
    gender: 'F',
    dateOfBirth: BIRTHS.thirtyToday,
    place: ['CI', 'ABJ'],
    categories: ['acteur'],
    heightCm: 170,
    languages: [['fr', 'native'], ['wo', 'basic']],
    skills: ['chant', 'slam'],
    availability: 'available',
    filmography: [{ title: 'Le Soleil des Indépendances', role: 'Salimata' }],
  },
  {
    key: 'moussa',
    firstName: 'Moussa',
    lastName: 'Traoré',
    gender: 'M',
    dateOfBirth: BIRTHS.thirtyTomorrow,
    place: ['CI', 'BYK'],
    categories: ['figurant'],
    heightCm: 185,
    languages: [['fr', 'fluent'], ['bm', 'native']],
    skills: ['chant'],
    availability: 'limited',
  },
  {
    key: 'fatou',
    firstName: 'Fatou',
    lastName: 'Diop',
    gender: 'F',
    dateOfBirth: BIRTHS.fortyOneTomorrow,
    place: ['SN', 'DKR'],
    categories: ['acteur', 'figurant'],
    heightCm: 160,
    languages: [['wo', 'native'], ['fr', 'intermediate']],
    skills: ['slam'],
    availability: 'unavailable',
    filmography: [{ title: 'Atlantique', role: 'Ada' }],
  },
  {
    key: 'kofi',
    firstName: 'Kofi',
    lastName: 'Mensah',
    gender: 'M',
    dateOfBirth: BIRTHS.fortyOneToday,
    place: ['SN', 'PKN'],
    categories: ['cascadeur'],
    languages: [['en', 'fluent']],
    availability: 'available',
  },
  {
    key: 'yao',
    firstName: 'Yao',
    lastName: 'Kouassi',
    gender: 'X',
    dateOfBirth: '2001-06-15',
    place: ['CI', 'ABJ'],
    categories: ['mannequin'],
    heightCm: 150,
    skills: ['chant', 'slam', 'rap'],
    availability: 'available',
  },
]

const idOf: Record<string, number> = {}
const keyOf = (id: number) => Object.entries(idOf).find(([, value]) => value === id)?.[0]

async function search(query: string, { token = adminToken, lang }: { token?: string | null; lang?: 'fr' | 'en' } = {}) {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (lang) headers.set('cookie', `payload-lng=${lang}`)
  const request = new Request(`http://localhost/api/cinema-talents/search?${query}`, { headers })
  const response = await REST_GET(config)(request, { params: Promise.resolve({ slug: ['cinema-talents', 'search'] }) })
  return { status: response.status, body: (await response.json()) as any }
}

/** The seeded profiles a query finds, by key, in the order returned. */
async function found(query: string): Promise<string[]> {
  const params = new URLSearchParams(query)
  params.set('q', `${MARKER} ${params.get('q') ?? ''}`.trim())
  const { status, body } = await search(params.toString())
  expect(status, JSON.stringify(body)).toBe(200)
  return body.docs.map((doc: { id: number }) => keyOf(doc.id) ?? `other:${doc.id}`)
}
const sorted = async (query: string) => (await found(query)).sort()

beforeAll(async () => {
  payload = await getTestPayload()
  for (const slug of ['acteur', 'figurant', 'cascadeur', 'mannequin']) ref[slug] = await one('categories', 'slug', slug)
  for (const slug of ['chant', 'slam', 'rap']) ref[slug] = await one('skills', 'slug', slug)
  for (const code of ['fr', 'wo', 'bm', 'en']) ref[`lang:${code}`] = await one('languages', 'code', code)
  for (const iso2 of ['CI', 'SN']) ref[iso2] = await one('countries', 'iso2', iso2)
  for (const [iso2, code] of [['CI', 'ABJ'], ['CI', 'BYK'], ['SN', 'DKR'], ['SN', 'PKN']]) ref[`${iso2}:${code}`] = await city(iso2, code)

  for (const seed of SEEDS) {
    const user = await createUser(payload, { roles: ['talent'] })
    const talent = await payload.create({
      collection: 'cinema-talents',
      data: {
        user: user.id,
        firstName: seed.firstName,
        lastName: seed.lastName,
        gender: seed.gender,
        dateOfBirth: seed.dateOfBirth,
        country: ref[seed.place[0]].id,
        city: ref[seed.place.join(':')].id,
        categories: seed.categories.map((slug) => ref[slug].id),
        heightCm: seed.heightCm,
        languages: seed.languages?.map(([code, level]) => ({ language: ref[`lang:${code}`].id, level })),
        skills: seed.skills?.map((slug) => ref[slug].id),
        availability: seed.availability,
        filmography: seed.filmography,
        otherSkills: `Marqueur ${MARKER}`,
      },
    })
    idOf[seed.key] = talent.id
  }

  const login = async (roles: ('admin' | 'seo' | 'talent')[]) => {
    const user = await createUser(payload, { roles })
    return (await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string
  }
  adminToken = await login(['admin'])
  seoToken = await login(['seo'])
  talentToken = await login(['talent'])
})

describe('staff search filters (GET /api/cinema-talents/search)', () => {
  it('finds the whole seeded set with the marker alone, by name', async () => {
    expect(await found('')).toEqual(['awa', 'fatou', 'kofi', 'moussa', 'yao'])
  })

  it('filters by category (any of the chosen), by id or slug', async () => {
    expect(await sorted('category=acteur')).toEqual(['awa', 'fatou'])
    expect(await sorted('category=figurant&category=mannequin')).toEqual(['fatou', 'moussa', 'yao'])
    expect(await sorted(`category=${ref.cascadeur.id}`)).toEqual(['kofi'])
  })

  it('filters by country and city', async () => {
    expect(await sorted('country=SN')).toEqual(['fatou', 'kofi'])
    expect(await sorted('country=CI&city=ABJ')).toEqual(['awa', 'yao'])
    expect(await sorted(`city=${ref['CI:BYK'].id}`)).toEqual(['moussa'])
  })

  it('filters by gender', async () => {
    expect(await sorted('gender=F')).toEqual(['awa', 'fatou'])
    expect(await sorted('gender=x')).toEqual(['yao'])
  })

  it('filters by age from the date of birth, birthdays today and tomorrow at both ends', async () => {
    // Awa turns 30 today, Moussa tomorrow; Fatou turns 41 tomorrow (still 40), Kofi turned 41 today.
    expect(await sorted('ageMin=30&ageMax=40')).toEqual(['awa', 'fatou'])
    expect(await sorted('ageMin=30')).toEqual(['awa', 'fatou', 'kofi'])
    expect(await sorted('ageMax=29')).toEqual(['moussa', 'yao'])
    expect(await sorted('ageMin=41&ageMax=41')).toEqual(['kofi'])
    expect(await sorted('ageMin=29&ageMax=29')).toEqual(['moussa'])
  })

  it('filters by height, bounds included, profiles without a height left out', async () => {
    expect(await sorted('heightMin=160&heightMax=170')).toEqual(['awa', 'fatou'])
    expect(await sorted('heightMin=171')).toEqual(['moussa'])
    expect(await sorted('heightMax=159')).toEqual(['yao'])
  })

  it('filters by language with a minimum level, every chosen language on its own row', async () => {
    expect(await sorted('lang=wo')).toEqual(['awa', 'fatou'])
    expect(await sorted('lang=wo:3')).toEqual(['fatou'])
    expect(await sorted('lang=fr:fluent')).toEqual(['awa', 'moussa'])
    expect(await sorted('lang=fr:2')).toEqual(['awa', 'fatou', 'moussa'])
    // Wolof at least fluent AND French at least intermediate: Fatou; Awa's Wolof is basic.
    expect(await sorted('lang=wo:3&lang=fr:2')).toEqual(['fatou'])
    expect(await sorted('lang=fr:4&lang=wo:1')).toEqual(['awa'])
    expect(await sorted(`lang=${ref['lang:bm'].id}:4`)).toEqual(['moussa'])
  })

  it('filters by skills, all of the chosen ones', async () => {
    expect(await sorted('skill=chant')).toEqual(['awa', 'moussa', 'yao'])
    expect(await sorted('skill=chant&skill=slam')).toEqual(['awa', 'yao'])
    expect(await sorted('skill=chant,slam,rap')).toEqual(['yao'])
  })

  it('filters by availability (any of the chosen)', async () => {
    expect(await sorted('availability=available')).toEqual(['awa', 'kofi', 'yao'])
    expect(await sorted('availability=limited&availability=unavailable')).toEqual(['fatou', 'moussa'])
  })

  it('searches names without accents, filmography titles and roles, skills by name', async () => {
    expect(await sorted('q=Kone')).toEqual(['awa'])
    expect(await sorted('q=TRAORÉ')).toEqual(['moussa'])
    expect(await sorted('q=independances')).toEqual(['awa'])
    expect(await sorted('q=atlantique ada')).toEqual(['fatou'])
    expect(await sorted('q=slam')).toEqual(['awa', 'fatou', 'yao'])
    expect(await sorted('q=Koné atlantique')).toEqual([])
  })

  it('combines filters', async () => {
    expect(await sorted('gender=F&country=CI&lang=fr:4&skill=chant&ageMin=30&heightMin=165&availability=available&category=acteur')).toEqual(['awa'])
  })

  it('sorts by name, age, height, newest and code', async () => {
    expect(await found('sort=-name')).toEqual(['yao', 'moussa', 'kofi', 'fatou', 'awa'])
    expect(await found('sort=age')).toEqual(['yao', 'moussa', 'awa', 'fatou', 'kofi'])
    expect(await found('sort=-age')).toEqual(['kofi', 'fatou', 'awa', 'moussa', 'yao'])
    expect(await found('sort=height')).toEqual(['yao', 'fatou', 'awa', 'moussa', 'kofi'])
    expect(await found('sort=-height')).toEqual(['moussa', 'awa', 'fatou', 'yao', 'kofi'])
    expect(await found('sort=newest')).toEqual(['yao', 'kofi', 'fatou', 'moussa', 'awa'])
    const byCode = [...SEEDS]
    const codes = await Promise.all(byCode.map(async (seed) => (await payload.findByID({ collection: 'cinema-talents', id: idOf[seed.key] })).code!))
    const expected = byCode.map((seed, index) => ({ key: seed.key, code: codes[index] })).sort((a, b) => (a.code < b.code ? -1 : 1))
    expect(await found('sort=code')).toEqual(expected.map((entry) => entry.key))
  })

  it('paginates with the total of every page', async () => {
    const first = await search(`q=${MARKER}&limit=2&sort=name`)
    expect(first.body).toMatchObject({ totalDocs: 5, page: 1, totalPages: 3, limit: 2 })
    expect(first.body.docs.map((doc: { id: number }) => keyOf(doc.id))).toEqual(['awa', 'fatou'])
    expect(await found('limit=2&page=2')).toEqual(['kofi', 'moussa'])
    expect(await found('limit=2&page=3')).toEqual(['yao'])
    const beyond = await search(`q=${MARKER}&limit=2&page=9`)
    expect(beyond.body).toMatchObject({ docs: [], totalDocs: 5, page: 9, totalPages: 3 })
  })

  it('returns what the list shows, read with the staff member’s access', async () => {
    const { body } = await search(`q=${MARKER}&country=CI&city=ABJ&gender=F`)
    expect(body.docs).toHaveLength(1)
    const [awa] = body.docs
    expect(awa).toMatchObject({ id: idOf.awa, firstName: 'Awa', lastName: 'Koné', heightCm: 170, availability: 'available', isPublic: false })
    expect(awa.code).toMatch(/^CIABJ\d{5}F$/)
    expect(awa.city).toMatchObject({ code: 'ABJ', name: 'Abidjan' })
    expect(awa.categories[0]).toMatchObject({ slug: 'acteur' })
    // Only the list's columns: no contact details or rates.
    expect(awa).not.toHaveProperty('phone')
    expect(awa).not.toHaveProperty('rate')
    expect(awa).not.toHaveProperty('searchText')
  })
})

describe('staff search access and errors', () => {
  it('lets every staff role search, refuses talents (403) and visitors (401), in their language', async () => {
    expect((await search(`q=${MARKER}&gender=M`, { token: seoToken })).body.totalDocs).toBe(2)
    const talent = await search(`q=${MARKER}`, { token: talentToken })
    expect(talent.status).toBe(403)
    expect(talent.body.errors[0].message).toBe('Cette recherche est réservée à l’équipe Taalentio.')
    const visitor = await search(`q=${MARKER}`, { token: null, lang: 'en' })
    expect(visitor.status).toBe(401)
    expect(visitor.body.errors[0].message).toBe('Sign in with a staff account to search cinema talents.')
    expect(visitor.body).not.toHaveProperty('docs')
  })

  it('answers 400 with a localized message per bad parameter', async () => {
    const bad = await search('heightMin=abc&lang=wo:9&sort=salary&limit=500')
    expect(bad.status).toBe(400)
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'heightMin', message: 'Taille minimum invalide : un nombre entier de 50 à 250 cm est attendu.' },
        { path: 'lang', message: expect.stringMatching(/^Langue invalide/) },
        { path: 'sort', message: expect.stringMatching(/^Tri inconnu/) },
        { path: 'limit', message: 'Nombre par page invalide : un nombre entier de 1 à 100 est attendu.' },
      ]),
    )
    const range = await search('ageMin=40&ageMax=20')
    expect(range).toEqual({ status: 400, body: { errors: [{ path: 'ageMin', message: 'L’âge minimum dépasse l’âge maximum.' }] } })
    const english = await search('category=no-such-category&country=CI&city=ZZZ&lang=xx:2', { lang: 'en' })
    expect(english.status).toBe(400)
    expect(english.body.errors).toEqual([
      { path: 'city', message: 'Unknown city: “ZZZ” (a city code also needs the country).' },
      { path: 'category', message: 'Unknown category: “no-such-category”.' },
      { path: 'lang', message: 'Unknown language: “xx”.' },
    ])
  })

  it('gives the admin list every matching id (GET /api/cinema-talents/search/ids)', async () => {
    const request = new Request(`http://localhost/api/cinema-talents/search/ids?q=${MARKER}&skill=chant&skill=slam`, {
      headers: { Authorization: `JWT ${adminToken}` },
    })
    const response = await REST_GET(config)(request, { params: Promise.resolve({ slug: ['cinema-talents', 'search', 'ids'] }) })
    expect(await response.json()).toEqual({ ids: [idOf.awa, idOf.yao].sort((a, b) => a - b), totalDocs: 2 })
  })
})

describe('the admin list’s filters as Payload `where` (staffFiltersToWhere)', () => {
  /** What Payload's own list query finds with the panel's `where`, references given by id as the panel does. */
  async function foundByPayload(query: (r: typeof ref) => string): Promise<string[]> {
    const params = new URLSearchParams(query(ref))
    params.set('q', `${MARKER} ${params.get('q') ?? ''}`.trim())
    const parsed = parseStaffSearch(params, 'fr')
    if (!parsed.success) throw new Error(JSON.stringify(parsed.errors))
    const plan = staffFiltersToWhere(parsed.filters)
    if (plan.kind !== 'where') return ['(ids)']
    const { docs } = await payload.find({ collection: 'cinema-talents', where: plan.where, pagination: false, depth: 0, select: {} })
    return docs.map((doc) => keyOf(doc.id) ?? `other:${doc.id}`).sort()
  }

  it('gives the same profiles as the staff search for each filter Payload can express', async () => {
    expect(await foundByPayload((r) => `category=${r.acteur.id}&category=${r.mannequin.id}`)).toEqual(['awa', 'fatou', 'yao'])
    expect(await foundByPayload((r) => `country=${r.CI.id}&city=${r['CI:ABJ'].id}&gender=F`)).toEqual(['awa'])
    expect(await foundByPayload(() => 'ageMin=30&ageMax=40')).toEqual(['awa', 'fatou'])
    expect(await foundByPayload(() => 'ageMax=29')).toEqual(['moussa', 'yao'])
    expect(await foundByPayload(() => 'heightMin=160&heightMax=170')).toEqual(['awa', 'fatou'])
    expect(await foundByPayload(() => 'availability=limited&availability=unavailable')).toEqual(['fatou', 'moussa'])
    expect(await foundByPayload((r) => `skill=${r.slam.id}`)).toEqual(['awa', 'fatou', 'yao'])
    expect(await foundByPayload(() => 'q=kone')).toEqual(['awa'])
    expect(await foundByPayload(() => 'q=Indépendances')).toEqual(['awa'])
  })

  it('keeps a language and its level on the same row of the array', async () => {
    // Awa speaks Wolof (basic) and French (native): "Wolof, fluent or better" must not match her.
    expect(await foundByPayload((r) => `lang=${r['lang:wo'].id}:3`)).toEqual(['fatou'])
    expect(await foundByPayload((r) => `lang=${r['lang:fr'].id}:3`)).toEqual(['awa', 'moussa'])
    expect(await foundByPayload((r) => `lang=${r['lang:wo'].id}`)).toEqual(['awa', 'fatou'])
  })

  it('hands two languages or two skills to the id list', async () => {
    expect(await foundByPayload((r) => `lang=${r['lang:wo'].id}:3&lang=${r['lang:fr'].id}:2`)).toEqual(['(ids)'])
    expect(await foundByPayload((r) => `skill=${r.chant.id}&skill=${r.slam.id}`)).toEqual(['(ids)'])
    expect(await foundByPayload(() => 'category=acteur')).toEqual(['(ids)'])
  })
})
