import { sql } from '@payloadcms/db-postgres'
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { sendAndRecordEmail } from '@/email/sendAndRecordEmail'
import { flushLogs } from '@/logs'
import { savedIntegrationKey } from '@/settings/integrationKeys'
import type { User } from '../../payload-types'
import config from '../../payload.config'
import { getTestPayload } from '../helpers/payload'
import { TEST_ADMIN } from '../helpers/testEnv'
import { createUser } from '../helpers/users'

/**
 * API keys of the Integrations global (SPEC §9): encrypted at rest, masked for every reader
 * (admins included), environment first, admins only, and "Tester la clé" against local
 * stand-ins speaking SendGrid's, OpenRouter's and OMDB's protocols (no internet).
 */

const KEYS = {
  sendgrid: 'SG.good-sendgrid-key-0123456789-WXYZ',
  openrouter: 'sk-or-v1-good-openrouter-key-0123456789-QRST',
  omdb: 'goodomdbkey-5678',
}

let payload: Payload
let server: Server
let serverUrl: string
const seen: { path: string; authorization?: string; apiKey?: string | null }[] = []

/** One local server answering like the three services: a request with the good key succeeds, any other is refused. */
function standIn(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://stand-in.test')
  const authorization = request.headers.authorization
  seen.push({ path: url.pathname, authorization, apiKey: url.searchParams.get('apikey') })
  const json = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(JSON.stringify(body))
  }
  if (url.pathname === '/sendgrid/v3/scopes' && request.method === 'GET') {
    return authorization === `Bearer ${KEYS.sendgrid}` ? json(200, { scopes: ['mail.send'] }) : json(401, { errors: [{ field: null, message: 'authorization grant is invalid, expired, or revoked' }] })
  }
  if (url.pathname === '/sendgrid/v3/mail/send' && request.method === 'POST') {
    request.resume()
    response.writeHead(202, { 'x-message-id': 'standin-message-1' })
    return response.end()
  }
  if (url.pathname === '/openrouter/api/v1/key' && request.method === 'GET') {
    return authorization === `Bearer ${KEYS.openrouter}` ? json(200, { data: { label: 'sk-or-v1-…QRST', usage: 0, limit: null } }) : json(401, { error: { message: 'No auth credentials found', code: 401 } })
  }
  if (url.pathname === '/omdb/') {
    if (url.searchParams.get('apikey') !== KEYS.omdb) return json(401, { Response: 'False', Error: 'Invalid API key!' })
    if (url.searchParams.get('i') === 'tt0111161') return json(200, { Title: 'The Shawshank Redemption', Year: '1994', imdbID: 'tt0111161', Type: 'movie', Director: 'Frank Darabont', Response: 'True' })
    return json(200, { Response: 'False', Error: 'Incorrect IMDb ID.' })
  }
  json(404, { error: 'not found' })
}

let admin: User
let seo: User & { password: string }
let talent: User & { password: string }
const tokens: Record<'admin' | 'seo' | 'talent', string> = { admin: '', seo: '', talent: '' }

async function tokenOf(user: { email: string; password: string }) {
  return (await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token!
}

type Answer = { status: number; body: any; text: string }

async function rest(method: 'GET' | 'POST', path: string, { token, body, language }: { token?: string; body?: unknown; language?: string } = {}): Promise<Answer> {
  const headers = new Headers({ 'x-forwarded-for': '10.8.0.1' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (language) headers.set('accept-language', language)
  if (body !== undefined) headers.set('content-type', 'application/json')
  const request = new Request(`http://localhost/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const slug = path.split('?')[0].split('/').filter(Boolean)
  const handler = method === 'GET' ? REST_GET(config) : REST_POST(config)
  const response = await handler(request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  let parsed: unknown = null
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = null
  }
  return { status: response.status, body: parsed, text }
}

const rawKeys = async () =>
  (await payload.db.drizzle.execute(sql`SELECT send_grid_api_key, open_router_api_key, omdb_api_key FROM integrations`)).rows[0] as Record<string, string | null>

const ENV_NAMES = ['SENDGRID_API_KEY', 'OPENROUTER_API_KEY', 'OMDB_API_KEY', 'SENDGRID_API_URL', 'OPENROUTER_BASE_URL', 'OMDB_BASE_URL'] as const
const savedEnv: Partial<Record<(typeof ENV_NAMES)[number], string | undefined>> = {}

beforeAll(async () => {
  payload = await getTestPayload()
  for (const name of ENV_NAMES) savedEnv[name] = process.env[name]
  server = createServer(standIn)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  admin = (await payload.find({ collection: 'users', where: { email: { equals: TEST_ADMIN.email } }, limit: 1 })).docs[0]
  seo = await createUser(payload, { roles: ['seo'] })
  talent = await createUser(payload, { roles: ['talent'] })
  tokens.admin = await tokenOf(TEST_ADMIN)
  tokens.seo = await tokenOf(seo)
  tokens.talent = await tokenOf(talent)
})

beforeEach(() => {
  for (const name of ['SENDGRID_API_KEY', 'OPENROUTER_API_KEY', 'OMDB_API_KEY'] as const) delete process.env[name]
  process.env.SENDGRID_API_URL = `${serverUrl}/sendgrid`
  process.env.OPENROUTER_BASE_URL = `${serverUrl}/openrouter/api/v1`
  process.env.OMDB_BASE_URL = `${serverUrl}/omdb/`
})

afterAll(async () => {
  for (const name of ENV_NAMES) {
    if (savedEnv[name] === undefined) delete process.env[name]
    else process.env[name] = savedEnv[name]
  }
  await payload.updateGlobal({ slug: 'integrations', data: { sendGridApiKey: '', openRouterApiKey: '', omdbApiKey: '' } })
  await flushLogs()
  await new Promise((resolve) => server.close(resolve))
})

describe('API keys at rest and on the way out', () => {
  it('stores each key encrypted: the database column never holds the key', async () => {
    await payload.updateGlobal({ slug: 'integrations', data: { sendGridApiKey: KEYS.sendgrid, openRouterApiKey: KEYS.openrouter, omdbApiKey: KEYS.omdb }, overrideAccess: false, user: admin })
    const row = await rawKeys()
    expect(row.send_grid_api_key).toMatch(/^enc:v1:/)
    expect(row.open_router_api_key).toMatch(/^enc:v1:/)
    expect(row.omdb_api_key).toMatch(/^enc:v1:/)
    expect(JSON.stringify(row)).not.toContain('good-sendgrid-key')
    expect(JSON.stringify(row)).not.toContain('goodomdbkey')
    // …and the server still resolves the real keys for its own calls.
    expect(await savedIntegrationKey(payload, 'sendGridApiKey')).toBe(KEYS.sendgrid)
  })

  it('masks the keys for every reader, admins included: REST, Local API, GraphQL-free', async () => {
    const { status, body, text } = await rest('GET', '/globals/integrations', { token: tokens.admin })
    expect(status).toBe(200)
    expect(body.sendGridApiKey).toBe('••••WXYZ')
    expect(body.openRouterApiKey).toBe('••••QRST')
    expect(body.omdbApiKey).toBe('••••5678')
    for (const key of Object.values(KEYS)) expect(text).not.toContain(key)
    expect(text).not.toContain('enc:v1:')

    const local = await payload.findGlobal({ slug: 'integrations' })
    expect(local.sendGridApiKey).toBe('••••WXYZ')
  })

  it('keeps the saved key when the admin form sends the mask back, and replaces it with a new one', async () => {
    const before = (await rawKeys()).send_grid_api_key
    const saved = await rest('POST', '/globals/integrations', { token: tokens.admin, body: { sendGridApiKey: '••••WXYZ', omdbApiKey: '••••5678', openRouterApiKey: '••••QRST', cvAnalysis: { localFallback: true } } })
    expect(saved.status).toBe(200)
    expect(saved.text).not.toContain(KEYS.sendgrid)
    expect((await rawKeys()).send_grid_api_key).toBe(before)
    expect(await savedIntegrationKey(payload, 'sendGridApiKey')).toBe(KEYS.sendgrid)

    const replaced = await rest('POST', '/globals/integrations', { token: tokens.admin, body: { sendGridApiKey: 'SG.replacement-key-000000000-ABCD' } })
    expect(replaced.status).toBe(200)
    expect(replaced.body.result.sendGridApiKey).toBe('••••ABCD')
    expect(await savedIntegrationKey(payload, 'sendGridApiKey')).toBe('SG.replacement-key-000000000-ABCD')
    expect(await savedIntegrationKey(payload, 'omdbApiKey')).toBe(KEYS.omdb)

    await flushLogs()
    const { docs } = await payload.find({ collection: 'security-logs', where: { action: { equals: 'settings.updated' } }, sort: '-createdAt', limit: 1 })
    expect(docs[0]?.metadata).toMatchObject({ fields: ['sendGridApiKey'] })
    expect(JSON.stringify(docs[0])).not.toContain('replacement-key')

    await payload.updateGlobal({ slug: 'integrations', data: { sendGridApiKey: KEYS.sendgrid } })
  })

  it('lets no one but admins read or change the keys', async () => {
    for (const token of [tokens.seo, tokens.talent, undefined]) {
      expect((await rest('GET', '/globals/integrations', { token })).status).toBe(403)
      expect((await rest('POST', '/globals/integrations', { token, body: { omdbApiKey: 'stolen' } })).status).toBe(403)
      expect((await rest('GET', '/settings/keys', { token })).status).toBe(403)
      expect((await rest('POST', '/settings/keys/omdb/test', { token, body: {} })).status).toBe(403)
    }
    expect(await savedIntegrationKey(payload, 'omdbApiKey')).toBe(KEYS.omdb)
  })

  it('says when the environment variable wins, showing only its mask', async () => {
    process.env.SENDGRID_API_KEY = 'SG.from-the-environment-000000-ENVK'
    const { status, body, text } = await rest('GET', '/settings/keys', { token: tokens.admin })
    expect(status).toBe(200)
    expect(body.sendgrid).toEqual({ source: 'environment', masked: '••••ENVK', environmentVariable: 'SENDGRID_API_KEY' })
    expect(body.omdb).toMatchObject({ source: 'settings', masked: '••••5678' })
    expect(text).not.toContain('from-the-environment')
    expect(text).not.toContain(KEYS.omdb)
  })
})

describe('"Tester la clé" against local stand-ins of the services', () => {
  it('reports a good saved key as valid for each service, in French', async () => {
    for (const [service, name] of [['sendgrid', 'SendGrid'], ['openrouter', 'OpenRouter'], ['omdb', 'OMDB']] as const) {
      const { status, body } = await rest('POST', `/settings/keys/${service}/test`, { token: tokens.admin, body: {} })
      expect(status, service).toBe(200)
      expect(body, service).toMatchObject({ ok: true, service, source: 'settings', message: `Clé valide : ${name} l’a acceptée.` })
    }
    expect(seen.some((request) => request.path === '/sendgrid/v3/scopes' && request.authorization === `Bearer ${KEYS.sendgrid}`)).toBe(true)
    expect(seen.some((request) => request.path === '/openrouter/api/v1/key' && request.authorization === `Bearer ${KEYS.openrouter}`)).toBe(true)
    expect(seen.some((request) => request.path === '/omdb/' && request.apiKey === KEYS.omdb)).toBe(true)
    // Testing sends nothing.
    expect(seen.some((request) => request.path.endsWith('/mail/send'))).toBe(false)
  })

  it('reports a bad key, typed before saving, as refused with a clear message (fr and en)', async () => {
    const french = await rest('POST', '/settings/keys/sendgrid/test', { token: tokens.admin, body: { key: 'SG.wrong-key' } })
    expect(french.body).toMatchObject({ ok: false, source: 'typed', reason: 'invalid', status: 401, message: 'Clé refusée par SendGrid : vérifiez-la ou remplacez-la.' })
    const openRouter = await rest('POST', '/settings/keys/openrouter/test', { token: tokens.admin, body: { key: 'sk-or-wrong' } })
    expect(openRouter.body).toMatchObject({ ok: false, reason: 'invalid', message: 'Clé refusée par OpenRouter : vérifiez-la ou remplacez-la.' })
    const english = await rest('POST', '/settings/keys/omdb/test', { token: tokens.admin, body: { key: 'wrong' }, language: 'en' })
    expect(english.body).toMatchObject({ ok: false, reason: 'invalid', message: 'OMDB refused the key: check it or replace it.' })
    // The typed key was only tested, not saved.
    expect(await savedIntegrationKey(payload, 'omdbApiKey')).toBe(KEYS.omdb)
  })

  it('tests the environment key when there is one, and says when the service cannot be reached', async () => {
    process.env.OMDB_API_KEY = 'env-key-refused'
    const environment = await rest('POST', '/settings/keys/omdb/test', { token: tokens.admin, body: {} })
    expect(environment.body).toMatchObject({ ok: false, source: 'environment', reason: 'invalid' })

    process.env.SENDGRID_API_URL = 'http://127.0.0.1:9/'
    const unreachable = await rest('POST', '/settings/keys/sendgrid/test', { token: tokens.admin, body: {} })
    expect(unreachable.body).toMatchObject({ ok: false, reason: 'unreachable' })
    expect(unreachable.body.message).toMatch(/SendGrid est injoignable/)
  })

  it('answers "no key" without calling anyone, and refuses an unknown service', async () => {
    await payload.updateGlobal({ slug: 'integrations', data: { openRouterApiKey: '' } })
    const calls = seen.length
    const missing = await rest('POST', '/settings/keys/openrouter/test', { token: tokens.admin, body: {} })
    expect(missing.body).toMatchObject({ ok: false, reason: 'missing', message: 'Aucune clé à tester : saisissez-en une ou définissez OPENROUTER_API_KEY.' })
    expect(seen.length).toBe(calls)
    expect((await rest('POST', '/settings/keys/stripe/test', { token: tokens.admin, body: {} })).status).toBe(404)
    await payload.updateGlobal({ slug: 'integrations', data: { openRouterApiKey: KEYS.openrouter } })
  })

  it('logs each test as settings.key_tested, without the key', async () => {
    await rest('POST', '/settings/keys/omdb/test', { token: tokens.admin, body: { key: 'logged-but-never-shown' } })
    await flushLogs()
    const { docs } = await payload.find({ collection: 'activity-logs', where: { action: { equals: 'settings.key_tested' } }, sort: '-createdAt', limit: 1 })
    expect(docs[0]).toMatchObject({ actorEmail: TEST_ADMIN.email, metadata: { service: 'omdb', source: 'typed', ok: false, reason: 'invalid' } })
    expect(JSON.stringify(docs[0])).not.toContain('logged-but-never-shown')
  })
})

describe('the email module uses the resolved SendGrid key', () => {
  it('sends through SendGrid with the key saved in the admin when the environment has none', async () => {
    const before = seen.length
    const delivery = await sendAndRecordEmail(
      payload,
      { to: 'someone@taalentio.test', subject: 'Clé enregistrée', html: '<p>Bonjour</p>' },
      { SENDGRID_API_URL: `${serverUrl}/sendgrid`, EMAIL_FROM: 'Taalentio <noreply@taalentio.test>' },
    )
    expect(delivery).toMatchObject({ status: 'sent', transport: 'sendgrid' })
    const sent = seen.slice(before).find((request) => request.path === '/sendgrid/v3/mail/send')
    expect(sent?.authorization).toBe(`Bearer ${KEYS.sendgrid}`)
  })
})
