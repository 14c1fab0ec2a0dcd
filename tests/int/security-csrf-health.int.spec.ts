import { REST_GET } from '@payloadcms/next/routes'
import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TEST_ADMIN } from '../helpers/testEnv'

// CSRF: Payload accepts the session cookie only from its `csrf` origins (serverURL +
// CSRF_TRUSTED_ORIGINS, payload.config.ts). And GET /api/health: 200, or 503 with what is wrong.
const TRUSTED = 'https://talents.example.org'
let payload: Payload
let config: SanitizedConfig

beforeAll(async () => {
  // Before payload.config.ts is first imported in this file's worker.
  process.env.CSRF_TRUSTED_ORIGINS = `${TRUSTED}/, https://www.talents.example.org`
  config = await (await import('../../payload.config')).default
  const { getPayload } = await import('payload')
  payload = await getPayload({ config })
})

afterAll(() => {
  delete process.env.CSRF_TRUSTED_ORIGINS
})

async function get(path: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/${path}`, { headers })
  const response = await REST_GET(config)(request, { params: Promise.resolve({ slug: path.split('/') }) })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('CSRF', () => {
  it('lists the trusted origins, without trailing slash', () => {
    expect(config.csrf).toEqual(expect.arrayContaining([TRUSTED, 'https://www.talents.example.org']))
  })

  it('ignores the session cookie of a request sent from another site', async () => {
    const { token } = await payload.login({ collection: 'users', data: TEST_ADMIN })
    const cookie = `${config.cookiePrefix}-token=${token}`
    const me = async (headers: Record<string, string>) => ((await get('users/me', { cookie, ...headers })).body.user as { email?: string } | null)?.email ?? null

    expect(await me({ origin: TRUSTED })).toBe(TEST_ADMIN.email)
    expect(await me({ 'sec-fetch-site': 'same-origin' })).toBe(TEST_ADMIN.email)
    expect(await me({ origin: 'https://evil.example' })).toBeNull()
    expect(await me({ 'sec-fetch-site': 'cross-site' })).toBeNull()
    // An API client with the token in a header is not concerned.
    expect(((await get('users/me', { authorization: `JWT ${token}`, origin: 'https://evil.example' })).body.user as { email: string }).email).toBe(TEST_ADMIN.email)
  })
})

describe('GET /api/health', () => {
  type Report = { status: string; checks: Record<string, Record<string, unknown>> }

  it('answers 200 when the database, the migrations and the storage are fine', async () => {
    const { status, body } = await get('health')
    const report = body as Report
    expect(status).toBe(200)
    expect(report.checks.database.ok).toBe(true)
    expect(report.checks.migrations).toMatchObject({ ok: true, pending: 0 })
    expect(report.checks.storage).toMatchObject({ ok: true, kind: 'disk' })
    expect(report.checks.jobs).toMatchObject({ ok: true, queued: expect.any(Number) })
    expect(report.checks.redis).toBeUndefined()
  })

  it('answers 503 when a migration of the code is not applied', async () => {
    const [last] = (await payload.find({ collection: 'payload-migrations', sort: '-name', limit: 1, overrideAccess: true })).docs
    await payload.delete({ collection: 'payload-migrations', id: last!.id, overrideAccess: true })
    try {
      const { status, body } = await get('health')
      expect(status).toBe(503)
      expect((body as Report).status).toBe('error')
      expect((body as Report).checks.migrations).toMatchObject({ ok: false, pending: 1 })
    } finally {
      await payload.create({ collection: 'payload-migrations', data: { name: last!.name, batch: last!.batch }, overrideAccess: true })
    }
    expect((await get('health')).status).toBe(200)
  })
})
