/**
 * Calendar days of the set, in PRESENCE_TIME_ZONE (default Africa/Abidjan, i.e. UTC): "today"
 * for the live list and the check-in/check-out decision, day boundaries for history and
 * exports. Pure functions over IANA time zones, no dependency.
 */

export const DEFAULT_PRESENCE_TIME_ZONE = 'Africa/Abidjan'
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** The configured zone; an unknown name falls back to the default rather than breaking scans. */
export function presenceTimeZone(env: Record<string, string | undefined> = process.env): string {
  const zone = env.PRESENCE_TIME_ZONE?.trim()
  return zone && isTimeZone(zone) ? zone : DEFAULT_PRESENCE_TIME_ZONE
}

const formatters = new Map<string, Intl.DateTimeFormat>()
function wallClockParts(instant: Date, zone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  let formatter = formatters.get(zone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(zone, formatter)
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]))
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  }
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffsetMs(instant: Date, zone: string): number {
  const wall = wallClockParts(instant, zone)
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  return wallAsUtc - (instant.getTime() - instant.getUTCMilliseconds())
}

/** `YYYY-MM-DD` of `instant` in the zone. */
export function dayOf(instant: Date, zone: string): string {
  const { year, month, day } = wallClockParts(instant, zone)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = DAY_PATTERN.exec(value)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === value
}

export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (0 when equal). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** The instant the day starts in the zone (midnight local time). */
export function startOfDay(day: string, zone: string): Date {
  const [year, month, date] = day.split('-').map(Number)
  const midnightAsUtc = Date.UTC(year, month - 1, date)
  // Two passes: the offset at the guess may differ from the offset at the true midnight (DST).
  let instant = midnightAsUtc - zoneOffsetMs(new Date(midnightAsUtc), zone)
  instant = midnightAsUtc - zoneOffsetMs(new Date(instant), zone)
  return new Date(instant)
}

/** How far back a still-open arrival counts as the current shift, across midnight. */
export const OPEN_SHIFT_HOURS = 12

/**
 * The earliest arrival a scan at `at` may close: the start of today, or 12 hours back when that is
 * earlier — a night shoot that began at 20:00 ends with a departure at 03:00, not a new arrival,
 * while an arrival left open a whole day (a forgotten departure) is left as it is.
 */
export function openShiftSince(at: Date, zone: string): Date {
  const dayStart = startOfDay(dayOf(at, zone), zone)
  return new Date(Math.min(dayStart.getTime(), at.getTime() - OPEN_SHIFT_HOURS * 3_600_000))
}

/** The half-open range [start of `from`, start of the day after `to`). */
export function dayRange(from: string, to: string, zone: string): { start: Date; end: Date } {
  return { start: startOfDay(from, zone), end: startOfDay(addDays(to, 1), zone) }
}

/**
 * The same wall-clock time as a UTC date: Excel has no time zones, so an export shows the set's
 * local time by writing it as if it were UTC.
 */
export function asWallClockDate(instant: Date, zone: string): Date {
  return new Date(instant.getTime() + zoneOffsetMs(instant, zone))
}
