import type { DefaultServerCellComponentProps } from 'payload'

import { toLocale } from '@/i18n/locales'
import { getPresenceMessages } from '@/i18n/messages/presence'
import { dayOf, presenceTimeZone } from '../days'
import { formatMinutes } from '../duration'

/**
 * The duration column of the admin list: "8 h 30" rather than 510, and for an attendance with
 * no departure "en cours" today or "sortie non enregistrée" once its day is over.
 */
export function AttendanceDurationCell({ cellData, rowData, i18n }: DefaultServerCellComponentProps) {
  if (typeof cellData === 'number') return <span>{formatMinutes(cellData)}</span>
  const messages = getPresenceMessages(toLocale(i18n?.language)).admin
  const zone = presenceTimeZone()
  const checkInAt = rowData?.checkInAt ? new Date(String(rowData.checkInAt)) : null
  const isToday = checkInAt !== null && dayOf(checkInAt, zone) === dayOf(new Date(), zone)
  return <em style={{ color: isToday ? 'var(--theme-success-600)' : 'var(--theme-warning-700)' }}>{isToday ? messages.inProgress : messages.noDeparture}</em>
}
