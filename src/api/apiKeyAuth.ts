import type { PayloadRequest, TypedUser } from 'payload'

import { apiKeyPrefix, hashApiKey, sameHash } from './apiKeyCrypto'
import { ApiError } from './route'

export type ApiKeyCaller = { id: number; prefix: string; scope: 'read' | 'read-write'; user: TypedUser }

/** lastUsedAt is written at most this often per key, not on every request. */
const LAST_USED_PRECISION_MS = 60_000

/**
 * The caller's API key (`Authorization: Bearer tk_…`), or null when the request carries none.
 * A key that does not match, is revoked, or whose creator is gone or no longer admin is
 * refused (401) rather than treated as anonymous: an integration must learn its key stopped working.
 */
export async function resolveApiKey(req: PayloadRequest): Promise<ApiKeyCaller | null> {
  const header = req.headers.get('authorization')?.trim()
  const match = header ? /^Bearer\s+(tk_\S+)$/i.exec(header) : null
  if (!match) return null
  const key = match[1]
  const prefix = apiKeyPrefix(key)
  if (!prefix) throw new ApiError(401, 'invalidApiKey')

  const { docs } = await req.payload.find({
    collection: 'api-keys',
    where: { prefix: { equals: prefix } },
    limit: 1,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true,
    req,
  })
  const row = docs[0]
  if (!row?.keyHash || !sameHash(row.keyHash, hashApiKey(key)) || row.revokedAt) throw new ApiError(401, 'invalidApiKey')
  const creatorId = typeof row.createdBy === 'object' ? row.createdBy?.id : row.createdBy
  const creator = creatorId
    ? await req.payload.findByID({ collection: 'users', id: creatorId, depth: 0, overrideAccess: true, disableErrors: true, req })
    : null
  if (!creator || !creator.roles?.includes('admin')) throw new ApiError(401, 'invalidApiKey')

  const now = Date.now()
  if (!row.lastUsedAt || now - Date.parse(row.lastUsedAt) > LAST_USED_PRECISION_MS) {
    await req.payload.update({ collection: 'api-keys', id: row.id, data: { lastUsedAt: new Date(now).toISOString() }, depth: 0, overrideAccess: true, req })
  }
  return { id: row.id, prefix, scope: row.scope, user: { ...creator, collection: 'users' } as TypedUser }
}
