import type { Payload } from 'payload'

import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { logSecurity } from '@/logs'
import { LOGIN_VIA_CONTEXT, logFailedLogin } from '@/logs/authEvents'
import { fieldErrors, type FormLocale } from '@/talents/registrationSchema'
import type { User } from '../../payload-types'
import { failed, failureFromError, succeeded, type ActionResult } from './actionResult'
import { passwordChangeSchema } from './passwordChangeSchema'
import { isPayloadError } from './payloadErrors'
import { requestFor } from './requestFor'

/**
 * Changes the signed-in person's password after checking the current one with a real
 * login (so failed tries count towards Payload's account lock and our per-address
 * throttle, as on the login form). The update runs as the person (`overrideAccess:
 * false`); Payload then keeps only the session making the change and ends the others.
 */
async function isLocked(payload: Payload, id: User['id']): Promise<boolean> {
  const account = await payload.findByID({ collection: 'users', id, depth: 0, showHiddenFields: true })
  return Boolean(account.lockUntil && new Date(account.lockUntil) > new Date())
}

export async function changeOwnPassword(
  payload: Payload,
  { user, input, locale, headers }: { user: User; input: unknown; locale: FormLocale; headers?: Headers },
): Promise<ActionResult> {
  const m = talentSpaceMessages[locale]
  const parsed = passwordChangeSchema(locale).safeParse(input)
  if (!parsed.success) return failed(m.common.fixErrors, fieldErrors(parsed.error))

  // The check is a real login for the lock and the throttle, but not a sign-in for the journal:
  // a wrong current password is journaled as a failed login, a right one is not a new session.
  const checkReq = await requestFor(payload, { locale, headers })
  checkReq.context[LOGIN_VIA_CONTEXT] = 'password_change'
  try {
    await payload.login({
      collection: 'users',
      data: { email: user.email, password: parsed.data.currentPassword },
      req: checkReq,
    })
  } catch (error) {
    await logFailedLogin(checkReq, error, 'password_change')
    // A refused login is a 401, for a wrong password and a locked account alike; the account's
    // lock tells them apart (error classes and names are not reliable across Next's bundles).
    if (isPayloadError(error, 'LockedAuth') || isPayloadError(error, 'AuthenticationError') || (error as { status?: number }).status === 401) {
      if (await isLocked(payload, user.id)) {
        return failed(m.password.errors.locked, [{ path: 'currentPassword', message: m.password.errors.locked }])
      }
      return failed(m.common.fixErrors, [{ path: 'currentPassword', message: m.password.errors.currentWrong }])
    }
    return failureFromError(payload, error, locale)
  }

  try {
    const req = await requestFor(payload, { user, locale, headers })
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { password: parsed.data.newPassword },
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    await logSecurity(req, {
      action: 'auth.password_reset',
      target: { collection: 'users', id: user.id, label: user.email },
      message: 'Mot de passe changé par son titulaire.',
      metadata: { method: 'changed' },
    })
    return succeeded(m.password.success)
  } catch (error) {
    return failureFromError(payload, error, locale)
  }
}
