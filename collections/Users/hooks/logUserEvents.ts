import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
} from 'payload'

import { logActivity, logSecurity } from '@/logs'
import { LOGIN_ATTEMPT_CONTEXT, LOGIN_VIA_CONTEXT, logFailedLogin, rememberLoginAttempt } from '@/logs/authEvents'
import type { User } from '../../../payload-types'

// Journal entries for accounts (src/logs): sign-in, sign-out, failures, creation, role changes,
// password resets, deletion. The REST login (/api/users/login, the site's form and the admin)
// and the Local API login (API v1, registration) both run these hooks, so one login = one entry.

const target = (user: Pick<User, 'id' | 'email'>) => ({ collection: 'users', id: user.id, label: user.email })

/** beforeOperation (first): keeps what was typed, for the failure entry. */
export const rememberLoginForLog: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (operation === 'login') rememberLoginAttempt(req, (args as { data?: unknown }).data)
  return args
}

/** afterError (REST): a refused login. Local API callers call logFailedLogin themselves. */
export const logRefusedLogin: CollectionAfterErrorHook = async ({ error, req }) => {
  if (req.context?.[LOGIN_ATTEMPT_CONTEXT]) await logFailedLogin(req, error, 'rest')
}

export const logLogin: CollectionAfterLoginHook<User> = async ({ req, user }) => {
  // A password check (changing one's password) is not a sign-in.
  if (req.context?.[LOGIN_VIA_CONTEXT] === 'password_change') return user
  const attempt = req.context?.[LOGIN_ATTEMPT_CONTEXT] as { username?: string } | undefined
  await logSecurity(
    req,
    {
      action: 'auth.login',
      actor: { id: user.id, email: user.email },
      target: target(user),
      metadata: { method: attempt?.username ? 'code' : 'email' },
    },
    // The login's own transaction: no entry for a login that did not complete.
    { survivesRollback: false },
  )
  return user
}

export const logLogout: CollectionAfterLogoutHook = async ({ req }) => {
  const user = req.user as User | null
  if (!user) return
  await logSecurity(req, { action: 'auth.logout', target: target(user) }, { survivesRollback: false })
}

/** Password set through the reset link (the forgot-password e-mail). */
export const logPasswordReset: CollectionAfterOperationHook<'users'> = async ({ operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  const user = (result as unknown as { user?: User } | undefined)?.user
  if (user) {
    await logSecurity(req, { action: 'auth.password_reset', actor: { id: user.id, email: user.email }, target: target(user), metadata: { method: 'reset_link' } }, { survivesRollback: false })
  }
  return result
}

const sorted = (roles: unknown) => (Array.isArray(roles) ? [...roles].map(String).sort() : [])

export const logAccountChanges: CollectionAfterChangeHook<User> = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'create') {
    await logActivity(req, {
      action: 'user.created',
      target: target(doc),
      metadata: { roles: doc.roles ?? [] },
    })
    return doc
  }
  const before = sorted(previousDoc?.roles)
  const after = sorted(doc.roles)
  if (before.join(',') !== after.join(',')) {
    const added = after.filter((role) => !before.includes(role))
    const removed = before.filter((role) => !after.includes(role))
    await logSecurity(
      req,
      {
        action: 'user.role_changed',
        severity: added.includes('admin') || removed.includes('admin') ? 'critical' : 'warning',
        target: target(doc),
        message: `Rôles de ${doc.email} : ${before.join(', ') || '—'} → ${after.join(', ') || '—'}.`,
        metadata: { before, after, added, removed },
      },
      // A role change that is rolled back did not happen.
      { survivesRollback: false },
    )
  }
  return doc
}

export const logAccountDeletion: CollectionAfterDeleteHook<User> = async ({ doc, req }) => {
  const self = req.user && String(req.user.id) === String(doc.id)
  await logActivity(req, {
    action: 'user.deleted',
    // The account is gone in this transaction: a deleted person is kept by e-mail only.
    actor: self ? { id: doc.id, email: doc.email, collection: 'deleted-user' } : undefined,
    target: { collection: 'users', id: doc.id, label: doc.email },
    metadata: { roles: doc.roles ?? [], self: Boolean(self) },
  })
}
