import { format } from '@/i18n'
import { INTL_LOCALE, type Locale } from '@/i18n/locales'
import type { PresencePageMessages } from '@/i18n/messages/presencePage'

/** "4 h 12 min", "45 min", "3 h": how long someone was on set. */
export function formatDuration(totalMinutes: number, messages: PresencePageMessages['duration']): string {
  const minutesTotal = Math.max(0, Math.round(totalMinutes))
  const hours = Math.floor(minutesTotal / 60)
  const minutes = minutesTotal % 60
  if (!hours) return format(messages.minutes, { minutes })
  if (!minutes) return format(messages.hours, { hours })
  return format(messages.hoursMinutes, { hours, minutes: String(minutes).padStart(2, '0') })
}

/** HH:MM on the device's clock. */
export function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { hour: '2-digit', minute: '2-digit' }).format(new Date(iso))
}

/** "lun. 3 mars" for the history's day headings (the date is a plain YYYY-MM-DD day). */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  )
}

/** A YYYY-MM-DD day on the device's calendar, `offsetDays` from today. */
export function localDay(offsetDays = 0, now: Date = new Date()): string {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offsetDays)
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
}

/** A v4 uuid; `crypto.randomUUID` exists only in secure contexts (a LAN address over http is not one). */
export function newScanId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * Remembers the last code seen and when: the camera reports the same code on every frame
 * while a badge is in view, and one scan must be one request.
 */
export function createRepeatFilter(windowMs: number) {
  let last: { code: string; at: number } | null = null
  return (code: string, now: number = Date.now()): boolean => {
    if (last && last.code === code && now - last.at < windowMs) {
      last = { code, at: now }
      return false
    }
    last = { code, at: now }
    return true
  }
}
