import type { PayloadRequest } from 'payload'

import { normalizeCode, parseCinemaCode } from '@/codes/formats'
import { logSecurity } from './index'

/**
 * Sign-in events for the security log. Payload's login opens its transaction only once the
 * password is accepted, so a refused login runs no transaction and its entry is written at
 * once (logSecurity writes outside any caller transaction anyway).
 *
 * One attempt = one entry:
 * - accepted → `auth.login` (info), written in the login's transaction by the afterLogin hook;
 * - wrong credentials → `auth.login_failed` (warning), actor = the account when it exists;
 * - the wrong attempt that locks the account → `auth.locked` (critical) instead;
 * - an attempt on a locked account → `auth.login_failed` (warning, reason `account_locked`);
 * - refused by the per-IP throttle → `auth.throttled` (warning).
 */

type Attempt = { email?: string; username?: string; via?: string }
type AccountRow = { id: number; email: string; lockUntil?: string | null }

export const LOGIN_ATTEMPT_CONTEXT = 'logLoginAttempt'
/** Set on a login's req.context when the login only checks a password (not a sign-in to journal). */
export const LOGIN_VIA_CONTEXT = 'logLoginVia'

/** Kept by the login's beforeOperation hook: what the person typed (not the password). */
export function rememberLoginAttempt(req: PayloadRequest, data: unknown): void {
  const typed = (data ?? {}) as { email?: unknown; username?: unknown }
  const attempt: Attempt = {
    email: typeof typed.email === 'string' ? typed.email.trim().toLowerCase() : undefined,
    username: typeof typed.username === 'string' ? typed.username.trim().toLowerCase() : undefined,
  }
  const previous = req.context[LOGIN_ATTEMPT_CONTEXT] as Attempt | undefined
  req.context[LOGIN_ATTEMPT_CONTEXT] = { ...previous, ...attempt }
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}$/

async function findAccount(req: PayloadRequest, attempt: Attempt): Promise<AccountRow | null> {
  const identifier = attempt.email || attempt.username
  if (!identifier) return null
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { or: [{ email: { equals: identifier } }, { username: { equals: identifier } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    select: { email: true, lockUntil: true },
  })
  if (docs[0]) return docs[0] as unknown as AccountRow
  if (!parseCinemaCode(identifier)) return null
  const { docs: profiles } = await req.payload.find({
    collection: 'cinema-talents',
    where: { code: { equals: normalizeCode(identifier) } },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    select: { user: true },
  })
  const user = profiles[0]?.user
  if (!user || typeof user !== 'object') return null
  return findAccount(req, { email: (user as { email: string }).email })
}

/** What to keep of an identifier that matches no account: an e-mail or a code, never a mistyped password. */
function safeIdentifier(attempt: Attempt): string | undefined {
  const identifier = attempt.email || attempt.username
  if (!identifier) return undefined
  if (EMAIL.test(identifier) || /^[a-z0-9]{4,16}$/i.test(identifier)) return identifier.slice(0, 254)
  return undefined
}

/** Records a refused login (called by the users afterError hook and by Local API callers). */
export async function logFailedLogin(req: PayloadRequest, error: unknown, via = 'form'): Promise<void> {
  try {
    const attempt = req.context?.[LOGIN_ATTEMPT_CONTEXT] as Attempt | undefined
    if (!attempt) return
    const status = (error as { status?: number })?.status
    if (status !== 401 && status !== 403 && status !== 423 && status !== 429) return
    const name = (error as { name?: string })?.name
    const account = await findAccount(req, attempt)
    const actor = account ? { id: account.id, email: account.email } : null
    const target = account ? { collection: 'users', id: account.id, label: account.email } : undefined
    const base = { actor, target, metadata: { via, ...(account ? {} : { identifier: safeIdentifier(attempt), unknownAccount: true }) } }

    if (status === 429) {
      await logSecurity(req, { ...base, action: 'auth.throttled', severity: 'warning', message: 'Connexion refusée : trop d’échecs depuis cette adresse IP.' })
      return
    }
    const lockedUntil = account?.lockUntil ? new Date(account.lockUntil) : null
    const isLocked = Boolean(lockedUntil && lockedUntil.getTime() > Date.now())
    const lockedNow = isLocked && name !== 'LockedAuth' && !/locked|verrouill/i.test(String((error as Error)?.message))
    if (lockedNow) {
      await logSecurity(req, {
        ...base,
        action: 'auth.locked',
        severity: 'critical',
        message: 'Compte verrouillé après trop d’échecs de connexion.',
        metadata: { ...base.metadata, reason: 'invalid_credentials', lockedUntil: lockedUntil!.toISOString() },
      })
      return
    }
    const reason = isLocked ? 'account_locked' : status === 403 ? 'unverified' : account ? 'invalid_credentials' : 'unknown_account'
    await logSecurity(req, {
      ...base,
      action: 'auth.login_failed',
      severity: 'warning',
      message: isLocked ? 'Connexion refusée : compte verrouillé.' : 'Échec de connexion : identifiants incorrects.',
      metadata: { ...base.metadata, reason },
    })
  } catch (logError) {
    req.payload?.logger.error({ err: logError, msg: '[logs] could not record a failed login' })
  }
}
