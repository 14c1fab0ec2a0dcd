import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * API keys look like `tk_<prefix>_<secret>`: the prefix (12 hex characters) finds the row,
 * the SHA-256 of the whole key proves it. Only the hash is stored; the key is shown once.
 */
export const API_KEY_PATTERN = /^tk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomBytes(6).toString('hex')
  const key = `tk_${prefix}_${randomBytes(32).toString('base64url')}`
  return { key, prefix, hash: hashApiKey(key) }
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex')
}

export function apiKeyPrefix(key: string): string | null {
  return API_KEY_PATTERN.exec(key)?.[1] ?? null
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex')
  const right = Buffer.from(b, 'hex')
  return left.length === right.length && timingSafeEqual(left, right)
}
