import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'

import { freePort } from '../../src/db/embeddedPostgres'
import { TEST_ADMIN, testEnv } from '../helpers/testEnv'

/**
 * Two more app processes (`next start` on the build), on the same PostgreSQL as the main test
 * server and on the local Redis under a key prefix of their own, as two instances behind a load
 * balancer: a failed-login count, a profile and a reference-data edit made through one are seen
 * by the other. `next dev` cannot run twice in one folder, hence a build is required.
 */
const built = (process.env.E2E_SERVER ?? (existsSync('.next/BUILD_ID') ? 'start' : 'dev')) === 'start'
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'
const prefix = `taalentio-e2e-${process.pid}-${Date.now()}`
const MAX_FAILURES = 3
const CRON_SECRET = `cron-${Date.now()}-0123456789abcdef`

type Instance = { url: string; process: ChildProcess; output: string[] }
const instances: Instance[] = []
let startedIn = 0

async function startInstance(): Promise<Instance> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      ...testEnv,
      // As in production (the main test server inherits vitest's NODE_ENV=test).
      NODE_ENV: 'production',
      DATABASE_URL: inject('databaseUrl'),
      NEXT_PUBLIC_SERVER_URL: url,
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      LOGIN_MAX_FAILURES_PER_IP: String(MAX_FAILURES),
      CRON_SECRET,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const instance = { url, process: child, output: [] as string[] }
  child.stdout?.on('data', (chunk: Buffer) => instance.output.push(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => instance.output.push(chunk.toString()))
  instances.push(instance)
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    const ready = await fetch(`${url}/api/health`).then((response) => response.ok, () => false)
    if (ready) return instance
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`L'instance ${url} ne répond pas :\n${instance.output.join('')}`)
}

async function stop(instance: Instance) {
  const child = instance.process
  if (child.exitCode !== null || !child.pid) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid, 'SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
  if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL')
}

async function call<T>(instance: Instance, path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (typeof init.body === 'string') headers.set('content-type', 'application/json')
  const response = await fetch(`${instance.url}${path}`, { ...init, headers })
  return { status: response.status, body: (await response.json().catch(() => null)) as T }
}

const firstId = async (instance: Instance, path: string, token: string) =>
  (await call<{ docs: { id: number }[] }>(instance, path, { token })).body.docs[0]!.id

describe.skipIf(!built)('two app instances on one database and one Redis', () => {
  let a: Instance
  let b: Instance
  let token: string

  beforeAll(async () => {
    const started = Date.now()
    ;[a, b] = await Promise.all([startInstance(), startInstance()])
    startedIn = Date.now() - started
    console.log(`[multi-instance] deux instances prêtes en ${startedIn} ms`)
    const login = await call<{ token: string }>(a, '/api/users/login', { method: 'POST', body: JSON.stringify(TEST_ADMIN) })
    expect(login.status).toBe(200)
    token = login.body.token
  }, 180_000)

  afterAll(async () => {
    await Promise.all(instances.map(stop))
    const redis = new Redis(REDIS_URL)
    const keys = await redis.keys(`${prefix}:*`)
    if (keys.length) await redis.del(...keys)
    await redis.quit()
  })

  it('a session opened on one instance works on the other, and a profile created on one is served by the other', async () => {
    const me = await call<{ user: { email: string } | null }>(b, '/api/users/me', { token })
    expect(me.body.user?.email).toBe(TEST_ADMIN.email)

    const ci = await firstId(a, '/api/countries?where[iso2][equals]=CI', token)
    const abidjan = await firstId(a, `/api/cities?where[country][equals]=${ci}&where[name][equals]=Abidjan`, token)
    const acteur = await firstId(a, '/api/categories?where[slug][equals]=acteur', token)
    const email = `multi.${Date.now()}@taalentio.test`
    const user = await call<{ doc: { id: number } }>(a, '/api/users', {
      method: 'POST',
      token,
      body: JSON.stringify({ email, password: 'Multi-Pass-2026', roles: ['talent'] }),
    })
    expect(user.status).toBe(201)
    const created = await call<{ doc: { id: number; code: string } }>(a, '/api/talents', {
      method: 'POST',
      token,
      body: JSON.stringify({
        user: user.body.doc.id,
        firstName: 'Adjoa',
        lastName: 'Multinstance',
        gender: 'F',
        dateOfBirth: '1995-05-05T12:00:00.000Z',
        country: ci,
        city: abidjan,
        categories: [acteur],
        isPublic: true,
        publicParts: ['location'],
      }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)

    const read = await call<{ code: string }>(b, `/api/talents/${created.body.doc.id}`, { token })
    expect(read.body.code).toBe(created.body.doc.code)
    const page = await fetch(`${b.url}/talents/${created.body.doc.code}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Multinstance')
  })

  it('an admin edit of the reference data shows at once on the other instance (shared cache invalidation)', async () => {
    const ci = await firstId(a, '/api/countries?where[iso2][equals]=CI', token)
    const nameOn = async (instance: Instance) =>
      (await call<{ docs: { id: number; nameFr: string }[] }>(instance, '/api/reference/countries')).body.docs.find((country) => country.id === ci)?.nameFr
    // Both instances now hold the list in their memory cache.
    const original = await nameOn(b)
    expect(await nameOn(a)).toBe(original)

    const patched = await call(a, `/api/countries/${ci}`, { method: 'PATCH', token, body: JSON.stringify({ nameFr: 'Côte d’Ivoire (test)' }) })
    expect(patched.status).toBe(200)
    try {
      await expect.poll(() => nameOn(b), { timeout: 5_000, interval: 100 }).toBe('Côte d’Ivoire (test)')
    } finally {
      await call(a, `/api/countries/${ci}`, { method: 'PATCH', token, body: JSON.stringify({ nameFr: original }) })
    }
    await expect.poll(() => nameOn(b), { timeout: 5_000, interval: 100 }).toBe(original)
  })

  it('in production: HSTS, a CSP without eval, JSON log lines', async () => {
    for (const path of ['/talents', '/api/health']) {
      const response = await fetch(`${a.url}${path}`)
      await response.arrayBuffer()
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
      expect(response.headers.get('content-security-policy')).not.toContain('unsafe-eval')
    }
    const lines = a.output.join('').split('\n').filter((line) => line.startsWith('{'))
    expect(lines.length).toBeGreaterThan(0)
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>
    expect(entry).toMatchObject({ level: expect.any(String), time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), msg: expect.any(String) })
  })

  it('a scheduler runs the job queue through GET /api/payload-jobs/run with the CRON_SECRET only', async () => {
    const run = (authorization?: string) =>
      fetch(`${b.url}/api/payload-jobs/run`, { headers: authorization ? { Authorization: authorization } : {} }).then((response) => response.status)
    expect(await run()).toBeGreaterThanOrEqual(401)
    expect(await run('Bearer not-the-secret')).toBeGreaterThanOrEqual(401)
    expect(await run(`Bearer ${CRON_SECRET}`)).toBe(200)
  })

  it('failed logins are counted across instances: the address is throttled on both', async () => {
    const attempt = (instance: Instance, body: object) =>
      call<{ errors?: { message: string }[] }>(instance, '/api/users/login', { method: 'POST', body: JSON.stringify(body) })
    const wrong = { email: `nobody.${Date.now()}@taalentio.test`, password: 'Wrong-Pass-0000' }
    // Alternating, as a load balancer would spread them: no instance alone reaches the limit.
    const statuses = []
    for (let i = 0; i < MAX_FAILURES; i += 1) statuses.push((await attempt(i % 2 === 0 ? a : b, wrong)).status)
    expect(statuses).toEqual([401, 401, 401])
    expect((await attempt(b, TEST_ADMIN)).status).toBe(429)
    expect((await attempt(a, TEST_ADMIN)).status).toBe(429)
    const redis = new Redis(REDIS_URL)
    try {
      expect(await redis.keys(`${prefix}:throttle:login-ip:*`)).toHaveLength(1)
    } finally {
      await redis.quit()
    }
  })
})
