import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import Ajv2020 from 'ajv/dist/2020'
import type { Payload } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiV1Document, apiV1Endpoints, apiV1Routes } from '@endpoints/v1'
import type { CinemaTalent, Project, Talent, User } from '../../payload-types'
import config from '../../payload.config'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'
import { TEST_ADMIN } from '../helpers/testEnv'

/**
 * The REST API v1 through Payload's real route handlers (routing, cookie/JWT auth, headers):
 * every answer is validated against the OpenAPI document (additionalProperties: false, so an
 * undocumented field fails), and each kind of caller gets exactly what it may.
 */

type Doc = { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }
const doc = apiV1Document() as unknown as Doc
const ajv = new Ajv2020({ strict: false, allErrors: true })
ajv.addSchema(doc, 'openapi')

const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')

/** The documented path template of a request path (`/talents/CIF0001ABJ` → `/talents/{code}`). */
function templateOf(path: string): string {
  const template = Object.keys(doc.paths).find((candidate) => new RegExp(`^${candidate.replace(/\{\w+\}/g, '[^/]+')}$`).test(path))
  if (!template) throw new Error(`Undocumented endpoint ${path}`)
  return template
}

let payload: Payload
const seen = new Set<string>()

type Caller = { token?: string; apiKey?: string; headers?: Record<string, string> }
type Answer = { status: number; body: any; headers: Headers }

async function call(method: 'GET' | 'POST', path: string, caller: Caller = {}, body?: unknown): Promise<Answer> {
  const headers = new Headers(caller.headers)
  if (caller.token) headers.set('Authorization', `JWT ${caller.token}`)
  if (caller.apiKey) headers.set('Authorization', `Bearer ${caller.apiKey}`)
  if (body !== undefined) headers.set('content-type', 'application/json')
  if (!headers.has('x-forwarded-for')) headers.set('x-forwarded-for', '10.7.0.1')
  const request = new Request(`http://localhost/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const slug = `v1${path.split('?')[0]}`.split('/')
  const handler = method === 'GET' ? REST_GET(config) : REST_POST(config)
  const response = await handler(request, { params: Promise.resolve({ slug }) })

  // The contract: a documented status, and a body matching its schema.
  const template = templateOf(path.split('?')[0])
  const operation = doc.paths[template][method.toLowerCase()]
  expect(operation, `${method} ${template} is documented`).toBeDefined()
  expect(Object.keys(operation.responses), `${method} ${template} documents ${response.status}`).toContain(String(response.status))
  const type = response.headers.get('content-type')?.split(';')[0] ?? ''
  if (type !== 'application/json') {
    // A file: its media type must be one the document announces.
    const content = (operation.responses[String(response.status)] as { content: Record<string, unknown> }).content
    expect(Object.keys(content), `${method} ${path} answers ${type}`).toContain(type)
    seen.add(`${method.toLowerCase()} ${template} ${response.status < 400 ? 'ok' : 'error'}`)
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()).toString('utf8'), headers: response.headers }
  }
  const json = await response.json()
  const validate = ajv.getSchema(`openapi#/${pointer('paths', template, method.toLowerCase(), 'responses', String(response.status), 'content', 'application/json', 'schema')}`)!
  if (!validate(json)) throw new Error(`${method} ${path} → ${response.status} does not match the document: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(json).slice(0, 500)}`)
  seen.add(`${method.toLowerCase()} ${template} ${response.status < 400 ? 'ok' : 'error'}`)
  return { status: response.status, body: json, headers: response.headers }
}

async function tokenOf(user: { email: string; password: string }): Promise<string> {
  return (await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token!
}

const suffix = `${Date.now()}`.slice(-6)
let admin: User
let talentUser: User & { password: string }
let presence: User & { password: string }
let otherPresence: User & { password: string }
let tokens: Record<'admin' | 'talent' | 'presence' | 'otherPresence', string>
let keys: { read: string; readWrite: string; readId: number }
let publicTalent: Talent
let privateTalent: Talent
let cinemaTalent: CinemaTalent
let project: Project
let ids: Record<string, number> = {}

async function idOf(collection: 'countries' | 'categories' | 'languages' | 'skills', field: string, value: string) {
  return (await payload.find({ collection, where: { [field]: { equals: value } }, depth: 0, limit: 1 })).docs[0].id
}

beforeAll(async () => {
  payload = await getTestPayload()
  admin = (await payload.find({ collection: 'users', where: { email: { equals: TEST_ADMIN.email } }, limit: 1 })).docs[0]
  ids = {
    SN: await idOf('countries', 'iso2', 'SN'),
    acteur: await idOf('categories', 'slug', 'acteur'),
    wolof: await idOf('languages', 'code', 'wo'),
  }
  ids.city = (await payload.find({ collection: 'cities', where: { country: { equals: ids.SN } }, sort: 'name', limit: 1, depth: 0 })).docs[0].id

  talentUser = await createUser(payload, { roles: ['talent'] })
  presence = await createUser(payload, { roles: ['presence'] })
  otherPresence = await createUser(payload, { roles: ['presence'] })
  const base = { gender: 'F' as const, country: ids.SN, city: ids.city, categories: [ids.acteur], dateOfBirth: '1990-04-02T12:00:00.000Z' }
  publicTalent = await payload.create({
    collection: 'talents',
    data: { ...base, user: talentUser.id, firstName: 'Apiawa', lastName: `Contrat${suffix}`, phone: '+221770000001', isPublic: true },
  })
  const hiddenUser = await createUser(payload, { roles: ['talent'] })
  privateTalent = await payload.create({
    collection: 'talents',
    data: { ...base, user: hiddenUser.id, firstName: 'Apicache', lastName: `Prive${suffix}`, phone: '+221770000002', isPublic: false },
  })
  const cinemaUser = await createUser(payload, { roles: ['talent'] })
  cinemaTalent = await payload.create({
    collection: 'cinema-talents',
    data: { ...base, dateOfBirth: '1990-04-02', user: cinemaUser.id, firstName: 'Apicine', lastName: `Plateau${suffix}`, availability: 'available', phone: '+221770000003', languages: [{ language: ids.wolof, level: 'native' }] },
  })
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  const code = Array.from({ length: 3 }, (_, i) => letters[(Number(suffix) >> (i * 4)) % 26]).join('')
  const production = await payload.create({ collection: 'productions', data: { name: `API Films ${suffix}`, code, country: ids.SN } })
  project = await payload.create({ collection: 'projects', data: { title: `API Projet ${suffix}`, production: production.id, type: 'FLM', status: 'shooting', presenceStaff: [presence.id] } })
  await payload.create({ collection: 'assignments', data: { project: project.id, cinemaTalent: cinemaTalent.id, roleName: 'Témoin', kind: 'cast', status: 'confirmed' } })

  tokens = {
    admin: await tokenOf(TEST_ADMIN),
    talent: await tokenOf(talentUser),
    presence: await tokenOf(presence),
    otherPresence: await tokenOf(otherPresence),
  }
  const read = await call('POST', '/api-keys', { token: tokens.admin }, { name: `lecture ${suffix}`, scope: 'read' })
  const readWrite = await call('POST', '/api-keys', { token: tokens.admin }, { name: `écriture ${suffix}`, scope: 'read-write' })
  expect(read.status).toBe(200)
  keys = { read: read.body.key, readWrite: readWrite.body.key, readId: read.body.id }
})

afterAll(() => {
  delete process.env.API_V1_RATE_LIMIT_PER_MINUTE
})

describe('API keys', () => {
  it('are shown once, stored only as a SHA-256 hash, and never read back', async () => {
    expect(keys.read).toMatch(/^tk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/)
    const { rows } = await (payload.db as any).drizzle.execute(sql`select * from api_keys where id = ${keys.readId}`)
    const row = rows[0] as Record<string, unknown>
    expect(JSON.stringify(row)).not.toContain(keys.read)
    expect(JSON.stringify(row)).not.toContain(keys.read.split('_').at(-1))
    expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/)

    const listed = await call('GET', '/api-keys', { token: tokens.admin })
    expect(listed.status).toBe(200)
    expect(JSON.stringify(listed.body)).not.toContain(keys.read)
    const viaPayload = await payload.findByID({ collection: 'api-keys', id: keys.readId, overrideAccess: false, user: admin })
    expect(viaPayload).not.toHaveProperty('keyHash')
    expect(viaPayload).not.toHaveProperty('key')
  })

  it('act as their admin creator, and a read key refuses writes', async () => {
    const me = await call('GET', '/auth/me', { apiKey: keys.read })
    expect(me.body).toMatchObject({ authentication: 'apiKey', scope: 'read', user: { id: admin.id } })
    const write = await call('POST', '/api-keys', { apiKey: keys.read }, { name: 'nope' })
    expect(write.status).toBe(403)
    expect(write.body.error.code).toBe('readOnlyKey')
    const allowed = await call('POST', '/api-keys', { apiKey: keys.readWrite }, { name: `par clé ${suffix}` })
    expect(allowed.status).toBe(200)
    // lastUsedAt is recorded.
    const row = await payload.findByID({ collection: 'api-keys', id: keys.readId })
    expect(row.lastUsedAt).toBeTruthy()
  })

  it('a wrong or revoked key is refused with 401', async () => {
    const forged = keys.read.slice(0, -4) + 'AAAA'
    expect((await call('GET', '/auth/me', { apiKey: forged })).body.error.code).toBe('invalidApiKey')
    const created = await call('POST', '/api-keys', { token: tokens.admin }, { name: `révoquée ${suffix}` })
    expect((await call('GET', '/users', { apiKey: created.body.key })).status).toBe(200)
    const revoked = await call('POST', `/api-keys/${created.body.id}/revoke`, { token: tokens.admin })
    expect(revoked.body.revokedAt).toBeTruthy()
    const refused = await call('GET', '/users', { apiKey: created.body.key })
    expect(refused.status).toBe(401)
    expect(refused.body.error.code).toBe('invalidApiKey')
  })
})

describe('auth', () => {
  it('logs in by email or by code, with localized errors', async () => {
    const byEmail = await call('POST', '/auth/login', {}, { login: talentUser.email, password: talentUser.password })
    expect(byEmail.status).toBe(200)
    expect(byEmail.headers.get('set-cookie')).toContain('payload-token=')
    const me = await call('GET', '/auth/me', { token: byEmail.body.token })
    expect(me.body).toMatchObject({ authentication: 'session', user: { id: talentUser.id } })

    const coded = await createUser(payload, { roles: ['talent'], code: `SNF${suffix.slice(-4)}DKR` })
    const byCode = await call('POST', '/auth/login', { headers: { 'x-forwarded-for': '10.7.0.2' } }, { login: `snf${suffix.slice(-4)}dkr`, password: coded.password })
    expect(byCode.status).toBe(200)

    const wrong = await call('POST', '/auth/login', { headers: { 'x-forwarded-for': '10.7.0.3' } }, { login: talentUser.email, password: 'wrong-password' })
    expect(wrong.status).toBe(401)
    expect(wrong.body.error).toEqual({ code: 'invalidCredentials', message: 'Identifiant ou mot de passe incorrect.' })
    const english = await call('POST', '/auth/login?lang=en', { headers: { 'x-forwarded-for': '10.7.0.3' } }, { login: talentUser.email, password: 'wrong-password' })
    expect(english.body.error.message).toBe('Wrong identifier or password.')
    const acceptLanguage = await call('POST', '/auth/login', { headers: { 'x-forwarded-for': '10.7.0.3', 'accept-language': 'en-GB,en;q=0.9' } }, {})
    expect(acceptLanguage.status).toBe(400)
    expect(acceptLanguage.body.error.code).toBe('badRequest')
    expect(acceptLanguage.body.error.details.map((d: { path: string }) => d.path)).toEqual(['login', 'password'])
  })

  it('keeps Payload’s account lock and the per-IP login throttle', async () => {
    const victim = await createUser(payload, { roles: ['talent'] })
    const statuses: number[] = []
    for (let i = 0; i < 6; i += 1) {
      statuses.push((await call('POST', '/auth/login', { headers: { 'x-forwarded-for': `10.8.${i}.1` } }, { login: victim.email, password: 'wrong-password' })).status)
    }
    expect(statuses.at(-1)).toBe(423)
    const locked = await call('POST', '/auth/login', { headers: { 'x-forwarded-for': '10.8.9.1' } }, { login: victim.email, password: victim.password })
    expect(locked.body.error.code).toBe('locked')

    // Failures counted per address (LOGIN_MAX_FAILURES_PER_IP, 20 by default), unknown accounts included.
    const ip = { headers: { 'x-forwarded-for': `10.6.${Number(suffix) % 250}.9` } }
    let last: Answer | undefined
    for (let i = 0; i < 21; i += 1) last = await call('POST', '/auth/login', ip, { login: `nobody-${i}-${suffix}@taalentio.test`, password: 'wrong-password' })
    expect(last!.status).toBe(429)
    expect(last!.body.error.code).toBe('tooManyLoginAttempts')
    expect((await call('POST', '/auth/login', ip, { login: talentUser.email, password: talentUser.password })).status).toBe(429)
  })

  it('logs out: the session ends and the cookie is cleared', async () => {
    const token = await tokenOf(talentUser)
    const out = await call('POST', '/auth/logout', { token })
    expect(out.status).toBe(200)
    expect(out.headers.get('set-cookie')).toMatch(/payload-token=;|Expires=Thu, 01 Jan 1970/)
    expect((await call('GET', '/auth/me', { token })).body.user).toBeNull()
    expect((await call('POST', '/auth/logout')).status).toBe(401)
  })
})

type Who = 'anonymous' | 'talent' | 'presence' | 'admin' | 'readKey' | 'readWriteKey'
const WHO: Who[] = ['anonymous', 'talent', 'presence', 'admin', 'readKey', 'readWriteKey']
const callerOf = (who: Who): Caller =>
  who === 'anonymous' ? {} : who === 'readKey' ? { apiKey: keys.read } : who === 'readWriteKey' ? { apiKey: keys.readWrite } : { token: tokens[who] }

describe('who gets what (table-driven)', () => {
  // Expected status per caller, in WHO order.
  const table: { path: () => string; expect: number[] }[] = [
    { path: () => '/auth/me', expect: [200, 200, 200, 200, 200, 200] },
    { path: () => '/countries', expect: [200, 200, 200, 200, 200, 200] },
    { path: () => '/countries/SN/cities', expect: [200, 200, 200, 200, 200, 200] },
    { path: () => '/categories', expect: [200, 200, 200, 200, 200, 200] },
    { path: () => '/nationalities', expect: [200, 200, 200, 200, 200, 200] },
    { path: () => '/languages', expect: [200, 200, 200, 200, 200, 200] },
    { path: () => '/skills', expect: [200, 200, 200, 200, 200, 200] },
    { path: () => `/talents?q=Contrat${suffix}`, expect: [200, 200, 200, 200, 200, 200] },
    { path: () => `/talents/${publicTalent.code}`, expect: [200, 200, 200, 200, 200, 200] },
    { path: () => `/talents/${privateTalent.code}`, expect: [404, 404, 200, 200, 200, 200] },
    { path: () => `/cinema-talents?q=Plateau${suffix}&language=wo:3`, expect: [401, 403, 200, 200, 200, 200] },
    { path: () => `/cinema-talents/${cinemaTalent.code}`, expect: [404, 404, 200, 200, 200, 200] },
    { path: () => '/users', expect: [401, 403, 403, 200, 200, 200] },
    { path: () => `/users/${talentUser.id}`, expect: [401, 403, 403, 200, 200, 200] },
    { path: () => '/productions', expect: [401, 403, 200, 200, 200, 200] },
    { path: () => '/projects', expect: [401, 403, 200, 200, 200, 200] },
    { path: () => `/projects/${project.code}`, expect: [401, 403, 200, 200, 200, 200] },
    { path: () => `/assignments?project=${project.id}`, expect: [401, 403, 200, 200, 200, 200] },
    { path: () => '/statistics/talents?by=country', expect: [401, 403, 200, 200, 200, 200] },
    { path: () => '/statistics/talents?by=ageBand&profile=cinema-talents', expect: [401, 403, 200, 200, 200, 200] },
    { path: () => '/statistics/projects', expect: [401, 403, 200, 200, 200, 200] },
    { path: () => '/statistics/attendance', expect: [401, 403, 200, 200, 200, 200] },
    { path: () => '/api-keys', expect: [401, 403, 403, 200, 200, 200] },
    { path: () => `/exports/talents/csv?q=Contrat${suffix}`, expect: [401, 403, 403, 200, 200, 200] },
    { path: () => `/exports/cinema-talents/xlsx?q=Plateau${suffix}`, expect: [401, 403, 403, 200, 200, 200] },
  ]

  it.each(table.map((row) => [row.path.toString().replace(/^\(\) => /, ''), row] as const))('%s', async (_, row) => {
    const statuses: number[] = []
    for (const who of WHO) statuses.push((await call('GET', row.path(), callerOf(who))).status)
    expect(statuses).toEqual(row.expect)
  })

  it('a forged key is refused on every route, with the documented error body', async () => {
    const forged = keys.read.slice(0, -4) + 'AAAA'
    for (const row of table) expect((await call('GET', row.path(), { apiKey: forged })).status).toBe(401)
    expect((await call('POST', `/api-keys/${keys.readId}/revoke`, { apiKey: keys.read })).status).toBe(403)
  })

  it('private fields reach only the owner and staff', async () => {
    const asVisitor = await call('GET', `/talents/${publicTalent.code}`)
    expect(asVisitor.body.code).toBe(publicTalent.code)
    expect(asVisitor.body).not.toHaveProperty('phone')
    expect(asVisitor.body).not.toHaveProperty('dateOfBirth')
    const asOwner = await call('GET', `/talents/${publicTalent.code}`, { token: tokens.talent })
    expect(asOwner.body.phone).toBe('+221770000001')
    const asStaff = await call('GET', `/talents/${privateTalent.code}`, { token: tokens.presence })
    expect(asStaff.body.phone).toBe('+221770000002')
    const list = await call('GET', `/talents?q=Contrat${suffix}`)
    expect(list.body.docs.map((t: { code: string }) => t.code)).toEqual([publicTalent.code])
    expect(list.body.docs[0]).not.toHaveProperty('phone')
    const privateInList = await call('GET', `/talents?q=Prive${suffix}`, { token: tokens.admin })
    expect(privateInList.body.totalDocs).toBe(0)
  })

  it('cinema search uses the staff filters; presence staff see only their projects', async () => {
    const found = await call('GET', `/cinema-talents?q=Plateau${suffix}&language=wo:3&limit=5`, { token: tokens.presence })
    expect(found.body.docs.map((t: { code: string }) => t.code)).toEqual([cinemaTalent.code])
    expect(found.body.limit).toBe(5)
    const bad = await call('GET', '/cinema-talents?ageMin=40&ageMax=20&lang=en', { token: tokens.presence })
    expect(bad.status).toBe(400)
    expect(bad.body.error.details[0].path).toBe('ageMin')
    const mine = await call('GET', '/projects?limit=100', { token: tokens.presence })
    expect(mine.body.docs.map((p: { id: number }) => p.id)).toEqual([project.id])
    const notMine = await call('GET', '/projects?limit=100', { token: tokens.otherPresence })
    expect(notMine.body.docs.map((p: { id: number }) => p.id)).not.toContain(project.id)
    expect((await call('GET', `/projects/${project.code}`, { token: tokens.otherPresence })).status).toBe(404)
  })

  it('statistics are SQL counts', async () => {
    const byCountry = await call('GET', '/statistics/talents?by=country', { token: tokens.admin })
    const senegal = byCountry.body.buckets.find((b: { key: string }) => b.key === 'SN')
    expect(senegal.count).toBeGreaterThanOrEqual(2)
    expect(senegal.label).toBe('Sénégal')
    const total = byCountry.body.buckets.reduce((sum: number, b: { count: number }) => sum + b.count, 0)
    expect(total).toBe(byCountry.body.total)
    const gender = await call('GET', '/statistics/talents?by=gender&lang=en', { token: tokens.admin })
    expect(gender.body.buckets.map((b: { label: string }) => b.label)).toEqual(['Woman', 'Man', 'Other / not specified'])
    const ages = await call('GET', '/statistics/talents?by=ageBand&profile=cinema-talents', { token: tokens.admin })
    // Born 2 April 1990: 36 on the day these tests were written, 35–44 until 2034.
    expect(ages.body.buckets.find((b: { key: string }) => b.key === '35-44').count).toBeGreaterThanOrEqual(1)
    expect(ages.body.buckets.reduce((sum: number, b: { count: number }) => sum + b.count, 0)).toBe(ages.body.total)
    const bad = await call('GET', '/statistics/talents?by=height', { token: tokens.admin })
    expect(bad.status).toBe(400)
    const projects = await call('GET', '/statistics/projects', { token: tokens.presence })
    expect(projects.body.total).toBe(1)
    expect(projects.body.buckets.find((b: { key: string }) => b.key === 'shooting').count).toBe(1)
  })

  it('exports stream the filtered rows (files from src/exports)', async () => {
    const csv = await call('GET', `/exports/talents/csv?q=Contrat${suffix}`, { token: tokens.admin })
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect(csv.body.toLowerCase()).toContain(`contrat${suffix}`)
    expect(csv.body).toContain('+221770000001')
    expect(csv.headers.get('x-ratelimit-limit')).toBeTruthy()
    const bad = await call('GET', '/exports/talents/docx', { token: tokens.admin })
    expect(bad.status).toBe(400)
    expect(bad.body.error.details[0].path).toBe('format')
    const badFilter = await call('GET', '/exports/cinema-talents/csv?ageMin=abc', { token: tokens.admin })
    expect(badFilter.status).toBe(400)
  })

  it('paginates, sorts, and refuses limits above 100', async () => {
    const page = await call('GET', '/users?limit=1&page=2&sort=email', { token: tokens.admin })
    expect(page.body).toMatchObject({ page: 2, limit: 1 })
    expect(page.body.docs).toHaveLength(1)
    const tooMany = await call('GET', '/users?limit=101', { token: tokens.admin })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.error.details[0].path).toBe('limit')
  })
})

describe('rate limit', () => {
  it('answers 429 with the error body past the limit', async () => {
    process.env.API_V1_RATE_LIMIT_PER_MINUTE = '3'
    const ip = { headers: { 'x-forwarded-for': `10.9.${Number(suffix) % 250}.7` } }
    const statuses: number[] = []
    let last: Answer | undefined
    for (let i = 0; i < 5; i += 1) {
      last = await call('GET', '/countries', ip)
      statuses.push(last.status)
    }
    delete process.env.API_V1_RATE_LIMIT_PER_MINUTE
    expect(statuses).toEqual([200, 200, 200, 429, 429])
    expect(last!.body.error.code).toBe('rateLimited')
    expect(last!.headers.get('retry-after')).toBe('60')
    expect(last!.headers.get('x-ratelimit-limit')).toBe('3')
  })
})

describe('OpenAPI document', () => {
  it('is served, and documents every /api/v1 endpoint', async () => {
    const request = new Request('http://localhost/api/v1/openapi.json')
    const response = await REST_GET(config)(request, { params: Promise.resolve({ slug: ['v1', 'openapi.json'] }) })
    const served = (await response.json()) as { openapi: string; paths: Record<string, unknown> }
    expect(served.openapi).toBe('3.1.0')
    const documented = Object.entries(served.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((method) => `${method} /v1${path.replace(/\{(\w+)\}/g, ':$1')}`))
    const mounted = apiV1Endpoints.filter((endpoint) => endpoint.path !== '/v1/openapi.json').map((endpoint) => `${endpoint.method} ${endpoint.path}`)
    expect(documented.sort()).toEqual(mounted.sort())
  })

  it('every documented operation was exercised with success and error answers above', () => {
    const missing = apiV1Routes.flatMap((route) =>
      ['ok', 'error'].map((kind) => `${route.method} ${route.path} ${kind}`).filter((key) => !seen.has(key)),
    )
    expect(missing).toEqual([])
  })
})
