import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'

/** A signing link's secret: 32 random bytes, base64url (43 characters), shown once in the email. */
export function newSigningToken(): string {
  return randomBytes(32).toString('base64url')
}

/** What is stored of a token: its SHA-256, hex. A database leak gives no usable link. */
export function hashSigningToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** Tokens have one exact shape; anything else is refused before touching the database. */
export function isSigningTokenShape(token: unknown): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token)
}

/** A one-time code of 6 digits, uniformly drawn (leading zeros kept). */
export function newOneTimeCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0')
}

/**
 * A one-time code's stored form: keyed with the server secret and bound to its link, because a
 * plain SHA-256 of 6 digits is reversed by trying the million possibilities.
 */
export function hashOneTimeCode(secret: string, linkId: number | string, code: string): string {
  return createHmac('sha256', secret).update(`contract-otp:${linkId}:${code}`).digest('hex')
}

export function sameHash(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/** The address a signing page shows: enough to recognise it, not to harvest it (a•••@example.org). */
export function maskEmail(email: string): string {
  const [local, domain] = email.split('@')
  if (!domain) return '•••'
  return `${local.slice(0, 1)}•••@${domain}`
}
