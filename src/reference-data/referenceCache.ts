import { randomUUID } from 'node:crypto'

import { redisKeyPrefix, sharedRedis, sharedSubscriber } from '@/security/redis'

/**
 * In-process memo for the public reference endpoints (countries, cities…). An edit clears it
 * at once (see hooks/clearReferenceCache.ts) on this instance and, when REDIS_URL is set, on
 * every other instance through a Redis pub/sub message. Entries also expire, which bounds
 * staleness if a message is ever missed; a subscriber that reconnects clears its cache too.
 */
const TIME_TO_LIVE_MS = 10 * 60_000

const entries = new Map<string, { value: Promise<unknown>; expiresAt: number }>()

// This instance's id, so it ignores its own invalidation messages.
const instanceId = randomUUID()
const channel = () => `${redisKeyPrefix()}:reference-cache:clear`

/** Listens (once per process) for other instances' invalidations. */
function subscribeToInvalidations(): void {
  sharedSubscriber(channel(), (subscriber) => {
    // (Re)connected: messages sent while disconnected are lost, so start from an empty cache.
    subscriber.on('ready', () => entries.clear())
    subscriber.on('message', (_channel, sender) => {
      if (sender !== instanceId) entries.clear()
    })
  })
}

export function memoizeReference<T>(key: string, compute: () => Promise<T>): Promise<T> {
  subscribeToInvalidations()
  const now = Date.now()
  const cached = entries.get(key)
  if (cached && cached.expiresAt > now) return cached.value as Promise<T>

  // The promise itself is cached so concurrent first requests share one query.
  const value = compute()
  entries.set(key, { value, expiresAt: now + TIME_TO_LIVE_MS })
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key)
  })
  return value
}

/** Clears the cache here and asks every other instance to clear theirs. */
export function clearReferenceCache(): void {
  entries.clear()
  const redis = sharedRedis()
  if (redis) redis.publish(channel(), instanceId).catch((error: Error) => console.error(`[reference-cache] ${error.message}`))
}

/** Number of cached entries in this process (maintenance page, tests). */
export function referenceCacheSize(): number {
  return entries.size
}
