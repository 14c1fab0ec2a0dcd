import type { CollectionAfterChangeHook } from 'payload'

import type { Talent } from '../../../payload-types'
import { relationId as idOf } from '@/payload/relationId'

/**
 * Keeps the owner's account and files in step with the profile: the account's login
 * code is the profile's code, and the photo is public exactly while the profile is.
 */
export const linkAccountToProfile: CollectionAfterChangeHook<Talent> = async ({ doc, operation, previousDoc, req }) => {
  if (operation === 'create' && doc.user) {
    await req.payload.update({ collection: 'users', id: idOf(doc.user)!, data: { username: doc.code }, req })
  }
  const photoChanged = idOf(doc.photo) !== idOf(previousDoc?.photo)
  if (doc.photo && (operation === 'create' || photoChanged || doc.isPublic !== previousDoc?.isPublic)) {
    await req.payload.update({ collection: 'photos', id: idOf(doc.photo)!, data: { isPublic: Boolean(doc.isPublic) }, req })
  }
  if (photoChanged && previousDoc?.photo) {
    await req.payload.update({ collection: 'photos', id: idOf(previousDoc.photo)!, data: { isPublic: false }, req })
  }
  return doc
}
