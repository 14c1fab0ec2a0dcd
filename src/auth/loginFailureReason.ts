export type LoginFailureReason = 'invalid' | 'locked' | 'unverified' | 'unknown'

type PayloadErrorBody = { errors?: { message?: unknown }[]; message?: unknown } | null | undefined

/*
 * Payload answers a locked account with 401, like wrong credentials; only the message
 * (in the request's language, French or English here) tells them apart. Our per-IP
 * throttle answers 429.
 */
const LOCKED_MESSAGE = /locked|verrouill/i

/** Turns a failed `POST /api/users/login` response into a reason the form can explain. */
export function loginFailureReason(status: number, body: PayloadErrorBody): LoginFailureReason {
  if (status === 429 || status === 423) return 'locked'
  const messages = [body?.message, ...(body?.errors ?? []).map((error) => error?.message)]
  if (messages.some((message) => typeof message === 'string' && LOCKED_MESSAGE.test(message))) {
    return 'locked'
  }
  if (status === 401 || status === 400) return 'invalid'
  if (status === 403) return 'unverified'
  return 'unknown'
}

/** Payload's login body: its `loginWithUsername` accepts either key. */
export function loginRequestBody(identifier: string, password: string) {
  const value = identifier.trim()
  return value.includes('@') ? { email: value, password } : { username: value, password }
}
