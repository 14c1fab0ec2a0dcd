import { APIError, type Endpoint, type PayloadRequest, type TypedUser } from 'payload'
import { z } from 'zod'

import { isAdminUser, isStaffUser } from '@/access'
import { clientIp } from '@/auth/clientIp'
import { format } from '@/i18n'
import { toLocale, type Locale } from '@/i18n/locales'
import { getApiMessages, type ApiMessages } from '@/i18n/messages/api'
import { createRateLimiter } from '@/security/rateLimit'
import { resolveApiKey, type ApiKeyCaller } from './apiKeyAuth'

export type ApiErrorCode = keyof ApiMessages['errors']
export type ErrorDetail = { path: string; message: string }

/** A refusal answered as `{ error: { code, message, details? } }`, the message in the caller's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly details?: ErrorDetail[],
  ) {
    super(code)
    this.name = 'ApiError'
  }
}

/** Who may call a route; Payload's access functions still decide what each call returns. */
export type RouteAccess = 'public' | 'user' | 'staff' | 'admin'

export type ApiContext<Q, B> = {
  req: PayloadRequest
  user: TypedUser | null
  locale: Locale
  query: Q
  body: B
  params: Record<string, string>
  apiKey: ApiKeyCaller | null
  setHeader: (name: string, value: string) => void
}

export type ApiRoute<Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> = {
  method: 'get' | 'post'
  /** OpenAPI style, relative to /api/v1: `/talents/{code}`. */
  path: string
  tag: string
  summary: string
  description?: string
  access: RouteAccess
  /** A schema, or one built for the caller's language (its messages localized). */
  query?: Q | ((locale: Locale) => Q)
  /** URL names of query keys that differ from the schema's (`lang` is the API's language switch). */
  queryAliases?: Record<string, string>
  body?: B
  response: R
  /** A file answer instead of JSON: its media types (the handler returns a Response). */
  files?: string[]
  /** The error statuses this route may answer, documented with the error body. */
  errors: number[]
  /** Not counted by the rate limit (the OpenAPI document). */
  unlimited?: boolean
  handler: (ctx: ApiContext<z.output<Q>, z.output<B>>) => Promise<z.input<R> | Response>
}

/** Keeps each route's handler typed against its own schemas. */
export function defineRoute<Q extends z.ZodType = z.ZodObject<{}>, B extends z.ZodType = z.ZodObject<{}>, R extends z.ZodType = z.ZodType>(
  route: ApiRoute<Q, B, R>,
): ApiRoute {
  return route as unknown as ApiRoute
}

export const API_PREFIX = '/api/v1'
export const LOCALE_PARAM = 'lang'

/** `?lang=fr|en` first, then the first language of Accept-Language; French by default. */
export function apiLocale(req: PayloadRequest): Locale {
  const asked = req.searchParams?.get(LOCALE_PARAM)
  if (asked === 'fr' || asked === 'en') return asked
  const accept = req.headers.get('accept-language')?.split(',')[0]?.trim().slice(0, 2).toLowerCase()
  return toLocale(accept)
}

export function rateLimitPerMinute(): number {
  const value = Number(process.env.API_V1_RATE_LIMIT_PER_MINUTE)
  return Number.isInteger(value) && value > 0 ? value : 120
}

const NO_STORE = { 'Cache-Control': 'private, no-store' }

export function errorResponse(locale: Locale, error: ApiError, headers: Headers = new Headers()): Response {
  const message = format(getApiMessages(locale).errors[error.code], error.params)
  headers.set('Cache-Control', NO_STORE['Cache-Control'])
  headers.set('Content-Language', locale)
  return Response.json(
    { error: { code: error.code, message, ...(error.details?.length ? { details: error.details } : {}) } },
    { status: error.status, headers },
  )
}

function zodDetails(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || 'body', message: issue.message }))
}

/** Payload's own refusals, in the API's words. */
function fromPayloadError(error: unknown): ApiError | null {
  if (!(error instanceof Error)) return null
  const status = (error as { status?: number }).status
  switch (error.name) {
    case 'NotFound':
      return new ApiError(404, 'notFound')
    case 'Forbidden':
      return new ApiError(403, 'forbidden')
    case 'AuthenticationError':
      return new ApiError(401, 'invalidCredentials')
    case 'LockedAuth':
      return new ApiError(423, 'locked')
    case 'ValidationError': {
      const errors = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data?.errors ?? []
      return new ApiError(400, 'badRequest', {}, errors.map((item) => ({ path: item.path ?? '', message: item.message ?? '' })))
    }
  }
  if (error instanceof APIError && status === 429) return new ApiError(429, 'tooManyLoginAttempts')
  return null
}

/** The JSON-schema type of each query key, to read repeatable keys (`?skill=a&skill=b`) as lists. */
function queryKeys(schema: z.ZodType): [string, { type?: string }][] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { type?: string }> }
  return Object.entries(json.properties ?? {})
}

function queryObject(keys: [string, { type?: string }][], params: URLSearchParams, aliases: Record<string, string>): Record<string, unknown> {
  const raw: Record<string, unknown> = {}
  for (const [key, property] of keys) {
    const name = aliases[key] ?? key
    const values = params.getAll(name).filter((value) => value.trim() !== '')
    if (property.type === 'array') raw[key] = values
    else if (values.length) raw[key] = values[0]
  }
  return raw
}

export function querySchemaOf(route: ApiRoute, locale: Locale): z.ZodType | undefined {
  return typeof route.query === 'function' ? route.query(locale) : route.query
}

/**
 * A Response made elsewhere (a streamed export): its body streams through untouched with the
 * API's headers added; its refusals (`{ errors: [{ path?, message }] }`) become the API's error body.
 */
async function passThrough(response: Response, headers: Headers): Promise<Response> {
  if (response.ok) {
    response.headers.forEach((value, name) => headers.set(name, value))
    return new Response(response.body, { status: response.status, headers })
  }
  const json = (await response.json().catch(() => null)) as { errors?: { path?: string; message: string }[] } | null
  const details = (json?.errors ?? []).map((item) => ({ path: item.path ?? '', message: item.message }))
  const code: ApiErrorCode = response.status === 401 ? 'unauthorized' : response.status === 403 ? 'forbidden' : response.status === 404 ? 'notFound' : 'badRequest'
  throw new ApiError(response.status, code, {}, details)
}

function payloadPath(path: string): string {
  return `/v1${path.replace(/\{(\w+)\}/g, ':$1')}`
}

/** A route as a Payload root endpoint: key or session, rate limit, access, validation, errors. */
export function toEndpoint(route: ApiRoute): Endpoint {
  const limiter = () => createRateLimiter({ name: `api-v1:${rateLimitPerMinute()}`, max: rateLimitPerMinute(), windowMs: 60_000 })
  // The query schema and its keys, built once per language rather than on every request.
  const queries = new Map<Locale, { schema: z.ZodType; keys: [string, { type?: string }][] }>()
  const queryOf = (locale: Locale) => {
    if (!route.query) return undefined
    if (!queries.has(locale)) {
      const schema = querySchemaOf(route, locale)!
      queries.set(locale, { schema, keys: queryKeys(schema) })
    }
    return queries.get(locale)
  }
  return {
    path: payloadPath(route.path),
    method: route.method,
    handler: async (req) => {
      const locale = apiLocale(req)
      const headers = new Headers({ ...NO_STORE, 'Content-Language': locale })
      try {
        const apiKey = await resolveApiKey(req)
        if (apiKey) {
          // The key acts as its creator, so every access function decides as for that admin.
          req.user = apiKey.user
          if (apiKey.scope === 'read' && route.method !== 'get') throw new ApiError(403, 'readOnlyKey')
        }
        const user = (req.user as TypedUser | null) ?? null

        if (!route.unlimited) {
          const max = rateLimitPerMinute()
          headers.set('X-RateLimit-Limit', String(max))
          const who = apiKey ? `key:${apiKey.prefix}` : user ? `user:${user.id}` : `ip:${clientIp(req.headers)}`
          const result = await limiter().hit(who)
          if (!result.allowed) {
            headers.set('Retry-After', String(result.retryAfterSeconds))
            throw new ApiError(429, 'rateLimited', { seconds: result.retryAfterSeconds })
          }
        }

        if (route.access !== 'public' && !user) throw new ApiError(401, 'unauthorized')
        if (route.access === 'staff' && !isStaffUser(user)) throw new ApiError(403, 'forbidden')
        if (route.access === 'admin' && !isAdminUser(user)) throw new ApiError(403, 'forbidden')

        let query: unknown = {}
        const querySpec = queryOf(locale)
        if (querySpec) {
          const parsed = querySpec.schema.safeParse(queryObject(querySpec.keys, req.searchParams ?? new URLSearchParams(), route.queryAliases ?? {}))
          if (!parsed.success) throw new ApiError(400, 'badRequest', {}, zodDetails(parsed.error))
          query = parsed.data
        }
        let body: unknown = {}
        if (route.body) {
          let json: unknown
          try {
            json = await req.json!()
          } catch {
            throw new ApiError(400, 'invalidJson')
          }
          const parsed = route.body.safeParse(json)
          if (!parsed.success) throw new ApiError(400, 'badRequest', {}, zodDetails(parsed.error))
          body = parsed.data
        }
        const params = Object.fromEntries(Object.entries(req.routeParams ?? {}).map(([key, value]) => [key, String(value)]))
        const data = await route.handler({
          req,
          user,
          locale,
          query,
          body,
          params,
          apiKey,
          setHeader: (name, value) => headers.append(name, value),
        })
        if (data instanceof Response) return await passThrough(data, headers)
        return Response.json(data, { status: 200, headers })
      } catch (error) {
        const known = error instanceof ApiError ? error : fromPayloadError(error)
        if (known) return errorResponse(locale, known, headers)
        req.payload.logger.error({ err: error, msg: `API v1 ${route.method.toUpperCase()} ${route.path}` })
        return errorResponse(locale, new ApiError(500, 'internal'), headers)
      }
    },
  }
}
