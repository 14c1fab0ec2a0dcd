import { GENDERS, type Gender } from '@/codes/formats'
import { MAX_QUERY_LENGTH } from './searchText'

/**
 * The directory's filters as they travel in the URL (/talents?q=…&category=acteur&country=CI&city=ABJ…),
 * so a search can be shared. Stable keys, not database ids: a category's slug, a country's
 * ISO code, a city's 3-letter code, a language's ISO code, a skill's slug (ids are accepted too).
 */
export type DirectoryFilters = {
  q?: string
  category?: string
  country?: string
  city?: string
  language?: string
  skill?: string
  gender?: Gender
  page: number
}

export const DIRECTORY_FILTER_KEYS = ['q', 'category', 'country', 'city', 'language', 'skill', 'gender'] as const
export type DirectoryFilterKey = (typeof DIRECTORY_FILTER_KEYS)[number]

const MAX_PAGE = 10_000
const SLUG_OR_ID = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\d+)$/i

type SearchParamsLike = Record<string, string | string[] | undefined> | URLSearchParams

function first(params: SearchParamsLike, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key]
  const text = Array.isArray(value) ? value[0] : value
  const trimmed = text?.trim()
  return trimmed ? trimmed : undefined
}

const matching = (value: string | undefined, pattern: RegExp) => (value && pattern.test(value) ? value : undefined)

/** Reads the filters of a request; anything malformed is dropped rather than refused. */
export function parseDirectoryFilters(params: SearchParamsLike): DirectoryFilters {
  const gender = first(params, 'gender')?.toUpperCase()
  const page = Number(first(params, 'page'))
  return {
    q: first(params, 'q')?.slice(0, MAX_QUERY_LENGTH).trim() || undefined,
    category: matching(first(params, 'category'), SLUG_OR_ID)?.slice(0, 80),
    country: matching(first(params, 'country'), /^[a-z]{2}$/i)?.toUpperCase(),
    city: matching(first(params, 'city'), /^(?:[a-z]{3}|\d+)$/i)?.toUpperCase(),
    language: matching(first(params, 'language'), /^(?:[a-z]{2,3}|\d+)$/i)?.toLowerCase(),
    skill: matching(first(params, 'skill'), SLUG_OR_ID)?.slice(0, 80),
    gender: GENDERS.includes(gender as Gender) ? (gender as Gender) : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  }
}

/** How many filters (search words aside) narrow the list: the phone's "Filtres (2)" button. */
export function activeFilterCount(filters: DirectoryFilters): number {
  return DIRECTORY_FILTER_KEYS.filter((key) => key !== 'q' && filters[key]).length
}

/**
 * The directory URL for these filters with some changed: empty values left out, page 1
 * implied, so links stay short and shareable. Changing a filter goes back to page 1;
 * removing the country removes its city.
 */
export function directoryHref(
  filters: DirectoryFilters,
  changes: Partial<Record<DirectoryFilterKey, string | undefined>> & { page?: number } = {},
): string {
  const next: Partial<Record<DirectoryFilterKey, string>> = { ...filters, ...changes }
  if ('country' in changes && changes.country !== filters.country) next.city = 'city' in changes ? changes.city : undefined
  const params = new URLSearchParams()
  for (const key of DIRECTORY_FILTER_KEYS) {
    const value = next[key]
    if (value) params.set(key, value)
  }
  const page = changes.page ?? 1
  if (page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `/talents?${query}` : '/talents'
}
