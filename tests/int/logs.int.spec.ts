import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { createLocalReq, type Payload, type Where } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { LOGIN_THROTTLE, loginThrottleStore, recordFailedLogin } from '@/auth/loginThrottle'
import { flushLogs, logActivity, logSecurity } from '@/logs'
import { purgeOldLogs } from '@/logs/retention'
import config from '../../payload.config'
import { getTestPayload } from '../helpers/payload'
import { TEST_ADMIN } from '../helpers/testEnv'
import { createUser } from '../helpers/users'

/**
 * The journal: each action leaves exactly one entry, with the right actor, severity, IP and
 * user agent; nobody writes or deletes entries through the API; only admins read them.
 */

let payload: Payload
let adminToken: string

type Journal = 'activity-logs' | 'security-logs'

async function entries(collection: Journal, where: Where) {
  await flushLogs()
  const { docs } = await payload.find({ collection, where, depth: 0, limit: 100, overrideAccess: true, sort: 'createdAt' })
  return docs
}

const byTarget = (id: number | string, action: string): Where => ({
  and: [{ targetCollection: { equals: 'users' } }, { targetId: { equals: String(id) } }, { action: { equals: action } }],
})

async function rest(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, { body, token, ip = '10.9.0.1' }: { body?: unknown; token?: string; ip?: string } = {}) {
  const headers = new Headers({ 'x-forwarded-for': `203.0.113.99, ${ip}`, 'user-agent': 'LogsTest/1.0 (vitest)' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (body !== undefined) headers.set('content-type', 'application/json')
  const request = new Request(`http://localhost/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const handler = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }[method](config)
  const response = await handler(request, { params: Promise.resolve({ slug: path.split('?')[0].split('/').filter(Boolean) }) })
  return { status: response.status, body: (await response.json().catch(() => null)) as any }
}

beforeAll(async () => {
  payload = await getTestPayload()
  adminToken = (await rest('POST', '/users/login', { body: TEST_ADMIN })).body.token
  expect(adminToken).toBeTruthy()
})

beforeEach(async () => {
  await loginThrottleStore.reset()
})

afterAll(async () => {
  await flushLogs()
})

describe('sign-in events (security log)', () => {
  it('a successful REST login leaves exactly one auth.login entry, with actor, IP (right-most hop) and user agent', async () => {
    const user = await createUser(payload, { roles: ['talent'] })
    const { status } = await rest('POST', '/users/login', { body: { email: user.email, password: user.password }, ip: '10.9.1.1' })
    expect(status).toBe(200)
    const logs = await entries('security-logs', byTarget(user.id, 'auth.login'))
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({ severity: 'info', actor: user.id, actorEmail: user.email, ip: '10.9.1.1', userAgent: 'LogsTest/1.0 (vitest)' })
    expect(await entries('activity-logs', byTarget(user.id, 'auth.login'))).toHaveLength(0)
  })

  it('a login through the REST API v1 is logged once too (it runs Payload’s login)', async () => {
    const user = await createUser(payload, { roles: ['talent'], code: 'ZZF0901LOG' })
    const { status } = await rest('POST', '/v1/auth/login', { body: { login: 'ZZF0901LOG', password: user.password } })
    expect(status).toBe(200)
    const logs = await entries('security-logs', byTarget(user.id, 'auth.login'))
    expect(logs).toHaveLength(1)
    expect(logs[0].metadata).toMatchObject({ method: 'code' })
  })

  it('a wrong password leaves one auth.login_failed warning naming the account, and the refusal still happens', async () => {
    const user = await createUser(payload, { roles: ['talent'] })
    const { status } = await rest('POST', '/users/login', { body: { email: user.email, password: 'not-the-password' }, ip: '10.9.2.2' })
    expect(status).toBe(401)
    const logs = await entries('security-logs', byTarget(user.id, 'auth.login_failed'))
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({ severity: 'warning', actor: user.id, ip: '10.9.2.2' })
    expect(logs[0].metadata).toMatchObject({ reason: 'invalid_credentials', via: 'rest' })
    expect(JSON.stringify(logs[0])).not.toContain('not-the-password')
  })

  it('a wrong password through API v1 is logged once', async () => {
    const user = await createUser(payload, { roles: ['talent'] })
    const { status } = await rest('POST', '/v1/auth/login', { body: { login: user.email, password: 'not-the-password' } })
    expect(status).toBe(401)
    const logs = await entries('security-logs', byTarget(user.id, 'auth.login_failed'))
    expect(logs).toHaveLength(1)
    expect(logs[0].metadata).toMatchObject({ via: 'api_v1' })
  })

  it('an unknown account is logged without actor, keeping the typed e-mail', async () => {
    const email = `nobody-${Date.now()}@taalentio.test`
    expect((await rest('POST', '/users/login', { body: { email, password: 'whatever-123' } })).status).toBe(401)
    const logs = await entries('security-logs', { and: [{ action: { equals: 'auth.login_failed' } }, { 'metadata.identifier': { equals: email } }] })
    expect(logs).toHaveLength(1)
    expect(logs[0].actor ?? null).toBeNull()
    expect(logs[0].metadata).toMatchObject({ reason: 'unknown_account', unknownAccount: true })
  })

  it('the failure that locks the account is one critical auth.locked entry; tries on the locked account are failures', async () => {
    const user = await createUser(payload, { roles: ['talent'] })
    const max = payload.collections.users.config.auth.maxLoginAttempts
    for (let attempt = 0; attempt < max; attempt++) {
      expect((await rest('POST', '/users/login', { body: { email: user.email, password: 'wrong-password' } })).status).toBe(401)
    }
    expect(await entries('security-logs', byTarget(user.id, 'auth.login_failed'))).toHaveLength(max - 1)
    const locked = await entries('security-logs', byTarget(user.id, 'auth.locked'))
    expect(locked).toHaveLength(1)
    expect(locked[0]).toMatchObject({ severity: 'critical', actor: user.id })
    // Even the right password is refused now, and logged as a failure on a locked account.
    expect((await rest('POST', '/users/login', { body: { email: user.email, password: user.password } })).status).not.toBe(200)
    const failures = await entries('security-logs', byTarget(user.id, 'auth.login_failed'))
    expect(failures).toHaveLength(max)
    expect(failures.at(-1)?.metadata).toMatchObject({ reason: 'account_locked' })
    expect(await entries('security-logs', byTarget(user.id, 'auth.locked'))).toHaveLength(1)
    expect(await entries('security-logs', byTarget(user.id, 'auth.login'))).toHaveLength(0)
  })

  it('an address refused by the per-IP throttle leaves one auth.throttled entry per attempt', async () => {
    const user = await createUser(payload, { roles: ['talent'] })
    const ip = '10.9.3.3'
    for (let i = 0; i < LOGIN_THROTTLE.maxFailuresPerIp; i++) await recordFailedLogin(ip)
    expect((await rest('POST', '/users/login', { body: { email: user.email, password: user.password }, ip })).status).toBe(429)
    const logs = await entries('security-logs', byTarget(user.id, 'auth.throttled'))
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({ severity: 'warning', ip })
    expect(await entries('security-logs', byTarget(user.id, 'auth.login'))).toHaveLength(0)
    expect(await entries('security-logs', byTarget(user.id, 'auth.login_failed'))).toHaveLength(0)
  })

  it('a password reset through the e-mailed link leaves one auth.password_reset entry', async () => {
    const user = await createUser(payload, { roles: ['talent'] })
    const token = await payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    await payload.resetPassword({ collection: 'users', data: { token, password: 'Tout-Nouveau-2026' }, overrideAccess: true })
    const logs = await entries('security-logs', byTarget(user.id, 'auth.password_reset'))
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({ actor: user.id, severity: 'info' })
    expect(logs[0].metadata).toMatchObject({ method: 'reset_link' })
  })

  it('logout leaves one auth.logout entry', async () => {
    const user = await createUser(payload, { roles: ['talent'] })
    const { body } = await rest('POST', '/users/login', { body: { email: user.email, password: user.password } })
    expect((await rest('POST', '/users/logout', { token: body.token })).status).toBe(200)
    const logs = await entries('security-logs', byTarget(user.id, 'auth.logout'))
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({ actor: user.id, severity: 'info' })
  })
})

describe('account events', () => {
  it('creation (activity), role change (security, by the admin) and deletion each leave one entry', async () => {
    const admin = (await payload.find({ collection: 'users', where: { email: { equals: TEST_ADMIN.email } } })).docs[0]
    const created = await rest('POST', '/users', { token: adminToken, body: { email: `made-${Date.now()}@taalentio.test`, password: 'Secret-Pass-42', roles: ['talent'] } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const creation = await entries('activity-logs', byTarget(id, 'user.created'))
    expect(creation).toHaveLength(1)
    expect(creation[0]).toMatchObject({ actor: admin.id, severity: 'info' })

    expect((await rest('PATCH', `/users/${id}`, { token: adminToken, body: { roles: ['talent', 'presence'] } })).status).toBe(200)
    const change = await entries('security-logs', byTarget(id, 'user.role_changed'))
    expect(change).toHaveLength(1)
    expect(change[0]).toMatchObject({ actor: admin.id, severity: 'warning' })
    expect(change[0].metadata).toMatchObject({ before: ['talent'], after: ['presence', 'talent'], added: ['presence'], removed: [] })

    // An update that does not touch the roles is not a role change.
    await rest('PATCH', `/users/${id}`, { token: adminToken, body: { name: 'Renamed' } })
    expect(await entries('security-logs', byTarget(id, 'user.role_changed'))).toHaveLength(1)

    expect((await rest('DELETE', `/users/${id}`, { token: adminToken })).status).toBe(200)
    const deletion = await entries('activity-logs', byTarget(id, 'user.deleted'))
    expect(deletion).toHaveLength(1)
    expect(deletion[0]).toMatchObject({ actor: admin.id })
  })

  it('granting the admin role is critical', async () => {
    const user = await createUser(payload, { roles: ['talent'] })
    await rest('PATCH', `/users/${user.id}`, { token: adminToken, body: { roles: ['admin'] } })
    const change = await entries('security-logs', byTarget(user.id, 'user.role_changed'))
    expect(change).toHaveLength(1)
    expect(change[0].severity).toBe('critical')
    await payload.update({ collection: 'users', id: user.id, data: { roles: ['talent'] } })
  })
})

describe('the journals themselves', () => {
  it('nobody creates, edits or deletes entries through the API; only admins read them', async () => {
    const talent = await createUser(payload, { roles: ['talent'] })
    const talentToken = (await rest('POST', '/users/login', { body: { email: talent.email, password: talent.password } })).body.token
    for (const collection of ['activity-logs', 'security-logs'] as const) {
      expect((await rest('POST', `/${collection}`, { token: adminToken, body: { action: 'auth.login', severity: 'info' } })).status).toBe(403)
      const [entry] = (await payload.find({ collection, limit: 1, overrideAccess: true })).docs
      expect(entry).toBeDefined()
      expect((await rest('PATCH', `/${collection}/${entry.id}`, { token: adminToken, body: { message: 'forged' } })).status).toBe(403)
      expect((await rest('DELETE', `/${collection}/${entry.id}`, { token: adminToken })).status).toBe(403)
      expect((await rest('GET', `/${collection}`, { token: adminToken })).status).toBe(200)
      expect((await rest('GET', `/${collection}`, { token: talentToken })).status).toBe(403)
      expect((await rest('GET', `/${collection}`)).status).toBe(403)
    }
  })

  it('an unknown action is kept as "other" with its name; secrets in metadata are masked', async () => {
    const req = await createLocalReq({}, payload)
    const marker = `marker-${Date.now()}`
    await logActivity(req, { action: 'something.new', actor: null, message: marker, metadata: { password: 'hunter2', apiKey: 'sk-123', count: 3, nested: { token: 'abc' } } })
    const [entry] = await entries('activity-logs', { message: { equals: marker } })
    expect(entry.action).toBe('other')
    expect(entry.metadata).toEqual({ action: 'something.new', password: '[masqué]', apiKey: '[masqué]', count: 3, nested: { token: '[masqué]' } })
  })

  it('a security entry survives the rollback of the caller’s transaction; an activity entry does not', async () => {
    const req = await createLocalReq({}, payload)
    const marker = `rollback-${Date.now()}`
    await payload.db.beginTransaction().then((id) => (req.transactionID = id!))
    await logActivity(req, { action: 'data.cleaned', actor: null, message: `${marker}-activity` })
    await logSecurity(req, { action: 'backup.restore_refused', severity: 'critical', actor: null, message: `${marker}-security` })
    await payload.db.rollbackTransaction(req.transactionID!)
    delete req.transactionID
    expect(await entries('activity-logs', { message: { equals: `${marker}-activity` } })).toHaveLength(0)
    expect(await entries('security-logs', { message: { equals: `${marker}-security` } })).toHaveLength(1)
  })

  it('the retention purge deletes entries older than each journal’s period, and logs itself', async () => {
    const req = await createLocalReq({}, payload)
    const marker = `old-${Date.now()}`
    const day = 24 * 60 * 60 * 1000
    // Entries dated 400 days ago: past the activity retention (365), within the security one (730).
    for (const collection of ['activity-logs', 'security-logs'] as const) {
      const write = collection === 'activity-logs' ? logActivity : logSecurity
      await write(req, { action: 'export.created', actor: null, message: marker })
      await write(req, { action: 'export.created', actor: null, message: `${marker}-recent` })
      const [entry] = await entries(collection, { message: { equals: marker } })
      await payload.db.updateOne({ collection, id: entry.id, data: { createdAt: new Date(Date.now() - 400 * day).toISOString() } })
    }
    const result = await purgeOldLogs(req)
    expect(result['activity-logs']).toMatchObject({ days: 365, deleted: 1 })
    expect(result['security-logs']).toMatchObject({ days: 730, deleted: 0 })
    expect(await entries('activity-logs', { message: { equals: marker } })).toHaveLength(0)
    expect(await entries('activity-logs', { message: { equals: `${marker}-recent` } })).toHaveLength(1)
    expect(await entries('security-logs', { message: { equals: marker } })).toHaveLength(1)
    const purge = await entries('activity-logs', { action: { equals: 'logs.purged' } })
    expect(purge.at(-1)?.metadata).toMatchObject({ 'activity-logs': { deleted: 1 } })
  })
})
