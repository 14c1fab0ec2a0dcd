import type { Where } from 'payload'

import { birthBounds } from './ageBounds'
import { staffSearchTerms, type StaffSearchFilters } from './staffSearchFilters'

/** Most ids the admin list may filter on with `id in […]` (kept short enough for a URL). */
export const MAX_FILTER_IDS = 500

export type AdminListWhere = { kind: 'where'; where: Where } | { kind: 'ids' }

const isId = (value: string) => /^\d+$/.test(value)

/**
 * The staff filters as the `where` of Payload's admin list (client-safe), references given
 * by id. Payload's postgres adapter joins an array or hasMany table once per query, so two
 * conditions on it land on the same row: one language with its level is right (checked by
 * the integration test), but two languages or two skills would need one row to hold both.
 * Those searches (and references given by slug or code) answer `ids`: the caller then asks
 * GET /api/cinema-talents/search/ids and filters on `id in […]`.
 */
export function staffFiltersToWhere(filters: StaffSearchFilters, now: Date = new Date()): AdminListWhere {
  const references = [...filters.category, ...filters.skill, ...filters.lang.map((entry) => entry.language), filters.country, filters.city]
  if (filters.lang.length > 1 || filters.skill.length > 1 || references.some((value) => value !== undefined && !isId(value))) return { kind: 'ids' }

  const and: Where[] = []
  if (filters.category.length) and.push({ categories: { in: filters.category.map(Number) } })
  if (filters.country) and.push({ country: { equals: Number(filters.country) } })
  if (filters.city) and.push({ city: { equals: Number(filters.city) } })
  if (filters.gender) and.push({ gender: { equals: filters.gender } })
  const { bornBefore, bornFrom } = birthBounds(filters.ageMin, filters.ageMax, now)
  if (bornBefore) and.push({ dateOfBirth: { less_than: bornBefore.toISOString() } })
  if (bornFrom) and.push({ dateOfBirth: { greater_than_equal: bornFrom.toISOString() } })
  if (filters.heightMin !== undefined) and.push({ heightCm: { greater_than_equal: filters.heightMin } })
  if (filters.heightMax !== undefined) and.push({ heightCm: { less_than_equal: filters.heightMax } })
  if (filters.availability.length) and.push({ availability: { in: filters.availability } })
  const [language] = filters.lang
  if (language) {
    and.push({ 'languages.language': { equals: Number(language.language) } })
    if (language.minLevel > 1) and.push({ 'languages.levelRank': { greater_than_equal: language.minLevel } })
  }
  if (filters.skill.length) and.push({ skills: { equals: Number(filters.skill[0]) } })
  // Payload's `like` requires every word, anywhere: the same rule as the staff search.
  const terms = staffSearchTerms(filters.q)
  if (terms.length) and.push({ searchText: { like: terms.join(' ') } })
  // The shape of Payload's own filter builder, so its "Filtres" panel shows these conditions.
  return { kind: 'where', where: and.length ? { or: [{ and }] } : {} }
}

/** `where` matching exactly these profiles (none when the list is empty). */
export function idsWhere(ids: number[]): Where {
  return { or: [{ and: [{ id: { in: ids.length ? ids : [0] } }] }] }
}
