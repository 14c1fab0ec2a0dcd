/**
 * Per-IP throttling of failed logins (Payload locks accounts itself, but not addresses).
 * The counts live in a ThrottleStore: process memory on one instance, Redis when REDIS_URL
 * is set, so every instance behind a load balancer refuses the same address.
 */
import { createMemoryThrottleStore, createThrottleStore, type ThrottleStore } from '@/security/throttleStore'
import { redisUrl } from '@/security/redis'

export { createMemoryThrottleStore, type ThrottleStore }

export const LOGIN_THROTTLE = {
  maxFailuresPerIp: Number(process.env.LOGIN_MAX_FAILURES_PER_IP ?? 20),
  windowMs: Number(process.env.LOGIN_IP_WINDOW_MINUTES ?? 15) * 60_000,
}

// One store per process (and per REDIS_URL), shared by every Payload instance the process
// creates (tests make several); chosen at first use, once the environment is loaded.
const globalForThrottle = globalThis as typeof globalThis & { __loginThrottleStore?: { url: string | null; store: ThrottleStore } }

function currentStore(): ThrottleStore {
  const url = redisUrl()
  const current = globalForThrottle.__loginThrottleStore
  if (current && current.url === url) return current.store
  const store = createThrottleStore({ name: 'login-ip', windowMs: LOGIN_THROTTLE.windowMs })
  globalForThrottle.__loginThrottleStore = { url, store }
  return store
}

export const loginThrottleStore: ThrottleStore = {
  failures: (key, since) => currentStore().failures(key, since),
  recordFailure: (key, at) => currentStore().recordFailure(key, at),
  reset: (key) => currentStore().reset(key),
}

export async function isIpThrottled(ip: string, now = Date.now()): Promise<boolean> {
  const count = await loginThrottleStore.failures(ip, now - LOGIN_THROTTLE.windowMs)
  return count >= LOGIN_THROTTLE.maxFailuresPerIp
}

export async function recordFailedLogin(ip: string, now = Date.now()): Promise<void> {
  await loginThrottleStore.recordFailure(ip, now)
}
