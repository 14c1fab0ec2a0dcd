/**
 * Per-IP throttling of failed logins (Payload locks accounts itself, but not addresses).
 * A sliding window of failure timestamps per address, kept in process memory behind a
 * small store interface so a shared store (Redis) can replace it for several instances.
 */
export type ThrottleStore = {
  failures(key: string, since: number): Promise<number>
  recordFailure(key: string, at: number): Promise<void>
  reset(key?: string): Promise<void>
}

export const LOGIN_THROTTLE = {
  maxFailuresPerIp: Number(process.env.LOGIN_MAX_FAILURES_PER_IP ?? 20),
  windowMs: Number(process.env.LOGIN_IP_WINDOW_MINUTES ?? 15) * 60_000,
}

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

// One store per process, shared by every Payload instance the process creates (tests make several).
const globalForThrottle = globalThis as typeof globalThis & { __loginThrottleStore?: ThrottleStore }
export const loginThrottleStore: ThrottleStore = (globalForThrottle.__loginThrottleStore ??=
  createMemoryThrottleStore())

export async function isIpThrottled(ip: string, now = Date.now()): Promise<boolean> {
  const count = await loginThrottleStore.failures(ip, now - LOGIN_THROTTLE.windowMs)
  return count >= LOGIN_THROTTLE.maxFailuresPerIp
}

export async function recordFailedLogin(ip: string, now = Date.now()): Promise<void> {
  await loginThrottleStore.recordFailure(ip, now)
}
