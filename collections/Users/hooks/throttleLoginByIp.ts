import { APIError, type CollectionAfterErrorHook, type CollectionBeforeOperationHook } from 'payload'

import { clientIp } from '@/auth/clientIp'
import { isIpThrottled, recordFailedLogin } from '@/auth/loginThrottle'

/** Refuses a login attempt from an address that failed too often recently. */
export const refuseThrottledIp: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const ip = clientIp(req.headers)
  req.context.loginFromIp = ip
  if (await isIpThrottled(ip)) {
    throw new APIError(req.t('taalentio:tooManyLoginAttempts' as never), 429, undefined, true)
  }
  return args
}

/** Counts failed logins (wrong credentials or locked account) against the caller's address. */
export const countFailedLoginByIp: CollectionAfterErrorHook = async ({ error, req }) => {
  const ip = req.context?.loginFromIp
  if (typeof ip !== 'string') return
  const status = (error as { status?: number }).status
  if (status === 401 || status === 403 || status === 423) await recordFailedLogin(ip)
}
