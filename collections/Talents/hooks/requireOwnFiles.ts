import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '@/access'
import { relationId as idOf } from '@/payload/relationId'

const NOT_YOURS = {
  fr: 'Ce fichier ne vous appartient pas.',
  en: 'This file does not belong to you.',
}

/** A talent may attach only their own photo and CV to their profile, never someone else's file. */
export const requireOwnFiles: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const user = req.user
  if (!user || isStaffUser(user)) return data
  for (const field of ['photo', 'cv'] as const) {
    const id = idOf(data[field])
    if (!id || id === idOf(originalDoc?.[field])) continue
    const file = await req.payload.findByID({ collection: field === 'photo' ? 'photos' : 'cvs', id, depth: 0, req, disableErrors: true })
    if (!file || idOf(file.owner) !== user.id) {
      const message = NOT_YOURS[req.i18n?.language === 'en' ? 'en' : 'fr']
      throw new ValidationError({ collection: 'talents', errors: [{ path: field, message }] }, req.t)
    }
  }
  return data
}
