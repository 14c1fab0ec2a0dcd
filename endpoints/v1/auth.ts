import { logoutOperation } from 'payload'
import { generateExpiredPayloadCookie, generatePayloadCookie } from 'payload/shared'
import { z } from 'zod'

import { ApiError, defineRoute } from '@/api/route'
import { userDto } from '@/api/mappers'
import * as s from '@/api/schemas'
import { logFailedLogin } from '@/logs/authEvents'
import { countFailedLoginByIp } from '../../collections/Users/hooks/throttleLoginByIp'
import type { User } from '../../payload-types'

const loginBody = z.strictObject({
  login: z.string().trim().min(1).max(254).meta({ description: 'Email, talent code (e.g. CIF0001ABJ) or cinema code.' }),
  password: z.string().min(1).max(200),
})

/** Payload's own login (Local API), so the per-account lock, the per-IP throttle and the cinema-code alias all apply. */
export const login = defineRoute({
  method: 'post',
  path: '/auth/login',
  tag: 'auth',
  summary: 'Sign in with email or code',
  description: 'Returns a JWT (send it as `Authorization: JWT <token>`) and sets the session cookie.',
  access: 'public',
  body: loginBody,
  response: z.strictObject({ token: z.string(), exp: z.number().int(), user: s.user }).meta({ id: 'LoginResult' }),
  errors: [400, 401, 423, 429],
  handler: async ({ req, body, setHeader }) => {
    const data = body.login.includes('@') ? { email: body.login, password: body.password } : { username: body.login, password: body.password }
    try {
      const result = await req.payload.login({ collection: 'users', data: data as { email: string; password: string }, depth: 0, req })
      const auth = req.payload.collections.users.config.auth
      setHeader('Set-Cookie', generatePayloadCookie({ collectionAuthConfig: auth, cookiePrefix: req.payload.config.cookiePrefix, token: result.token! }))
      return { token: result.token!, exp: result.exp!, user: userDto(result.user as User) }
    } catch (error) {
      // The REST login counts failures per IP in the collection's afterError hook; the Local API does not run it.
      await countFailedLoginByIp({ error, req } as never)
      // …nor the security log entry of the refusal (src/logs/authEvents.ts).
      await logFailedLogin(req, error, 'api_v1')
      throw error
    }
  },
})

export const logout = defineRoute({
  method: 'post',
  path: '/auth/logout',
  tag: 'auth',
  summary: 'Sign out (ends the session and clears the cookie)',
  access: 'user',
  response: z.strictObject({ ok: z.literal(true) }),
  errors: [401, 403, 429],
  handler: async ({ req, apiKey, setHeader }) => {
    if (!apiKey) await logoutOperation({ collection: req.payload.collections.users, req })
    const auth = req.payload.collections.users.config.auth
    setHeader('Set-Cookie', generateExpiredPayloadCookie({ collectionAuthConfig: auth, cookiePrefix: req.payload.config.cookiePrefix }))
    return { ok: true as const }
  },
})

export const me = defineRoute({
  method: 'get',
  path: '/auth/me',
  tag: 'auth',
  summary: 'The caller: signed-in user or API key owner (null when anonymous)',
  access: 'public',
  response: z
    .strictObject({
      user: s.user.nullable(),
      authentication: z.enum(['session', 'apiKey']).nullable(),
      scope: z.enum(['read', 'read-write']).nullable(),
    })
    .meta({ id: 'Me' }),
  errors: [401, 429],
  handler: async ({ user, apiKey }) => {
    if (!user) return { user: null, authentication: null, scope: null }
    return { user: userDto(user as User), authentication: apiKey ? ('apiKey' as const) : ('session' as const), scope: apiKey ? apiKey.scope : 'read-write' }
  },
})

export const authRoutes = [login, logout, me]
