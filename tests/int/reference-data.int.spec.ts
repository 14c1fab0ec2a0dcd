import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { REST_GET } from '@payloadcms/next/routes'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { listCitiesOfCountry } from '@endpoints/listCitiesOfCountry'
import { listCountries } from '@endpoints/listCountries'
import { buildReferenceData } from '@/reference-data/buildReferenceData'
import { loadReferenceData } from '@/reference-data/loadReferenceData'
import type { ReferenceDataset, ReferenceTable } from '@/reference-data/types'
import config from '../../payload.config'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

const TABLES: ReferenceTable[] = ['countries', 'cities', 'nationalities', 'languages', 'categories', 'skills']

let payload: Payload
let dataset: ReferenceDataset

async function tableCounts(): Promise<Record<ReferenceTable, number>> {
  const entries = await Promise.all(
    TABLES.map(async (table) => [table, (await payload.count({ collection: table })).totalDocs] as const),
  )
  return Object.fromEntries(entries) as Record<ReferenceTable, number>
}

function expectedCounts(): Record<ReferenceTable, number> {
  return Object.fromEntries(TABLES.map((table) => [table, dataset[table].length])) as Record<ReferenceTable, number>
}

function execute(query: ReturnType<typeof sql>) {
  return (payload.db as unknown as PostgresAdapter).drizzle.execute(query)
}

async function cityCode(iso2: string, name: string): Promise<string | undefined> {
  const { docs } = await payload.find({
    collection: 'cities',
    where: { and: [{ 'country.iso2': { equals: iso2 } }, { name: { equals: name } }] },
    depth: 0,
  })
  return docs[0]?.code
}

async function callEndpoint(
  endpoint: { handler: (req: PayloadRequest) => Promise<Response> | Response },
  { routeParams, language }: { routeParams?: Record<string, string>; language?: string } = {},
) {
  const req = await createLocalReq({}, payload)
  req.routeParams = routeParams
  if (language) req.i18n = { ...req.i18n, language } as PayloadRequest['i18n']
  const response = await endpoint.handler(req)
  return { response, body: await response.json() }
}

/** Goes through Payload's real REST route handler, as Next does for /api/reference/…. */
async function restGet(path: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/${path}`, { headers })
  const response = await REST_GET(config)(request, { params: Promise.resolve({ slug: path.split('/') }) })
  return { response, body: await response.json() }
}

beforeAll(async () => {
  payload = await getTestPayload()
  dataset = await buildReferenceData()
})

describe('reference data in PostgreSQL', () => {
  it('holds exactly what the builders produce after start-up', async () => {
    expect(await tableCounts()).toEqual(expectedCounts())
    expect(await cityCode('CI', 'Abidjan')).toBe('ABJ')
    const { rows } = await execute(sql`SELECT count(*)::int AS orphans FROM cities WHERE country_id IS NULL`)
    expect(rows[0]).toEqual({ orphans: 0 })
  })

  it('links nationalities to their country and labels them with the flag', async () => {
    const { docs } = await payload.find({
      collection: 'nationalities',
      where: { 'country.iso2': { equals: 'CI' } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ nameFr: 'Ivoirienne', label: '🇨🇮 Ivoirienne' })
  })

  it('inserts nothing when loaded again', async () => {
    const before = await tableCounts()
    const report = await loadReferenceData(payload)
    for (const table of TABLES) {
      expect(report[table], table).toEqual({ expected: before[table], present: before[table], inserted: 0 })
    }
    expect(await tableCounts()).toEqual(before)
  })

  it('completes tables that lost rows, with the same city codes', async () => {
    // Countries and languages no other test profile uses: profiles keep their city (foreign key).
    const deleted = await execute(sql`
      DELETE FROM cities
      WHERE country_id IN (SELECT id FROM countries WHERE iso2 IN ('FR', 'JP', 'NO'))
      RETURNING id`)
    await execute(sql`DELETE FROM languages WHERE code IN ('ja', 'ko', 'fi')`)
    expect(deleted.rows.length).toBeGreaterThan(20)
    expect(await cityCode('FR', 'Paris')).toBeUndefined()

    const report = await loadReferenceData(payload)

    expect(report.cities.inserted).toBe(deleted.rows.length)
    expect(report.languages.inserted).toBe(3)
    expect(report.countries.inserted).toBe(0)
    expect(await tableCounts()).toEqual(expectedCounts())
    expect(await cityCode('FR', 'Paris')).toBe('PAR')
    expect(await cityCode('CI', 'Abidjan')).toBe('ABJ')
    expect(await cityCode('SN', 'Dakar')).toBe('DKR')
  })

  it('refuses a second city with the same code in the same country', async () => {
    const { docs } = await payload.find({ collection: 'countries', where: { iso2: { equals: 'CI' } }, depth: 0 })
    await expect(
      payload.create({ collection: 'cities', data: { name: 'Abidjan bis', code: 'ABJ', country: docs[0].id } }),
    ).rejects.toMatchObject({ name: 'ValidationError' })
  })
})

describe('reference collections access', () => {
  it('lets anyone read', async () => {
    const { totalDocs } = await payload.count({ collection: 'languages', overrideAccess: false })
    expect(totalDocs).toBe(dataset.languages.length)
  })

  it('refuses writes from visitors and talents', async () => {
    const talent = await createUser(payload, { roles: ['talent'] })
    for (const user of [undefined, talent]) {
      await expect(
        payload.create({
          collection: 'skills',
          data: { slug: 'test-refused', nameFr: 'Refusé', nameEn: 'Refused', group: 'other' },
          overrideAccess: false,
          user,
        }),
      ).rejects.toMatchObject({ name: 'Forbidden' })
      await expect(
        payload.update({
          collection: 'cities',
          where: { code: { equals: 'ABJ' } },
          data: { name: 'Renamed' },
          overrideAccess: false,
          user,
        }),
      ).rejects.toMatchObject({ name: 'Forbidden' })
    }
    expect(await cityCode('CI', 'Abidjan')).toBe('ABJ')
  })

  it('lets an admin maintain them, codes upper-cased', async () => {
    const admin = await createUser(payload, { roles: ['admin'] })
    const { docs } = await payload.find({ collection: 'countries', where: { iso2: { equals: 'CI' } }, depth: 0 })
    const city = await payload.create({
      collection: 'cities',
      data: { name: 'Jacqueville', code: 'jqv', country: docs[0].id },
      overrideAccess: false,
      user: admin,
    })
    expect(city.code).toBe('JQV')
    await payload.delete({ collection: 'cities', id: city.id, overrideAccess: false, user: admin })
  })

  it('rejects a malformed city code', async () => {
    const { docs } = await payload.find({ collection: 'countries', where: { iso2: { equals: 'CI' } }, depth: 0 })
    await expect(
      payload.create({ collection: 'cities', data: { name: 'Nulle part', code: 'A1', country: docs[0].id } }),
    ).rejects.toMatchObject({ name: 'ValidationError', data: { errors: [{ path: 'code' }] } })
  })

  it('recomputes the nationality label when the French name changes', async () => {
    const { docs } = await payload.find({
      collection: 'nationalities',
      where: { 'country.iso2': { equals: 'SN' } },
      depth: 0,
    })
    const renamed = await payload.update({ collection: 'nationalities', id: docs[0].id, data: { nameFr: 'Test' } })
    expect(renamed.label).toBe('🇸🇳 Test')
    const restored = await payload.update({
      collection: 'nationalities',
      id: docs[0].id,
      data: { nameFr: docs[0].nameFr },
    })
    expect(restored.label).toBe(docs[0].label)
  })
})

describe('GET /api/reference/countries', () => {
  it('lists the 194 countries, African ones first, with cache headers', async () => {
    const { response, body } = await callEndpoint(listCountries)
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=3600, stale-while-revalidate=86400')
    expect(body.docs).toHaveLength(194)
    expect(body.docs.slice(0, 54).every((country: { isAfrican: boolean }) => country.isAfrican)).toBe(true)
    expect(body.docs.find((country: { iso2: string }) => country.iso2 === 'CI')).toEqual({
      id: expect.anything(),
      iso2: 'CI',
      nameFr: "Côte d'Ivoire",
      nameEn: "Côte d'Ivoire",
      flag: '🇨🇮',
      phonePrefix: '+225',
      isAfrican: true,
    })
  })
})

describe('GET /api/reference/countries/:iso2/cities', () => {
  it("lists a country's cities, largest first", async () => {
    const { response, body } = await callEndpoint(listCitiesOfCountry, { routeParams: { iso2: 'ci' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toContain('max-age=3600')
    expect(body.country).toMatchObject({ iso2: 'CI', flag: '🇨🇮' })
    expect(body.docs[0]).toMatchObject({ name: 'Abidjan', code: 'ABJ' })
    expect(body.docs).toHaveLength(dataset.cities.filter((city) => city.countryIso2 === 'CI').length)
    const populations = body.docs.map((city: { population: number }) => city.population)
    expect(populations).toEqual([...populations].sort((a, b) => b - a))
    expect(body.docs.find((city: { name: string }) => city.name === 'Yamoussoukro')?.isCapital).toBe(true)
  })

  it('answers 404 for an unknown country, in French or English', async () => {
    const french = await callEndpoint(listCitiesOfCountry, { routeParams: { iso2: 'ZZ' } })
    expect(french.response.status).toBe(404)
    expect(french.body.errors[0].message).toBe('Pays inconnu : ZZ.')

    const english = await callEndpoint(listCitiesOfCountry, { routeParams: { iso2: 'ZZ' }, language: 'en' })
    expect(english.response.status).toBe(404)
    expect(english.body.errors[0].message).toBe('Unknown country: ZZ.')
  })

  it('is mounted under /api/reference and localized by Accept-Language', async () => {
    const found = await restGet('reference/countries/SN/cities')
    expect(found.response.status).toBe(200)
    expect(found.body.docs[0]).toMatchObject({ name: 'Dakar', code: 'DKR', isCapital: true })

    const missing = await restGet('reference/countries/ZZ/cities', { 'Accept-Language': 'en' })
    expect(missing.response.status).toBe(404)
    expect(missing.body.errors[0].message).toBe('Unknown country: ZZ.')
  })

  it.each(['CIV', 'C1', '', 'c-'])('answers 400 for the malformed code %j', async (iso2) => {
    const { response, body } = await callEndpoint(listCitiesOfCountry, { routeParams: { iso2 } })
    expect(response.status).toBe(400)
    expect(body.errors[0].message).toContain('Code pays invalide')
  })
})
