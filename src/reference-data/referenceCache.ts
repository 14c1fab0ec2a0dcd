/**
 * In-process memo for the public reference endpoints. Entries expire so that an
 * edit made through another server process shows up within minutes; edits made
 * here clear the cache at once (see hooks/clearReferenceCache.ts).
 */
const TIME_TO_LIVE_MS = 10 * 60_000

const entries = new Map<string, { value: Promise<unknown>; expiresAt: number }>()

export function memoizeReference<T>(key: string, compute: () => Promise<T>): Promise<T> {
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

export function clearReferenceCache(): void {
  entries.clear()
}
