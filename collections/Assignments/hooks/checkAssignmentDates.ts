import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { relationId as idOf } from '@/payload/relationId'

/** An assignment's title for lists and pickers ("Awa Koné — Commissaire Diallo"), and dates in order. */
export const checkAssignmentDates: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  if (merged.startDate && merged.endDate && new Date(merged.endDate) < new Date(merged.startDate)) {
    const message = req.i18n?.language === 'en' ? 'The end date is before the start date.' : 'La date de fin précède la date de début.'
    throw new ValidationError({ collection: 'assignments', errors: [{ path: 'endDate', message }] }, req.t)
  }
  const talentId = idOf(merged.cinemaTalent)
  const talent = talentId
    ? await req.payload.findByID({ collection: 'cinema-talents', id: talentId, depth: 0, req, disableErrors: true, select: { displayName: true } })
    : null
  const title = [talent?.displayName, merged.roleName].filter(Boolean).join(' — ')
  return { ...data, title }
}
