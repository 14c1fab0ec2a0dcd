import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { attendanceDurationMinutes } from '@/presence/duration'
import { getPresenceMessages } from '@/i18n/messages/presence'
import { toLocale } from '@/i18n/locales'

/**
 * Every attendance names a person (the cinema profile, the main profile or both) and never
 * leaves before it arrives; the duration is always derived from the two times, so an admin
 * correcting a departure in the panel gets the right total.
 */
export const checkAttendance: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const messages = getPresenceMessages(toLocale(req.i18n?.language)).api
  if (!merged.cinemaTalent && !merged.talent) {
    throw new ValidationError({ collection: 'attendances', errors: [{ path: 'cinemaTalent', message: messages.personRequired }] }, req.t)
  }
  if (merged.checkOutAt && new Date(merged.checkOutAt) < new Date(merged.checkInAt)) {
    throw new ValidationError({ collection: 'attendances', errors: [{ path: 'checkOutAt', message: messages.departureBeforeArrival }] }, req.t)
  }
  return { ...data, durationMinutes: attendanceDurationMinutes(merged.checkInAt, merged.checkOutAt) }
}
