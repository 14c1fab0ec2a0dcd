import { redisUrl } from './redis'
import { createThrottleStore, type ThrottleStore } from './throttleStore'

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export type RateLimiter = {
  /** Counts one request from `key` (an IP address, a user id…) and says whether it may go on. */
  hit(key: string, now?: number): Promise<RateLimitResult>
}

// One store per limiter name and per process, shared by every Payload instance the process creates.
const globalStores = globalThis as typeof globalThis & { __rateLimitStores?: Map<string, ThrottleStore> }

/**
 * A limit on public endpoints that cost something (an external API quota, an email sent): at
 * most `max` requests per `windowMs` per key. Counts sit in the same kind of store as the login
 * throttle: memory on one instance, Redis (shared by every instance) when REDIS_URL is set.
 */
export function createRateLimiter({ name, max, windowMs }: { name: string; max: number; windowMs: number }): RateLimiter {
  const storeOf = () => {
    // Chosen at first use, once the environment is loaded; keyed by REDIS_URL for tests that switch.
    const stores = (globalStores.__rateLimitStores ??= new Map())
    const id = `${name}|${windowMs}|${redisUrl() ?? 'memory'}`
    let store = stores.get(id)
    if (!store) {
      store = createThrottleStore({ name: `rate:${name}`, windowMs })
      stores.set(id, store)
    }
    return store
  }
  return {
    async hit(key, now = Date.now()) {
      const store = storeOf()
      const count = await store.failures(key, now - windowMs)
      if (count >= max) return { allowed: false, retryAfterSeconds: Math.ceil(windowMs / 1000) }
      await store.recordFailure(key, now)
      return { allowed: true }
    },
  }
}
