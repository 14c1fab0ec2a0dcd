import type { CollectionAfterChangeHook } from 'payload'

import { logActivity } from './index'

/**
 * Collection hooks that write journal entries, shared by the collections that need them.
 * Set `context.skipActivityLog = true` on an operation that must not be journaled (a
 * system recalculation, a data import).
 */

// Bookkeeping and derived fields: not something a person changed.
const IGNORED_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'displayName', 'searchText', 'code', 'user', 'sizes', 'url', 'thumbnailURL'])

const normalize = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    return Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'id').map(([key, item]) => [key, normalize(item)]))
  }
  return value ?? null
}

/** Names of the top-level fields whose value differs (never the values themselves). */
export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>, ignored: Set<string> = IGNORED_FIELDS): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  return [...keys]
    .filter((key) => !ignored.has(key) && !key.startsWith('_'))
    .filter((key) => JSON.stringify(normalize(before?.[key])) !== JSON.stringify(normalize(after[key])))
    .sort()
}

/** `profile.updated` when a person (the talent or a staff member) edits a profile; not on creation. */
export function logProfileUpdate(collection: 'talents' | 'cinema-talents'): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, operation, req, context }) => {
    if (operation !== 'update' || !req.user || context?.skipActivityLog) return doc
    const fields = changedFields(previousDoc, doc)
    if (!fields.length) return doc
    const ownerId = typeof doc.user === 'object' && doc.user ? doc.user.id : doc.user
    const byOwner = ownerId !== undefined && ownerId !== null && String(ownerId) === String(req.user.id)
    await logActivity(req, {
      action: 'profile.updated',
      target: { collection, id: doc.id, label: doc.code ?? doc.displayName ?? null },
      message: byOwner ? 'Profil modifié par son titulaire.' : 'Profil modifié par l’équipe.',
      metadata: { fields, by: byOwner ? 'owner' : 'staff' },
    })
    return doc
  }
}

/** `cv.uploaded` for a new CV file (a new CV or its file replaced). */
export const logCvUpload: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context?.skipActivityLog) return doc
  const replaced = operation === 'update' && Boolean(doc.filename) && doc.filename !== previousDoc?.filename
  if (operation !== 'create' && !replaced) return doc
  const ownerId = typeof doc.owner === 'object' && doc.owner ? doc.owner.id : doc.owner
  await logActivity(req, {
    action: 'cv.uploaded',
    // A registration uploads before anyone is signed in: the owner is the actor then.
    ...(req.user ? {} : ownerId ? { actor: { id: ownerId } } : {}),
    target: { collection: 'cvs', id: doc.id, label: doc.filename ?? null },
    metadata: { replaced, mimeType: doc.mimeType ?? null, filesize: doc.filesize ?? null },
  })
  return doc
}
