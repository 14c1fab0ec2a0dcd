import type { CollectionAfterChangeHook } from 'payload'

import { relationId as idOf } from '@/payload/relationId'
import type { CinemaTalent } from '../../../payload-types'

const photoIds = (doc: Partial<CinemaTalent> | undefined) =>
  [doc?.photo, ...(doc?.gallery ?? [])].map((photo) => idOf(photo)).filter((id): id is number => id != null)

/**
 * Keeps the owner's account and photos in step with the cinema profile. An account that has
 * no login code yet takes the cinema code; one that already has its talent code keeps it
 * (the cinema code still signs in, see `resolveCinemaCodeLogin`). Photos are public exactly
 * while the profile is, and a photo taken off the profile stops being public.
 */
export const linkAccountToCinemaProfile: CollectionAfterChangeHook<CinemaTalent> = async ({ doc, operation, previousDoc, req }) => {
  if (operation === 'create' && doc.user) {
    const user = await req.payload.findByID({ collection: 'users', id: idOf(doc.user)!, depth: 0, req })
    if (!user.username) await req.payload.update({ collection: 'users', id: user.id, data: { username: doc.code }, req })
  }
  const now = photoIds(doc)
  const before = operation === 'create' ? [] : photoIds(previousDoc)
  const visibilityChanged = operation === 'create' || doc.isPublic !== previousDoc?.isPublic
  const toSync = visibilityChanged ? now : now.filter((id) => !before.includes(id))
  const removed = before.filter((id) => !now.includes(id))
  if (toSync.length) {
    await req.payload.update({ collection: 'photos', where: { id: { in: toSync } }, data: { isPublic: Boolean(doc.isPublic) }, req })
  }
  if (removed.length) {
    await req.payload.update({ collection: 'photos', where: { id: { in: removed } }, data: { isPublic: false }, req })
  }
  return doc
}
