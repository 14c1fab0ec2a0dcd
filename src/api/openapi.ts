import { z } from 'zod'

import { API_PREFIX, LOCALE_PARAM, querySchemaOf, type ApiRoute } from './route'
import { errorBody } from './schemas'

type JsonSchema = Record<string, unknown>

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid parameters or body (`badRequest`, `invalidJson`), with `details`.',
  401: 'Not signed in (`unauthorized`), wrong credentials (`invalidCredentials`) or unknown / revoked API key (`invalidApiKey`).',
  403: 'Signed in without the needed role (`forbidden`), or a read-only API key on a write route (`readOnlyKey`).',
  404: 'Not found, or not visible to the caller (`notFound`).',
  423: 'Account locked after failed logins (`locked`).',
  429: 'Rate limit (`rateLimited`, with Retry-After) or too many login attempts (`tooManyLoginAttempts`).',
  500: 'Unexpected error (`internal`).',
}

/**
 * zod → JSON Schema 2020-12 (OpenAPI 3.1 uses it as is). Schemas with a `meta({ id })` go to
 * `components.schemas` and are referenced from there.
 */
function jsonSchema(schema: z.ZodType, components: Record<string, JsonSchema>, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, $defs, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema & {
    $defs?: Record<string, JsonSchema>
  }
  const rewrite = (value: JsonSchema) => JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema
  for (const [id, def] of Object.entries($defs ?? {})) components[id] = rewrite(def)
  // A schema that is itself registered comes back as its definition; keep it referenced too.
  const id = (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id
  if (id) {
    if (!$defs?.[id]) components[id] = rewrite(rest)
    return { $ref: `#/components/schemas/${id}` }
  }
  return rewrite(rest)
}

function parameters(route: ApiRoute, components: Record<string, JsonSchema>): JsonSchema[] {
  const list: JsonSchema[] = []
  for (const match of route.path.matchAll(/\{(\w+)\}/g)) list.push({ name: match[1], in: 'path', required: true, schema: { type: 'string' } })
  const query = querySchemaOf(route, 'en')
  if (query) {
    const schema = jsonSchema(query, components, 'input') as { properties?: Record<string, JsonSchema & { description?: string }>; required?: string[] }
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      const { description, ...rest } = property
      list.push({
        name: route.queryAliases?.[key] ?? key,
        in: 'query',
        required: Boolean(schema.required?.includes(key)) && !('default' in property),
        ...(description ? { description } : {}),
        schema: rest,
        ...(rest.type === 'array' ? { style: 'form', explode: true } : {}),
      })
    }
  }
  list.push({ name: LOCALE_PARAM, in: 'query', required: false, description: 'Language of messages (fr by default; Accept-Language is read too).', schema: { type: 'string', enum: ['fr', 'en'] } })
  return list
}

const ACCESS_TEXT: Record<ApiRoute['access'], string> = {
  public: 'Anyone; what is returned depends on the caller’s access.',
  user: 'Any signed-in caller.',
  staff: 'Staff (admin, seo, presence).',
  admin: 'Admins only.',
}

/** The OpenAPI 3.1 document of the routes, built from the zod schemas they validate with. */
export function buildOpenApiDocument(routes: ApiRoute[]): JsonSchema {
  const components: Record<string, JsonSchema> = {}
  const paths: Record<string, Record<string, JsonSchema>> = {}
  const errorRef = jsonSchema(errorBody, components, 'output')

  for (const route of routes) {
    const responses: Record<string, JsonSchema> = {
      200: route.files
        ? { description: 'The file, streamed.', content: Object.fromEntries(route.files.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }])) }
        : { description: 'OK', content: { 'application/json': { schema: jsonSchema(route.response, components, 'output') } } },
    }
    for (const status of route.errors) responses[status] = { description: ERROR_DESCRIPTIONS[status] ?? 'Error', content: { 'application/json': { schema: errorRef } } }
    responses[500] = { description: ERROR_DESCRIPTIONS[500], content: { 'application/json': { schema: errorRef } } }

    const operation: JsonSchema = {
      operationId: `${route.method}${route.path.replace(/\{(\w+)\}/g, 'By-$1').replace(/(^|[/-])(\w)/g, (_, __, letter: string) => letter.toUpperCase())}`,
      tags: [route.tag],
      summary: route.summary,
      description: [route.description, `Access: ${ACCESS_TEXT[route.access]}`].filter(Boolean).join('\n\n'),
      parameters: parameters(route, components),
      responses,
      ...(route.access === 'public' ? { security: [{}, { bearerApiKey: [] }, { jwt: [] }, { sessionCookie: [] }] } : {}),
    }
    if (route.body) operation.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(route.body, components, 'input') } } }
    ;(paths[route.path] ??= {})[route.method] = operation
  }

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Taalentio REST API',
      version: '1.0.0',
      description:
        'Talents, reference data, CINEMA data and statistics. Authenticate with the session cookie, a JWT from `POST /auth/login` (`Authorization: JWT <token>`), or an API key (`Authorization: Bearer tk_…`) created by an admin. Errors always look like `{ "error": { "code", "message", "details"? } }`, messages in French by default (`?lang=en` or `Accept-Language: en` for English). Lists take `page` and `limit` (≤ 100).',
    },
    servers: [{ url: API_PREFIX }],
    security: [{ bearerApiKey: [] }, { jwt: [] }, { sessionCookie: [] }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerApiKey: { type: 'http', scheme: 'bearer', description: 'API key `tk_…` (read or read-write scope).' },
        jwt: { type: 'apiKey', in: 'header', name: 'Authorization', description: '`JWT <token>` from POST /auth/login.' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'payload-token' },
      },
    },
  }
}
