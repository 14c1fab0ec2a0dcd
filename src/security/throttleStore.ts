import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible'

import { redisKeyPrefix, sharedRedis } from './redis'

/**
 * Counts of events per key (failed logins per IP, requests per API key…) within a time window.
 * In process memory on a single instance; in Redis when REDIS_URL is set, so that every app
 * instance behind the load balancer sees the same counts.
 */
export type ThrottleStore = {
  /** Events recorded for `key` since `since` (ms). */
  failures(key: string, since: number): Promise<number>
  recordFailure(key: string, at: number): Promise<void>
  /** Forgets one key, or every key of this store. */
  reset(key?: string): Promise<void>
}

/** A sliding window of timestamps per key, in this process only. */
export function createMemoryThrottleStore(): ThrottleStore {
  const hits = new Map<string, number[]>()
  return {
    async failures(key, since) {
      const recent = (hits.get(key) ?? []).filter((at) => at > since)
      if (recent.length) hits.set(key, recent)
      else hits.delete(key)
      return recent.length
    },
    async recordFailure(key, at) {
      hits.set(key, [...(hits.get(key) ?? []), at])
    },
    async reset(key) {
      if (key) hits.delete(key)
      else hits.clear()
    },
  }
}

/**
 * A counter per key in Redis (rate-limiter-flexible): the window opens at the key's first event
 * and the key expires `windowMs` later (a fixed window per key, where the memory store slides).
 * If Redis cannot be reached, counts go on in this process's memory (the insurance limiter)
 * rather than refusing every login.
 */
export function createRedisThrottleStore({ name, windowMs }: { name: string; windowMs: number }): ThrottleStore {
  const redis = sharedRedis()
  if (!redis) throw new Error('REDIS_URL est nécessaire pour un compteur partagé.')
  const keyPrefix = `${redisKeyPrefix()}:throttle:${name}`
  const options = { keyPrefix, points: Number.MAX_SAFE_INTEGER, duration: Math.max(1, Math.ceil(windowMs / 1000)) }
  const limiter = new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
  return {
    async failures(key) {
      const result = await limiter.get(key)
      return result?.consumedPoints ?? 0
    },
    async recordFailure(key) {
      await limiter.penalty(key, 1)
    },
    async reset(key) {
      if (key) {
        await limiter.delete(key)
        return
      }
      let cursor = '0'
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${keyPrefix}:*`, 'COUNT', 500)
        if (keys.length) await redis.del(...keys)
        cursor = next
      } while (cursor !== '0')
    },
  }
}

/** The store a throttle should use here: Redis when REDIS_URL is set, memory otherwise. */
export function createThrottleStore(options: { name: string; windowMs: number }): ThrottleStore {
  return sharedRedis() ? createRedisThrottleStore(options) : createMemoryThrottleStore()
}
