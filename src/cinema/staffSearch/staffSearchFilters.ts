import { z } from 'zod'

import { AVAILABILITY_OPTIONS } from '@/cinema/cinemaOptions'
import { GENDERS, type Gender } from '@/codes/formats'
import { format, type Locale } from '@/i18n'
import { getCinemaStaffMessages } from '@/i18n/messages/cinemaStaff'
import { LANGUAGE_LEVEL_OPTIONS } from '@/talents/profileOptions'
import { MAX_QUERY_LENGTH, MAX_SEARCH_TERMS, normalizeSearchText } from '@/talents/searchText'

/**
 * The staff search's filters as they travel in a URL, shared by the staff page
 * (/cinema/talents), the admin list's filter panel and GET /api/cinema-talents/search:
 *
 *   q=koné  category=acteur  country=CI  city=ABJ  gender=F  ageMin=20  ageMax=35
 *   heightMin=160  heightMax=185  lang=wo:3 (repeatable; `language=` on pages, where `lang`
 *   switches the site's language)  skill=chant (repeatable, all required)
 *   availability=available (repeatable, any)  sort=name  page=2  limit=25
 *
 * References are stable keys (slug, ISO code, city code, language code) or database ids.
 * Client-safe: no Payload import.
 */

export const STAFF_SORTS = ['name', '-name', 'age', '-age', 'height', '-height', 'newest', 'code'] as const
export type StaffSort = (typeof STAFF_SORTS)[number]

export const AVAILABILITIES = AVAILABILITY_OPTIONS.map((option) => option.value)
export type Availability = (typeof AVAILABILITY_OPTIONS)[number]['value']

/** 1 basic … 4 native, as `languages[].levelRank`. */
export type LevelRank = 1 | 2 | 3 | 4
export const LEVEL_NAMES = LANGUAGE_LEVEL_OPTIONS.map((option) => option.value)

export const STAFF_SEARCH_LIMITS = {
  age: { min: 0, max: 120 },
  height: { min: 50, max: 250 },
  page: { max: 10_000 },
  limit: { default: 25, max: 100 },
  /** Values of one repeatable filter (categories, languages, skills). */
  values: 10,
} as const

export type LanguageFilter = { language: string; minLevel: LevelRank }

export type StaffSearchFilters = {
  q?: string
  category: string[]
  country?: string
  city?: string
  gender?: Gender
  ageMin?: number
  ageMax?: number
  heightMin?: number
  heightMax?: number
  lang: LanguageFilter[]
  skill: string[]
  availability: Availability[]
  sort: StaffSort
  page: number
  limit: number
}

export const DEFAULT_STAFF_FILTERS: StaffSearchFilters = {
  category: [],
  lang: [],
  skill: [],
  availability: [],
  sort: 'name',
  page: 1,
  limit: STAFF_SEARCH_LIMITS.limit.default,
}

export type StaffSearchError = { path: string; message: string }

const SLUG_OR_ID = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\d+)$/i
const LANG = /^([a-z]{2,3}|\d+)(?::([1-4]|basic|intermediate|fluent|native))?$/i

function levelRank(level: string | undefined): LevelRank {
  if (!level) return 1
  if (/^[1-4]$/.test(level)) return Number(level) as LevelRank
  return (LEVEL_NAMES.indexOf(level.toLowerCase() as (typeof LEVEL_NAMES)[number]) + 1) as LevelRank
}

/** The zod schema, its messages in the caller's language. Input: every parameter as a list of strings. */
export function staffSearchSchema(locale: Locale) {
  const m = getCinemaStaffMessages(locale).errors
  const { age, height, page, limit, values } = STAFF_SEARCH_LIMITS
  const list = z.array(z.string()).default([])
  const one = (message?: string) =>
    list.refine((items) => items.length <= 1, { message: message ?? m.repeated }).transform((items) => items[0]?.trim() || undefined)
  const many = <T extends z.ZodType<unknown, string>>(item: T) =>
    list
      .transform((items) => items.flatMap((item) => item.split(',')).map((item) => item.trim()).filter(Boolean))
      .pipe(z.array(item).max(values, format(m.tooMany, { max: values })))
  const integer = (min: number, max: number, message: string) =>
    one().pipe(
      z
        .string()
        .regex(/^\d+$/, message)
        .transform(Number)
        .pipe(z.number().int().min(min, message).max(max, message))
        .optional(),
    )

  return z
    .object({
      q: one().pipe(z.string().max(MAX_QUERY_LENGTH, format(m.q, { max: MAX_QUERY_LENGTH })).optional()),
      category: many(z.string().regex(SLUG_OR_ID, m.category).max(80, m.category)),
      country: one().pipe(z.string().regex(/^(?:[a-z]{2}|\d+)$/i, m.country).transform((value) => value.toUpperCase()).optional()),
      city: one().pipe(z.string().regex(/^(?:[a-z]{3}|\d+)$/i, m.city).transform((value) => value.toUpperCase()).optional()),
      gender: one().pipe(
        z
          .string()
          .transform((value) => value.toUpperCase())
          .refine((value) => GENDERS.includes(value as Gender), m.gender)
          .transform((value) => value as Gender)
          .optional(),
      ),
      ageMin: integer(age.min, age.max, format(m.ageMin, age)),
      ageMax: integer(age.min, age.max, format(m.ageMax, age)),
      heightMin: integer(height.min, height.max, format(m.heightMin, height)),
      heightMax: integer(height.min, height.max, format(m.heightMax, height)),
      lang: many(
        z
          .string()
          .regex(LANG, m.lang)
          .transform((value): LanguageFilter => {
            const [, language, level] = LANG.exec(value)!
            return { language: language.toLowerCase(), minLevel: levelRank(level) }
          }),
      ),
      skill: many(z.string().regex(SLUG_OR_ID, m.skill).max(80, m.skill)),
      availability: many(z.enum(AVAILABILITIES as [Availability, ...Availability[]], { message: m.availability })),
      sort: one().pipe(z.enum(STAFF_SORTS, { message: m.sort }).default('name')),
      page: integer(1, page.max, format(m.page, { max: page.max })).transform((value) => value ?? 1),
      limit: integer(1, limit.max, format(m.limit, { max: limit.max })).transform((value) => value ?? limit.default),
    })
    .superRefine((filters, context) => {
      if (filters.ageMin !== undefined && filters.ageMax !== undefined && filters.ageMin > filters.ageMax)
        context.addIssue({ code: 'custom', path: ['ageMin'], message: m.ageRange })
      if (filters.heightMin !== undefined && filters.heightMax !== undefined && filters.heightMin > filters.heightMax)
        context.addIssue({ code: 'custom', path: ['heightMin'], message: m.heightRange })
    })
}

export type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>

const PARAM_KEYS = ['q', 'category', 'country', 'city', 'gender', 'ageMin', 'ageMax', 'heightMin', 'heightMax', 'skill', 'availability', 'sort', 'page', 'limit'] as const

/**
 * Every known parameter as a list. Languages come as `lang` (API) or `language` (pages: the
 * site's proxy takes `lang` for its own language switch); a page without JavaScript sends
 * `language` and `level` side by side, paired here by position.
 */
export function rawStaffSearchParams(params: SearchParamsLike): Record<string, string[]> {
  const all = (key: string): string[] => {
    if (params instanceof URLSearchParams) return params.getAll(key)
    const value = params[key]
    return value === undefined ? [] : Array.isArray(value) ? value : [value]
  }
  const raw: Record<string, string[]> = {}
  for (const key of PARAM_KEYS) raw[key] = all(key).filter((value) => value.trim() !== '')
  const levels = all('level')
  const languages = all('language').flatMap((value, index) => {
    if (!value.trim()) return []
    return value.includes(':') || !levels[index] ? [value] : [`${value}:${levels[index]}`]
  })
  raw.lang = [...all('lang'), ...languages].filter((value) => value.trim() !== '')
  return raw
}

export type ParsedStaffSearch =
  | { success: true; filters: StaffSearchFilters }
  | { success: false; errors: StaffSearchError[]; /** The request without its faulty parameters. */ filters: StaffSearchFilters }

/** Parses a request's filters; on errors, also gives the filters that remain once the faulty parameters are dropped. */
export function parseStaffSearch(params: SearchParamsLike, locale: Locale): ParsedStaffSearch {
  const schema = staffSearchSchema(locale)
  const raw = rawStaffSearchParams(params)
  const parsed = schema.safeParse(raw)
  if (parsed.success) return { success: true, filters: parsed.data }
  const errors = parsed.error.issues.map((issue) => ({ path: String(issue.path[0] ?? ''), message: issue.message }))
  const faulty = new Set(errors.map((error) => error.path))
  // The range errors name the lower bound; drop both ends of that range.
  if (faulty.has('ageMin')) faulty.add('ageMax')
  if (faulty.has('heightMin')) faulty.add('heightMax')
  const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => !faulty.has(key)))
  const fallback = schema.safeParse(kept)
  return { success: false, errors, filters: fallback.success ? fallback.data : DEFAULT_STAFF_FILTERS }
}

export type UrlFlavour = 'api' | 'page'

/**
 * The filters as URL parameters, empty ones and defaults left out (short, shareable links).
 * `page` flavour writes languages as `language=` (see rawStaffSearchParams).
 */
export function staffSearchParams(filters: Partial<StaffSearchFilters>, flavour: UrlFlavour = 'page'): URLSearchParams {
  const params = new URLSearchParams()
  const set = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.append(key, String(value))
  }
  set('q', filters.q)
  for (const category of filters.category ?? []) set('category', category)
  set('country', filters.country)
  set('city', filters.city)
  set('gender', filters.gender)
  set('ageMin', filters.ageMin)
  set('ageMax', filters.ageMax)
  set('heightMin', filters.heightMin)
  set('heightMax', filters.heightMax)
  for (const { language, minLevel } of filters.lang ?? []) set(flavour === 'api' ? 'lang' : 'language', `${language}:${minLevel}`)
  for (const skill of filters.skill ?? []) set('skill', skill)
  for (const availability of filters.availability ?? []) set('availability', availability)
  if (filters.sort && filters.sort !== 'name') set('sort', filters.sort)
  if (filters.page && filters.page > 1) set('page', filters.page)
  if (filters.limit && filters.limit !== STAFF_SEARCH_LIMITS.limit.default) set('limit', filters.limit)
  return params
}

/** Filters that narrow the list (search words, sort and paging aside): the phone's "Filtres (2)". */
export function activeStaffFilterCount(filters: StaffSearchFilters): number {
  return (
    filters.category.length +
    filters.lang.length +
    filters.skill.length +
    filters.availability.length +
    [filters.country, filters.city, filters.gender].filter(Boolean).length +
    (filters.ageMin !== undefined || filters.ageMax !== undefined ? 1 : 0) +
    (filters.heightMin !== undefined || filters.heightMax !== undefined ? 1 : 0)
  )
}

/** Words of a free-text query, folded as `setCinemaSearchFields` folds `searchText`; each is required. */
export function staffSearchTerms(q: string | undefined): string[] {
  if (!q) return []
  const words = normalizeSearchText(q).split(' ').filter((word) => word.length >= 2)
  return [...new Set(words)].slice(0, MAX_SEARCH_TERMS)
}
