import type { Endpoint } from 'payload'

import { buildOpenApiDocument } from '@/api/openapi'
import { toEndpoint, type ApiRoute } from '@/api/route'
import { apiKeyRoutes } from './apiKeys'
import { authRoutes } from './auth'
import { exportRoutes } from './exports'
import { recordRoutes } from './records'
import { referenceRoutes } from './reference'
import { statisticsRoutes } from './statistics'
import { talentRoutes } from './talents'

/** Every documented route of the REST API v1, in the order of the docs page. */
export const apiV1Routes: ApiRoute[] = [...authRoutes, ...referenceRoutes, ...talentRoutes, ...recordRoutes, ...statisticsRoutes, ...exportRoutes, ...apiKeyRoutes]

let cachedDocument: Record<string, unknown> | null = null
export function apiV1Document(): Record<string, unknown> {
  return (cachedDocument ??= buildOpenApiDocument(apiV1Routes))
}

/** GET /api/v1/openapi.json — the document itself (public, not rate limited). */
export const openApiEndpoint: Endpoint = {
  path: '/v1/openapi.json',
  method: 'get',
  handler: () => Response.json(apiV1Document(), { headers: { 'Cache-Control': 'public, max-age=300' } }),
}

/** The REST API v1 under /api/v1 (src/api, README "REST API v1"). */
export const apiV1Endpoints: Endpoint[] = [openApiEndpoint, ...apiV1Routes.map(toEndpoint)]
