/**
 * Durations of attendance, as pure functions (the collection hook, the history and the
 * export use them): whole minutes, rounded to the nearest minute.
 */

type Instant = string | Date | null | undefined

/** Minutes from arrival to departure; null while the attendance is open (or has no arrival). */
export function attendanceDurationMinutes(checkInAt: Instant, checkOutAt: Instant): number | null {
  if (!checkInAt || !checkOutAt) return null
  const milliseconds = new Date(checkOutAt).getTime() - new Date(checkInAt).getTime()
  if (!Number.isFinite(milliseconds)) return null
  return Math.max(0, Math.round(milliseconds / 60_000))
}

/** `510` → `8 h 30`, `45` → `0 h 45` (the same in French and English). */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  return `${hours} h ${String(minutes % 60).padStart(2, '0')}`
}
