import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isIpThrottled, LOGIN_THROTTLE, loginThrottleStore, recordFailedLogin } from '@/auth/loginThrottle'
import { clearReferenceCache, memoizeReference, referenceCacheSize } from '@/reference-data/referenceCache'
import { createRateLimiter } from '@/security/rateLimit'
import { closeSharedRedis } from '@/security/redis'
import { createMemoryThrottleStore, createRedisThrottleStore } from '@/security/throttleStore'

// Counters shared by every app instance through the local Redis (127.0.0.1:6379), under a key
// prefix of its own for this run, removed at the end.
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'
const prefix = `taalentio-test-${process.pid}-${Date.now()}`
let redis: Redis

beforeAll(async () => {
  process.env.REDIS_URL = REDIS_URL
  process.env.REDIS_KEY_PREFIX = prefix
  redis = new Redis(REDIS_URL)
  await redis.ping()
})

afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`)
  if (keys.length) await redis.del(...keys)
  await redis.quit()
  await closeSharedRedis()
  delete process.env.REDIS_URL
  delete process.env.REDIS_KEY_PREFIX
})

const waitFor = async (check: () => boolean, timeoutMs = 5_000) => {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('throttle stores', () => {
  it('two instances see the same counts in Redis, where memory stores would not', async () => {
    const a = createRedisThrottleStore({ name: 'shared', windowMs: 60_000 })
    const b = createRedisThrottleStore({ name: 'shared', windowMs: 60_000 })
    const now = Date.now()
    await a.recordFailure('203.0.113.9', now)
    await b.recordFailure('203.0.113.9', now)
    await a.recordFailure('203.0.113.9', now)
    expect(await b.failures('203.0.113.9', now - 60_000)).toBe(3)
    expect(await a.failures('198.51.100.1', now - 60_000)).toBe(0)

    // The key lives in Redis under this run's prefix and expires with the window.
    const ttl = await redis.pttl(`${prefix}:throttle:shared:203.0.113.9`)
    expect(ttl).toBeGreaterThan(50_000)
    expect(ttl).toBeLessThanOrEqual(60_000)

    await b.reset('203.0.113.9')
    expect(await a.failures('203.0.113.9', now - 60_000)).toBe(0)

    const memoryA = createMemoryThrottleStore()
    const memoryB = createMemoryThrottleStore()
    await memoryA.recordFailure('203.0.113.9', now)
    expect(await memoryB.failures('203.0.113.9', now - 60_000)).toBe(0)
  })

  it('reset() without a key empties only its own store', async () => {
    const a = createRedisThrottleStore({ name: 'one', windowMs: 60_000 })
    const other = createRedisThrottleStore({ name: 'two', windowMs: 60_000 })
    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) await a.recordFailure(ip, Date.now())
    await other.recordFailure('10.0.0.1', Date.now())
    await a.reset()
    expect(await redis.keys(`${prefix}:throttle:one:*`)).toEqual([])
    expect(await other.failures('10.0.0.1', 0)).toBe(1)
  })
})

describe('login throttle and rate limits with REDIS_URL', () => {
  it('keeps failed logins per IP in Redis', async () => {
    await loginThrottleStore.reset()
    const ip = '192.0.2.44'
    for (let i = 0; i < LOGIN_THROTTLE.maxFailuresPerIp - 1; i += 1) await recordFailedLogin(ip)
    expect(await isIpThrottled(ip)).toBe(false)
    await recordFailedLogin(ip)
    expect(await isIpThrottled(ip)).toBe(true)
    expect(Number(await redis.get(`${prefix}:throttle:login-ip:${ip}`))).toBe(LOGIN_THROTTLE.maxFailuresPerIp)
    await loginThrottleStore.reset()
    expect(await isIpThrottled(ip)).toBe(false)
  })

  it('limits requests per key across limiter objects (as across instances)', async () => {
    const first = createRateLimiter({ name: 'test-api', max: 3, windowMs: 60_000 })
    const second = createRateLimiter({ name: 'test-api', max: 3, windowMs: 60_000 })
    expect(await first.hit('key:abc')).toEqual({ allowed: true })
    expect(await second.hit('key:abc')).toEqual({ allowed: true })
    expect(await first.hit('key:abc')).toEqual({ allowed: true })
    expect(await second.hit('key:abc')).toEqual({ allowed: false, retryAfterSeconds: 60 })
    expect(await second.hit('key:other')).toEqual({ allowed: true })
    expect(await redis.exists(`${prefix}:throttle:rate:test-api:key:abc`)).toBe(1)
  })
})

describe('reference cache across instances', () => {
  it('is cleared when another instance publishes a change, and announces its own', async () => {
    let computed = 0
    const load = () => memoizeReference('countries:fr', async () => ++computed)
    expect(await load()).toBe(1)
    // Wait until the subscription is live (its first "ready" empties the cache once).
    const listener = redis.duplicate()
    const heard: string[] = []
    listener.on('message', (_channel, message) => heard.push(message))
    await listener.subscribe(`${prefix}:reference-cache:clear`)
    await new Promise((resolve) => setTimeout(resolve, 300))
    await load()
    expect(referenceCacheSize()).toBe(1)
    const before = computed

    // Another instance's admin edits a city: it publishes; this instance forgets its entries.
    await redis.publish(`${prefix}:reference-cache:clear`, 'another-instance')
    await waitFor(() => referenceCacheSize() === 0)
    expect(await load()).toBe(before + 1)

    // An edit here tells the others (with this instance's id as the message).
    clearReferenceCache()
    await waitFor(() => heard.length === 2)
    expect(heard[0]).toBe('another-instance')
    expect(heard[1]).toMatch(/^[0-9a-f-]{36}$/)
    // …while this instance does not clear itself twice on its own message.
    await load()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(referenceCacheSize()).toBe(1)
    await listener.quit()
  })
})

describe('when Redis is unreachable', () => {
  it('counts in memory instead of failing the request, within a second a request', async () => {
    await closeSharedRedis()
    const started = Date.now()
    process.env.REDIS_URL = 'redis://127.0.0.1:1'
    try {
      const limiter = createRateLimiter({ name: 'down', max: 2, windowMs: 60_000 })
      expect(await limiter.hit('ip:1')).toEqual({ allowed: true })
      expect(await limiter.hit('ip:1')).toEqual({ allowed: true })
      expect((await limiter.hit('ip:1')).allowed).toBe(false)
      expect(Date.now() - started).toBeLessThan(6 * 1_000)
    } finally {
      await closeSharedRedis()
      process.env.REDIS_URL = REDIS_URL
    }
  })
})
