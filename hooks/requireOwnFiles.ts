import { ValidationError, type CollectionBeforeChangeHook, type CollectionSlug } from 'payload'

import { isStaffUser } from '@/access'
import { relationId as idOf } from '@/payload/relationId'

const NOT_YOURS = {
  fr: 'Ce fichier ne vous appartient pas.',
  en: 'This file does not belong to you.',
}

type FileField = { name: string; collection: 'photos' | 'cvs' }

const idsOf = (value: unknown): number[] =>
  (Array.isArray(value) ? value : [value]).map((item) => idOf(item)).filter((id): id is number => id != null)

/**
 * A talent may attach only their own files (photo, CV, gallery) to their profile, never
 * someone else's; staff may attach any. Files already on the profile are not re-checked.
 */
export function requireOwnFiles(collection: CollectionSlug, fields: FileField[]): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req }) => {
    const user = req.user
    if (!user || isStaffUser(user)) return data
    for (const field of fields) {
      const before = new Set(idsOf(originalDoc?.[field.name]))
      for (const id of idsOf(data[field.name])) {
        if (before.has(id)) continue
        const file = await req.payload.findByID({ collection: field.collection, id, depth: 0, req, disableErrors: true })
        if (!file || idOf(file.owner) !== user.id) {
          const message = NOT_YOURS[req.i18n?.language === 'en' ? 'en' : 'fr']
          throw new ValidationError({ collection, errors: [{ path: field.name, message }] }, req.t)
        }
      }
    }
    return data
  }
}
