import { hasRole } from '@/access/roles'

type SignedInUser = { roles?: readonly (string | null)[] | null } | null | undefined

/**
 * A `?next=` value we may redirect to: a path on this site only. Rejects absolute
 * URLs, protocol-relative `//host` and `/\host` (which browsers treat as `//host`),
 * so the login page cannot be used as an open redirect.
 */
export function safeNextPath(next: unknown): string | null {
  if (typeof next !== 'string' || !next.startsWith('/')) return null
  if (next.startsWith('//') || next.startsWith('/\\')) return null
  if (/[\u0000-\u001f]/.test(next)) return null
  return next
}

/** Each role's home after signing in; the strongest role wins. */
export function homeForRoles(user: SignedInUser): string {
  if (hasRole(user, 'admin', 'seo')) return '/admin'
  if (hasRole(user, 'presence')) return '/presence'
  if (hasRole(user, 'talent')) return '/mon-espace'
  return '/'
}

/** Where the login form sends a person: the requested same-site page, else their role's home. */
export function destinationAfterLogin(user: SignedInUser, next?: unknown): string {
  return safeNextPath(next) ?? homeForRoles(user)
}
