import { REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { createLocalReq, type Endpoint, type Payload, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runCvAnalysis } from '@/ai/analyzeCv'
import { flushLogs } from '@/logs'
import { PURGE_LOGS_TASK } from '@/jobs/purgeLogs'
import { changeOwnPassword } from '@/talentSpace/changeOwnPassword'
import { registrationSchema } from '@/talents/registrationSchema'
import { filmLookupEndpoints } from '../../endpoints/filmLookupEndpoints'
import config from '../../payload.config'
import { jpegPhoto, pdfCv } from '../helpers/files'
import { getTestPayload } from '../helpers/payload'
import { TEST_ADMIN } from '../helpers/testEnv'
import { createUser } from '../helpers/users'

/**
 * The features that call the logging service: each action leaves exactly one entry in the
 * right journal, with the right actor and severity.
 */

let payload: Payload
let adminToken: string
let admin: { id: number; email: string }

type Journal = 'activity-logs' | 'security-logs'

async function entries(collection: Journal, where: Where) {
  await flushLogs()
  const { docs } = await payload.find({ collection, where, depth: 0, limit: 100, overrideAccess: true, sort: 'createdAt' })
  return docs
}

const about = (collection: string, id: number | string, action: string): Where => ({
  and: [{ targetCollection: { equals: collection } }, { targetId: { equals: String(id) } }, { action: { equals: action } }],
})

const headers = (extra: Record<string, string> = {}) => new Headers({ 'x-forwarded-for': '10.8.0.7', 'user-agent': 'LogsWiring/1.0', ...extra })

async function rest(method: 'GET' | 'POST' | 'PATCH', path: string, { body, token }: { body?: unknown; token?: string } = {}) {
  const h = headers(token ? { Authorization: `JWT ${token}` } : {})
  if (body !== undefined) h.set('content-type', 'application/json')
  const request = new Request(`http://localhost/api${path}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) })
  const handler = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH }[method](config)
  const response = await handler(request, { params: Promise.resolve({ slug: path.split('?')[0].split('/').filter(Boolean) }) })
  const type = response.headers.get('content-type') ?? ''
  return { status: response.status, body: (type.includes('json') ? await response.json() : await response.text()) as any }
}

beforeAll(async () => {
  payload = await getTestPayload()
  adminToken = (await rest('POST', '/users/login', { body: TEST_ADMIN })).body.token
  admin = (await payload.find({ collection: 'users', where: { email: { equals: TEST_ADMIN.email } } })).docs[0] as never
})

afterAll(async () => {
  await flushLogs()
})

describe('registration, profile and CV', () => {
  it('a talent registration with a CV leaves one talent.registered, one user.created and one cv.uploaded entry', async () => {
    const { docs: [country] } = await payload.find({ collection: 'countries', where: { iso2: { equals: 'CI' } } })
    const { docs: [city] } = await payload.find({ collection: 'cities', where: { country: { equals: country.id } }, limit: 1 })
    const { docs: [category] } = await payload.find({ collection: 'categories', limit: 1 })
    const { docs: [language] } = await payload.find({ collection: 'languages', limit: 1 })
    const email = `logs.registration.${Date.now()}@taalentio.test`
    const data = registrationSchema('fr').full.parse({
      firstName: 'Awa', lastName: 'Traoré', gender: 'F', dateOfBirth: '1995-02-03', email, phone: '+225 07 08 09 10 11',
      country: country.id, city: city.id, categories: [category.id], languages: [{ language: language.id, level: 'native' }], isPublic: false, consent: true,
    })
    const form = new FormData()
    form.set('data', JSON.stringify(data))
    form.set('photo', new Blob([new Uint8Array(await jpegPhoto())]), 'photo.jpg')
    form.set('cv', new Blob([new Uint8Array(pdfCv('Awa Traoré, comédienne'))]), 'cv.pdf')
    const response = await REST_POST(config)(new Request('http://localhost/api/registrations/talent', { method: 'POST', body: form, headers: headers() }), {
      params: Promise.resolve({ slug: ['registrations', 'talent'] }),
    })
    expect(response.status).toBe(201)
    const user = (await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]
    const talent = (await payload.find({ collection: 'talents', where: { user: { equals: user.id } }, depth: 0 })).docs[0]

    const registered = await entries('activity-logs', about('talents', talent.id, 'talent.registered'))
    expect(registered).toHaveLength(1)
    expect(registered[0]).toMatchObject({ actor: user.id, actorEmail: email, severity: 'info', ip: '10.8.0.7', userAgent: 'LogsWiring/1.0', targetLabel: talent.code })
    expect(await entries('activity-logs', about('users', user.id, 'user.created'))).toHaveLength(1)
    const cvs = await entries('activity-logs', about('cvs', talent.cv as number, 'cv.uploaded'))
    expect(cvs).toHaveLength(1)
    expect(cvs[0]).toMatchObject({ actor: user.id })
    // Creating the profile is the registration, not a profile update.
    expect(await entries('activity-logs', about('talents', talent.id, 'profile.updated'))).toHaveLength(0)
  })

  it('a cinema registration leaves one cinema_talent.registered entry for the new account', async () => {
    const { docs: [country] } = await payload.find({ collection: 'countries', where: { iso2: { equals: 'SN' } } })
    const { docs: [city] } = await payload.find({ collection: 'cities', where: { country: { equals: country.id } }, sort: '-population', limit: 1 })
    const { docs: [category] } = await payload.find({ collection: 'categories', limit: 1 })
    const { docs: [french] } = await payload.find({ collection: 'languages', where: { code: { equals: 'fr' } } })
    const email = `logs.cinema.${Date.now()}@taalentio.test`
    const input = {
      firstName: 'Fatou', lastName: 'Sow', gender: 'F', dateOfBirth: '1994-09-03', email, phone: '+221 77 123 45 67', country: country.id, city: city.id,
      heightUnit: 'cm', heightCm: 170, weightUnit: 'kg', weightKg: 60, build: 'athletic', languages: [{ language: french.id, level: 'native' }],
      categories: [category.id], roleTypes: ['lead'], playingAgeMin: 25, playingAgeMax: 35, availability: 'available',
      isPublic: false, publicParts: [], consent: true, preferredLanguage: 'fr',
    }
    const form = new FormData()
    form.set('data', JSON.stringify(input))
    form.set('photo', new Blob([new Uint8Array(await jpegPhoto())]), 'portrait.jpg')
    const response = await REST_POST(config)(new Request('http://localhost/api/cinema/register', { method: 'POST', body: form, headers: headers() }), {
      params: Promise.resolve({ slug: ['cinema', 'register'] }),
    })
    const body = await response.json()
    expect(response.status, JSON.stringify(body)).toBe(201)
    const user = (await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]
    const profile = (await payload.find({ collection: 'cinema-talents', where: { code: { equals: body.code } }, depth: 0 })).docs[0]
    const logs = await entries('activity-logs', about('cinema-talents', profile.id, 'cinema_talent.registered'))
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({ actor: user.id, actorEmail: email, ip: '10.8.0.7', targetLabel: body.code })
    expect(logs[0].metadata).toMatchObject({ newAccount: true })
  })

  it('a talent editing their own profile leaves one profile.updated entry naming the fields (not the values)', async () => {
    const user = await createUser(payload, { roles: ['talent'] })
    const { docs: [country] } = await payload.find({ collection: 'countries', where: { iso2: { equals: 'SN' } } })
    const { docs: [city] } = await payload.find({ collection: 'cities', where: { country: { equals: country.id } }, limit: 1 })
    const { docs: [category] } = await payload.find({ collection: 'categories', limit: 1 })
    const talent = await payload.create({
      collection: 'talents',
      data: { user: user.id, firstName: 'Moussa', lastName: 'Diallo', gender: 'M', dateOfBirth: '1990-01-01', phone: '+221 77 000 00 00', country: country.id, city: city.id, categories: [category.id], consentAt: new Date().toISOString() } as never,
    })
    expect(await entries('activity-logs', about('talents', talent.id, 'profile.updated'))).toHaveLength(0)
    const asOwner = { ...(await payload.findByID({ collection: 'users', id: user.id })), collection: 'users' as const }
    await payload.update({ collection: 'talents', id: talent.id, data: { phone: '+221 77 111 11 11', stageName: 'Mouss' }, overrideAccess: false, user: asOwner })
    const logs = await entries('activity-logs', about('talents', talent.id, 'profile.updated'))
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({ actor: user.id, severity: 'info' })
    expect(logs[0].metadata).toMatchObject({ by: 'owner' })
    expect((logs[0].metadata as { fields: string[] }).fields).toEqual(expect.arrayContaining(['phone', 'stageName']))
    expect(JSON.stringify(logs[0])).not.toContain('111 11 11')
    // A system update (no person) is not journaled.
    await payload.update({ collection: 'talents', id: talent.id, data: { stageName: 'M.' } })
    expect(await entries('activity-logs', about('talents', talent.id, 'profile.updated'))).toHaveLength(1)
  })

  it('a CV analysis failure leaves one cv.analysis_failed warning (system actor)', async () => {
    const owner = await createUser(payload, { roles: ['talent'] })
    const cv = await payload.create({ collection: 'cvs', data: { owner: owner.id }, file: { data: pdfCv('x'), mimetype: 'application/pdf', name: 'lost.pdf', size: pdfCv('x').length }, context: { skipCvAnalysis: true } })
    await payload.db.updateOne({ collection: 'cvs', id: cv.id, data: { filename: `gone-${Date.now()}.pdf` } })
    const run = await runCvAnalysis(payload, cv.id)
    expect(run).toMatchObject({ status: 'failed', errorCode: 'missingFile' })
    const logs = await entries('activity-logs', about('cvs', cv.id, 'cv.analysis_failed'))
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({ severity: 'warning' })
    expect(logs[0].actor ?? null).toBeNull()
    expect(logs[0].metadata).toMatchObject({ errorCode: 'missingFile', owner: owner.id })
  })
})

describe('exports, API keys, film look-up', () => {
  it('an export leaves one export.created entry with format, filters and row count', async () => {
    const marker = `exp-${Date.now()}`
    const { status } = await rest('GET', `/talents/export.csv?q=${marker}`, { token: adminToken })
    expect(status).toBe(200)
    // The entry is written once the last row has gone out, which may be just after the reader got it.
    const exported: Where = { and: [{ action: { equals: 'export.created' } }, { 'metadata.filters.q': { equals: marker } }] }
    await expect.poll(async () => (await entries('activity-logs', exported)).length, { timeout: 10_000 }).toBe(1)
    const logs = await entries('activity-logs', exported)
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({ actor: admin.id, ip: '10.8.0.7' })
    expect(logs[0].metadata).toMatchObject({ kind: 'talents', format: 'csv', rows: 0 })
  })

  it('creating and revoking an API key leave one security entry each, never the key', async () => {
    const created = await rest('POST', '/api-keys', { token: adminToken, body: { name: `logs-key-${Date.now()}`, scope: 'read' } })
    expect(created.status).toBe(201)
    const { id, key, prefix } = created.body.doc
    const made = await entries('security-logs', about('api-keys', id, 'api_key.created'))
    expect(made).toHaveLength(1)
    expect(made[0]).toMatchObject({ actor: admin.id, severity: 'warning' })
    expect(made[0].metadata).toMatchObject({ scope: 'read', prefix })
    expect(JSON.stringify(made[0])).not.toContain(key)

    expect((await rest('PATCH', `/api-keys/${id}`, { token: adminToken, body: { revokedAt: new Date().toISOString() } })).status).toBe(200)
    expect(await entries('security-logs', about('api-keys', id, 'api_key.revoked'))).toHaveLength(1)
    // Editing the name of a revoked key is not another revocation.
    await rest('PATCH', `/api-keys/${id}`, { token: adminToken, body: { name: 'renamed' } })
    expect(await entries('security-logs', about('api-keys', id, 'api_key.revoked'))).toHaveLength(1)
  })

  it('an OMDB failure leaves one film_lookup.failed entry, without the key', async () => {
    const previous = { base: process.env.OMDB_BASE_URL, key: process.env.OMDB_API_KEY }
    // Nothing listens there: the look-up fails at once, without leaving the machine.
    process.env.OMDB_BASE_URL = 'http://127.0.0.1:9/'
    process.env.OMDB_API_KEY = 'secret-omdb-key-42'
    try {
      const endpoint = filmLookupEndpoints.find((candidate) => candidate.path === '/cinema/films') as Endpoint
      const marker = `10.8.${Date.now() % 250}.9`
      const req = await createLocalReq({ req: { headers: new Headers({ 'x-forwarded-for': marker }) } }, payload)
      Object.assign(req, { searchParams: new URLSearchParams('q=Atlantique') })
      const response = await endpoint.handler(req)
      expect(response.status).toBeGreaterThanOrEqual(502)
      const logs = await entries('activity-logs', { and: [{ action: { equals: 'film_lookup.failed' } }, { ip: { equals: marker } }] })
      expect(logs).toHaveLength(1)
      expect(logs[0].metadata).toMatchObject({ reason: 'unavailable' })
      expect(JSON.stringify(logs[0])).not.toContain('secret-omdb-key-42')
    } finally {
      process.env.OMDB_BASE_URL = previous.base
      process.env.OMDB_API_KEY = previous.key
      if (previous.base === undefined) delete process.env.OMDB_BASE_URL
      if (previous.key === undefined) delete process.env.OMDB_API_KEY
    }
  })
})

describe('password change, purge job', () => {
  it('changing one’s password: a wrong current password is a failed login, the check is no sign-in, the change is journaled', async () => {
    const user = await createUser(payload, { roles: ['talent'] })
    const me = await payload.findByID({ collection: 'users', id: user.id })
    const wrong = await changeOwnPassword(payload, { user: me, input: { currentPassword: 'not-it-at-all', newPassword: 'Nouveau-Secret-2026', confirmPassword: 'Nouveau-Secret-2026' }, locale: 'fr', headers: headers() })
    expect(wrong.ok).toBe(false)
    const failed = await entries('security-logs', about('users', user.id, 'auth.login_failed'))
    expect(failed).toHaveLength(1)
    expect(failed[0].metadata).toMatchObject({ via: 'password_change', reason: 'invalid_credentials' })

    const right = await changeOwnPassword(payload, { user: me, input: { currentPassword: user.password, newPassword: 'Nouveau-Secret-2026', confirmPassword: 'Nouveau-Secret-2026' }, locale: 'fr', headers: headers() })
    expect(right.ok).toBe(true)
    expect(await entries('security-logs', about('users', user.id, 'auth.login'))).toHaveLength(0)
    const changed = await entries('security-logs', about('users', user.id, 'auth.password_reset'))
    expect(changed).toHaveLength(1)
    expect(changed[0]).toMatchObject({ actor: user.id, ip: '10.8.0.7' })
    expect(changed[0].metadata).toMatchObject({ method: 'changed' })
  })

  it('the purgeLogs task is registered, scheduled daily and runs', async () => {
    const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === PURGE_LOGS_TASK)
    expect(task?.schedule?.[0]?.cron).toBe('0 30 3 * * *')
    const job = await payload.jobs.queue({ task: PURGE_LOGS_TASK, input: {} })
    const result = await payload.jobs.runByID({ id: job.id })
    expect(result.jobStatus?.[String(job.id)]?.status).toBe('success')
  })
})
