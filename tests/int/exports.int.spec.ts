import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { exportCinemaTalents } from '@/exports/exportResponse'
import { pdfPagesAsPng, pdfText, decodeQr } from '../helpers/pdf'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'
import type { User } from '../../payload-types'

/**
 * Exports of cinema talents and talents, each read back by an independent reader (exceljs,
 * csv-parse, pdftotext). Every request carries this run's marker as free text, so profiles of
 * other test files never show up and the expected rows are exact.
 */
const MARKER = `zqe${Date.now().toString(36)}`

let payload: Payload
const tokens: Record<'admin' | 'seo' | 'presence' | 'talent', string> = { admin: '', seo: '', presence: '', talent: '' }
let seoUser: User

const ref: Record<string, number> = {}
async function idOf(collection: 'categories' | 'skills' | 'languages' | 'countries', field: string, value: string): Promise<number> {
  const { docs } = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`${collection} ${value} missing`)
  return docs[0].id
}
async function cityId(iso2: string, code: string): Promise<number> {
  const { docs } = await payload.find({ collection: 'cities', where: { code: { equals: code }, country: { equals: ref[iso2] } }, limit: 1, depth: 0 })
  return docs[0].id
}

/** Private values seeded on every profile: none may appear in a non-admin's export. */
const PRIVATE = { phone: '+225 07 11 22 33', whatsapp: '+225 05 44 55 66', address: 'Rue des Jardins, Cocody', idDocumentNumber: 'CNI-778899', emergencyContact: 'Mariam Ouattara' }

const CINEMA_SEEDS = [
  { key: 'francois', firstName: 'François', lastName: 'Kouamé', stageName: 'L’Étoile', gender: 'M', categories: ['acteur'], place: ['CI', 'ABJ'], heightCm: 182 },
  { key: 'esi', firstName: 'Ɛsi', lastName: 'Mɛnsah', gender: 'F', categories: ['acteur', 'figurant'], place: ['CI', 'ABJ'], heightCm: 165 },
  { key: 'aicha', firstName: 'Aïcha', lastName: 'Ndiaye', gender: 'F', categories: ['figurant'], place: ['SN', 'DKR'], heightCm: 171 },
] as const
const codeOf: Record<string, string> = {}

async function get(path: string, token?: string | null): Promise<Response> {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  const url = new URL(`http://localhost/api/${path}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  return REST_GET(config)(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
}
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer())

/** The codes the staff search returns for the same filters, in its order (the list's query). */
async function searchedCodes(query: string): Promise<string[]> {
  const response = await get(`cinema-talents/search?${query}&limit=100`, tokens.admin)
  const body = (await response.json()) as { docs: { code: string }[] }
  return body.docs.map((doc) => doc.code)
}

async function readXlsx(buffer: Buffer): Promise<Record<string, unknown>[]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
  const rows: Record<string, unknown>[] = []
  sheet.eachRow((row, number) => {
    if (number === 1) return
    const values = (row.values as unknown[]).slice(1)
    rows.push(Object.fromEntries(header.map((name, index) => [name, values[index] ?? null])))
  })
  return rows
}

beforeAll(async () => {
  payload = await getTestPayload()
  for (const slug of ['acteur', 'figurant']) ref[slug] = await idOf('categories', 'slug', slug)
  for (const iso2 of ['CI', 'SN']) ref[iso2] = await idOf('countries', 'iso2', iso2)
  ref['CI:ABJ'] = await cityId('CI', 'ABJ')
  ref['SN:DKR'] = await cityId('SN', 'DKR')
  ref['lang:fr'] = await idOf('languages', 'code', 'fr')

  for (const seed of CINEMA_SEEDS) {
    const user = await createUser(payload, { roles: ['talent'] })
    const talent = await payload.create({
      collection: 'cinema-talents',
      data: {
        user: user.id,
        firstName: seed.firstName,
        lastName: seed.lastName,
        stageName: 'stageName' in seed ? seed.stageName : undefined,
        gender: seed.gender,
        dateOfBirth: '1994-03-12',
        country: ref[seed.place[0]],
        city: ref[seed.place.join(':')],
        categories: seed.categories.map((slug) => ref[slug]),
        languages: [{ language: ref['lang:fr'], level: 'native' }],
        heightCm: seed.heightCm,
        availability: 'available',
        otherSkills: `Marqueur ${MARKER}`,
        rate: 75000,
        ...PRIVATE,
      },
    })
    codeOf[seed.key] = talent.code!
  }

  const login = async (role: keyof typeof tokens) => {
    const user = await createUser(payload, { roles: [role] })
    if (role === 'seo') seoUser = user
    tokens[role] = (await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token as string
  }
  for (const role of ['admin', 'seo', 'presence', 'talent'] as const) await login(role)
})

describe('cinema talent exports (GET /api/cinema-talents/export.*)', () => {
  it('XLSX for an admin: the filtered query’s rows in its order, accents intact, private fields decrypted', async () => {
    const query = `q=${MARKER}&category=acteur`
    const response = await get(`cinema-talents/export.xlsx?${query}`, tokens.admin)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    expect(response.headers.get('content-disposition')).toMatch(/talents-cinema-\d{4}-\d{2}-\d{2}\.xlsx/)
    const rows = await readXlsx(await bytes(response))
    const expected = await searchedCodes(query)
    expect(expected.sort()).toEqual([codeOf.esi, codeOf.francois].sort())
    expect(rows.map((row) => row.Code)).toEqual(await searchedCodes(query))
    const francois = rows.find((row) => row.Code === codeOf.francois)!
    expect(francois).toMatchObject({ Nom: 'Kouamé', Prénom: 'François', 'Nom de scène': 'L’Étoile', Ville: 'Abidjan', 'Taille (cm)': 182 })
    expect(String(francois.Pays)).toMatch(/^Côte d.Ivoire$/)
    expect(francois['Téléphone']).toBe(PRIVATE.phone)
    expect(francois['Adresse']).toBe(PRIVATE.address)
    expect(francois['N° de pièce d’identité']).toBe(PRIVATE.idDocumentNumber)
    expect(francois['Tarif indicatif']).toBe(75000)
    expect(rows.find((row) => row.Code === codeOf.esi)).toMatchObject({ Nom: 'Mɛnsah', Prénom: 'Ɛsi' })
  })

  it('CSV for an SEO manager: UTF-8 with BOM, same rows, no private field at all', async () => {
    const query = `q=${MARKER}&sort=-name`
    const response = await get(`cinema-talents/export.csv?${query}`, tokens.seo)
    expect(response.status).toBe(200)
    const buffer = await bytes(response)
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = buffer.toString('utf8')
    const records = parse(text, { bom: true, columns: true }) as Record<string, string>[]
    expect(records.map((row) => row.Code)).toEqual(await searchedCodes(query))
    expect(records).toHaveLength(3)
    expect(records.map((row) => row.Nom).sort()).toEqual(['Kouamé', 'Mɛnsah', 'Ndiaye'])
    expect(records.find((row) => row.Nom === 'Kouamé')?.['Nom de scène']).toBe('L’Étoile')
    expect(records.find((row) => row.Nom === 'Ndiaye')?.Prénom).toBe('Aïcha')
    expect(Object.keys(records[0])).not.toContain('Téléphone')
    for (const value of [...Object.values(PRIVATE), '75000']) expect(text).not.toContain(value)
  })

  it('PDF list: a branded list of the same profiles, accents readable by pdftotext', async () => {
    const response = await get(`cinema-talents/export.pdf?q=${MARKER}&country=CI`, tokens.seo)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const text = await pdfText(await bytes(response))
    expect(text).toContain('TAALENTIO')
    expect(text).toContain('Talents cinéma')
    for (const code of [codeOf.francois, codeOf.esi]) expect(text).toContain(code)
    expect(text).not.toContain(codeOf.aicha)
    expect(text).toContain('Kouamé')
    expect(text).toContain('Mɛnsah')
    expect(text).not.toContain(PRIVATE.phone)
  })

  it('refuses anonymous (401), talent and presence staff (403) for every format; a bad filter is 400', async () => {
    for (const format of ['xlsx', 'csv', 'pdf']) {
      expect((await get(`cinema-talents/export.${format}?q=${MARKER}`)).status).toBe(401)
      expect((await get(`cinema-talents/export.${format}?q=${MARKER}`, tokens.talent)).status).toBe(403)
      expect((await get(`cinema-talents/export.${format}?q=${MARKER}`, tokens.presence)).status).toBe(403)
    }
    const bad = await get(`cinema-talents/export.csv?ageMin=abc`, tokens.admin)
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { errors: { path: string }[] }).errors[0].path).toBe('ageMin')
  })

  it('is callable as a module with a filter object and a user (what the API v1 uses)', async () => {
    const response = await exportCinemaTalents({ payload, user: { ...seoUser, collection: 'users' }, format: 'csv', locale: 'en', params: new URLSearchParams({ q: MARKER, gender: 'F' }) })
    const records = parse(await bytes(response), { bom: true, columns: true }) as Record<string, string>[]
    expect(records.map((row) => row['Last name']).sort()).toEqual(['Mɛnsah', 'Ndiaye'])
    expect((await exportCinemaTalents({ payload, user: null, format: 'csv', locale: 'en', params: new URLSearchParams() })).status).toBe(401)
    expect((await exportCinemaTalents({ payload, user: { ...seoUser, collection: 'users' }, format: 'docx', locale: 'en', params: new URLSearchParams() })).status).toBe(400)
  })
})

describe('cinema profile sheet (GET /api/cinema-talents/:code/fiche.pdf)', () => {
  it('one page with name, code, a QR code of the public profile; contact details for admins only', async () => {
    const admin = await get(`cinema-talents/${codeOf.francois}/fiche.pdf`, tokens.admin)
    expect(admin.status).toBe(200)
    const pdf = await bytes(admin)
    const text = await pdfText(pdf)
    expect(text).toContain('François')
    expect(text).toContain('L’Étoile')
    expect(text).toContain(codeOf.francois)
    expect(text).toContain(PRIVATE.phone)
    const pages = await pdfPagesAsPng(pdf, { dpi: 150 })
    expect(pages).toHaveLength(1)
    expect(decodeQr(pages[0])).toMatch(new RegExp(`/cinema/profile/${codeOf.francois}$`))

    const seo = await get(`cinema-talents/${codeOf.esi}/fiche.pdf`, tokens.seo)
    const seoText = await pdfText(await bytes(seo))
    expect(seoText).toContain('Mɛnsah')
    expect(seoText).not.toContain(PRIVATE.phone)
    expect(seoText).not.toContain(PRIVATE.address)

    expect((await get(`cinema-talents/${codeOf.esi}/fiche.pdf`)).status).toBe(401)
    expect((await get(`cinema-talents/${codeOf.esi}/fiche.pdf`, tokens.talent)).status).toBe(403)
    expect((await get(`cinema-talents/ZZZ9999ZZZ/fiche.pdf`, tokens.admin)).status).toBe(404)
  })
})

describe('talent exports (GET /api/talents/export.*)', () => {
  const talentCodes: Record<string, string> = {}
  beforeAll(async () => {
    for (const [key, isPublic, firstName] of [['public', true, 'Çélestine'], ['private', false, 'Kɔfi']] as const) {
      const user = await createUser(payload, { roles: ['talent'] })
      const talent = await payload.create({
        collection: 'talents',
        data: { user: user.id, firstName, lastName: `Touré ${MARKER}`, gender: 'F', country: ref.CI, city: ref['CI:ABJ'], categories: [ref.acteur], isPublic, ...PRIVATE },
      })
      talentCodes[key] = talent.code!
    }
  })

  it('staff export every matching profile, private ones included; private fields for admins only', async () => {
    const admin = await readXlsx(await bytes(await get(`talents/export.xlsx?q=${MARKER}`, tokens.admin)))
    expect(admin.map((row) => row.Code).sort()).toEqual([talentCodes.public, talentCodes.private].sort())
    expect(admin.map((row) => row['Prénom']).sort()).toEqual(['Kɔfi', 'Çélestine'].sort())
    expect(admin[0]['Téléphone']).toBe(PRIVATE.phone)

    const seoResponse = await get(`talents/export.csv?q=${MARKER}&country=CI`, tokens.seo)
    const text = (await bytes(seoResponse)).toString('utf8')
    const records = parse(text, { bom: true, columns: true }) as Record<string, string>[]
    expect(records).toHaveLength(2)
    for (const value of Object.values(PRIVATE)) expect(text).not.toContain(value)

    expect((await get(`talents/export.csv?q=${MARKER}&country=SN`, tokens.admin)).status).toBe(200)
    const none = parse(await bytes(await get(`talents/export.csv?q=${MARKER}&country=SN`, tokens.admin)), { bom: true, columns: true })
    expect(none).toHaveLength(0)
    expect((await get(`talents/export.pdf?q=${MARKER}`)).status).toBe(401)
    expect((await get(`talents/export.pdf?q=${MARKER}`, tokens.talent)).status).toBe(403)
    const pdf = await pdfText(await bytes(await get(`talents/export.pdf?q=${MARKER}`, tokens.seo)))
    expect(pdf).toContain('Çélestine')
    expect(pdf).toContain(talentCodes.private)
  })
})
