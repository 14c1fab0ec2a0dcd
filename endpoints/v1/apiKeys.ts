import { z } from 'zod'

import { defineRoute } from '@/api/route'
import * as s from '@/api/schemas'
import type { ApiKey } from '../../payload-types'

const apiKey = z
  .strictObject({
    id: z.number().int(),
    name: z.string(),
    scope: z.enum(['read', 'read-write']),
    prefix: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ApiKey' })

const apiKeyDto = (doc: ApiKey): z.input<typeof apiKey> => ({
  id: doc.id,
  name: doc.name,
  scope: doc.scope,
  prefix: doc.prefix ?? '',
  lastUsedAt: doc.lastUsedAt ?? null,
  revokedAt: doc.revokedAt ?? null,
  createdAt: doc.createdAt,
})

export const createApiKey = defineRoute({
  method: 'post',
  path: '/api-keys',
  tag: 'api-keys',
  summary: 'Create an API key (admins) — the key is in this answer only',
  description: 'The key acts as the admin who created it. `read` keys may only call GET routes. Store the key now: only its SHA-256 is kept.',
  access: 'admin',
  body: z.strictObject({ name: z.string().trim().min(1).max(120), scope: z.enum(['read', 'read-write']).default('read') }),
  response: z.strictObject({ ...apiKey.shape, key: z.string().meta({ description: '`tk_…` — send as `Authorization: Bearer <key>`.' }) }).meta({ id: 'CreatedApiKey' }),
  errors: [400, 401, 403, 429],
  handler: async ({ req, body }) => {
    const doc = (await req.payload.create({ collection: 'api-keys', data: { name: body.name, scope: body.scope }, depth: 0, overrideAccess: false, user: req.user, req })) as ApiKey & {
      key: string
    }
    return { ...apiKeyDto(doc), key: doc.key }
  },
})

export const listApiKeys = defineRoute({
  method: 'get',
  path: '/api-keys',
  tag: 'api-keys',
  summary: 'API keys (admins; never the keys themselves)',
  access: 'admin',
  query: z.object({ ...s.pagination }),
  response: s.pageOf(apiKey, 'ApiKeyPage'),
  errors: [400, 401, 403, 429],
  handler: async ({ req, query }) => {
    const result = await req.payload.find({ collection: 'api-keys', sort: '-createdAt', page: query.page, limit: query.limit, depth: 0, overrideAccess: false, user: req.user, req })
    return { docs: result.docs.map(apiKeyDto), totalDocs: result.totalDocs, page: result.page ?? 1, limit: result.limit, totalPages: result.totalPages }
  },
})

export const revokeApiKey = defineRoute({
  method: 'post',
  path: '/api-keys/{id}/revoke',
  tag: 'api-keys',
  summary: 'Revoke an API key (admins)',
  access: 'admin',
  response: apiKey,
  errors: [401, 403, 404, 429],
  handler: async ({ req, params }) => {
    const doc = await req.payload.update({
      collection: 'api-keys',
      id: Number(params.id) || 0,
      data: { revokedAt: new Date().toISOString() },
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    return apiKeyDto(doc as ApiKey)
  },
})

export const apiKeyRoutes = [createApiKey, listApiKeys, revokeApiKey]
