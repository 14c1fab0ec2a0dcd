/**
 * Age ranges as date-of-birth bounds, so an age filter is one indexed range on
 * `date_of_birth`. Days are UTC calendar days: a birth date is stored as that day at
 * midnight or midday UTC (date-only fields), so comparing with the next day's midnight
 * keeps every time of the birthday itself.
 */

const DAY_MS = 86_400_000

/** Today's UTC calendar day, at midnight UTC. */
export function utcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
}

/** The same calendar day `years` earlier; 29 February becomes 28 February in a common year. */
export function yearsBefore(day: Date, years: number): Date {
  const year = day.getUTCFullYear() - years
  const month = day.getUTCMonth()
  const lastDayOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return new Date(Date.UTC(year, month, Math.min(day.getUTCDate(), lastDayOfMonth)))
}

export type BirthBounds = {
  /** Born strictly before this instant (at least `ageMin` years old today). */
  bornBefore?: Date
  /** Born at or after this instant (at most `ageMax` years old today). */
  bornFrom?: Date
}

/**
 * Someone is at least N today when their Nth birthday is today or earlier: born on or
 * before today minus N years. At most N when not yet N+1: born after today minus N+1 years.
 */
export function birthBounds(ageMin: number | undefined, ageMax: number | undefined, now: Date = new Date()): BirthBounds {
  const today = utcDay(now)
  const bounds: BirthBounds = {}
  if (ageMin !== undefined) bounds.bornBefore = new Date(yearsBefore(today, ageMin).getTime() + DAY_MS)
  if (ageMax !== undefined) bounds.bornFrom = new Date(yearsBefore(today, ageMax + 1).getTime() + DAY_MS)
  return bounds
}

/** Age in whole years today, from a stored date of birth. */
export function ageOn(dateOfBirth: string | Date, now: Date = new Date()): number {
  const birth = new Date(dateOfBirth)
  const today = utcDay(now)
  let age = today.getUTCFullYear() - birth.getUTCFullYear()
  const birthdayPassed =
    today.getUTCMonth() > birth.getUTCMonth() || (today.getUTCMonth() === birth.getUTCMonth() && today.getUTCDate() >= birth.getUTCDate())
  if (!birthdayPassed) age -= 1
  return age
}
