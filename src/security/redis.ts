import { Redis } from 'ioredis'

/**
 * The Redis connection shared by the throttles, the rate limits and the cache invalidation of
 * every app instance, when REDIS_URL is set (null otherwise: one instance, memory is enough).
 * One connection per process; its keys all start with REDIS_KEY_PREFIX (default `taalentio`).
 */
const globalForRedis = globalThis as typeof globalThis & {
  __taalentioRedis?: { url: string; client: Redis; subscribers: Map<string, Redis> }
}

export function redisUrl(env: Record<string, string | undefined> = process.env): string | null {
  return env.REDIS_URL?.trim() || null
}

export function redisKeyPrefix(env: Record<string, string | undefined> = process.env): string {
  return env.REDIS_KEY_PREFIX?.trim() || 'taalentio'
}

export function redisOptions() {
  return {
    // A command that gets no answer within half a second fails, and the callers fall back to
    // memory: an unreachable Redis slows a login by at most that, it never blocks it.
    commandTimeout: 500,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
    retryStrategy: (times: number) => Math.min(times * 200, 2_000),
  }
}

export function sharedRedis(): Redis | null {
  const url = redisUrl()
  if (!url) return null
  const current = globalForRedis.__taalentioRedis
  if (current?.url === url) return current.client
  const client = new Redis(url, redisOptions())
  // Without a listener, ioredis prints every failed reconnection as an unhandled error.
  client.on('error', (error) => console.error(`[redis] ${error.message}`))
  globalForRedis.__taalentioRedis = { url, client, subscribers: new Map() }
  return client
}

/**
 * A second connection for listening on `channel` (a subscribed connection can send nothing
 * else), opened once per process; `setup` runs when it is created. Null without REDIS_URL.
 */
export function sharedSubscriber(channel: string, setup: (subscriber: Redis) => void): Redis | null {
  const client = sharedRedis()
  const shared = globalForRedis.__taalentioRedis
  if (!client || !shared) return null
  let subscriber = shared.subscribers.get(channel)
  if (!subscriber) {
    subscriber = client.duplicate()
    subscriber.on('error', (error) => console.error(`[redis] ${channel}: ${error.message}`))
    shared.subscribers.set(channel, subscriber)
    setup(subscriber)
    subscriber.subscribe(channel).catch((error: Error) => console.error(`[redis] ${channel}: ${error.message}`))
  }
  return subscriber
}

/** Closes the shared connection (scripts and tests). */
export async function closeSharedRedis(): Promise<void> {
  const current = globalForRedis.__taalentioRedis
  globalForRedis.__taalentioRedis = undefined
  if (!current) return
  for (const client of [...current.subscribers.values(), current.client]) await client.quit().catch(() => client.disconnect())
}
