import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { and, asc, count, desc, eq, gte, inArray, like, lt, lte, sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload, TypedUser } from 'payload'

import { format, type Locale } from '@/i18n'
import { getCinemaStaffMessages } from '@/i18n/messages/cinemaStaff'
import { findByKeyOrId, loadDirectoryReferences, type DirectoryReferences } from '@/talents/directoryReferences'
import { containsPattern } from '@/talents/searchPublicTalents'
import type { CinemaTalent } from '../../../payload-types'
import { birthBounds } from './ageBounds'
import { staffSearchTerms, type LevelRank, type StaffSearchError, type StaffSearchFilters, type StaffSort } from './staffSearchFilters'

/** The filters resolved to database ids and dates. */
export type StaffSearchCriteria = Pick<StaffSearchFilters, 'gender' | 'heightMin' | 'heightMax' | 'availability' | 'sort'> & {
  categoryIds: number[]
  countryId?: number
  cityId?: number
  bornBefore?: Date
  bornFrom?: Date
  languages: { languageId: number; minLevel: LevelRank }[]
  skillIds: number[]
  /** Accent-folded, lower-case words, each required in `searchText`. */
  terms: string[]
}

/** A filter naming something that does not exist: the API answers 400 with these messages. */
export class StaffSearchReferenceError extends Error {
  constructor(readonly errors: StaffSearchError[]) {
    super(errors.map((error) => error.message).join(' '))
    this.name = 'StaffSearchReferenceError'
  }
}

export function staffSearchCriteria(
  filters: StaffSearchFilters,
  references: DirectoryReferences,
  locale: Locale,
  now: Date = new Date(),
): StaffSearchCriteria {
  const m = getCinemaStaffMessages(locale).errors
  const errors: StaffSearchError[] = []
  const resolve = <T extends { id: number }>(rows: T[], key: keyof T, value: string, path: string, message: string): number | undefined => {
    const row = findByKeyOrId(rows, key, value)
    if (!row) errors.push({ path, message: format(message, { value }) })
    return row?.id
  }

  const countryId = filters.country ? resolve(references.countries, 'iso2', filters.country, 'country', m.unknownCountry) : undefined
  let cityId: number | undefined
  if (filters.city) {
    // A city code is unique within its country only: a code needs the country, an id does not.
    const byId = /^\d+$/.test(filters.city)
    const candidates = countryId ? references.cities.filter((city) => city.countryId === countryId) : byId ? references.cities : []
    cityId = resolve(candidates, 'code', filters.city, 'city', m.unknownCity)
  }
  const ids = (values: number[]) => [...new Set(values.filter((id): id is number => id !== undefined))]
  const criteria: StaffSearchCriteria = {
    gender: filters.gender,
    heightMin: filters.heightMin,
    heightMax: filters.heightMax,
    availability: filters.availability,
    sort: filters.sort,
    categoryIds: ids(filters.category.map((value) => resolve(references.categories, 'slug', value, 'category', m.unknownCategory)!)),
    countryId,
    cityId,
    ...birthBounds(filters.ageMin, filters.ageMax, now),
    languages: filters.lang.flatMap(({ language, minLevel }) => {
      const languageId = resolve(references.languages, 'code', language, 'lang', m.unknownLanguage)
      return languageId ? [{ languageId, minLevel }] : []
    }),
    skillIds: ids(filters.skill.map((value) => resolve(references.skills, 'slug', value, 'skill', m.unknownSkill)!)),
    terms: staffSearchTerms(filters.q),
  }
  if (errors.length) throw new StaffSearchReferenceError(errors)
  return criteria
}

type Tables = PostgresAdapter['tables']

/** `search_language_levels` holds language_id * 8 + k for k = 1 … the level rank (migration 20261125_233000). */
export const languageLevelCode = (languageId: number, minLevel: number) => languageId * 8 + minLevel

const intArray = (values: number[]) => sql`ARRAY[${sql.join(
  values.map((value) => sql`${Math.trunc(value)}`),
  sql`, `,
)}]::integer[]`

/**
 * The staff search as SQL over Payload's tables. Staff may see every profile, public or
 * not, so there is no visibility condition here; the read that follows still goes through
 * the collection's access as the staff member. Scalar columns match the btree indexes of
 * migration 20261125_180000_cinema_search_indexes, free text its trigram index; categories,
 * skills and languages match the GIN index over the arrays migration 20261125_233000 keeps in
 * the row, exact and in sync with the join tables by triggers (an exact total is then a bitmap
 * over the one table, not a semi-join through cinema_talents_rels and _languages).
 */
export function staffSearchCondition(tables: Tables, criteria: StaffSearchCriteria): SQL | undefined {
  const talents = tables.cinema_talents
  // Not declared to drizzle (raw SQL columns): qualified through the table's own name.
  const column = (name: 'search_category_ids' | 'search_skill_ids' | 'search_language_levels') => sql`${talents}.${sql.identifier(name)}`

  const conditions: (SQL | undefined)[] = []
  if (criteria.gender) conditions.push(eq(talents.gender, criteria.gender))
  if (criteria.countryId) conditions.push(eq(talents.country, criteria.countryId))
  if (criteria.cityId) conditions.push(eq(talents.city, criteria.cityId))
  if (criteria.bornBefore) conditions.push(lt(talents.dateOfBirth, criteria.bornBefore.toISOString()))
  if (criteria.bornFrom) conditions.push(gte(talents.dateOfBirth, criteria.bornFrom.toISOString()))
  if (criteria.heightMin !== undefined) conditions.push(gte(talents.heightCm, criteria.heightMin))
  if (criteria.heightMax !== undefined) conditions.push(lte(talents.heightCm, criteria.heightMax))
  if (criteria.availability.length) conditions.push(inArray(talents.availability, criteria.availability))
  // Any of the chosen categories (overlap); every chosen skill, every chosen language at its
  // minimum level (containment: "at level ≥ L" is the code of rank L, present from L up).
  if (criteria.categoryIds.length) conditions.push(sql`${column('search_category_ids')} && ${intArray(criteria.categoryIds)}`)
  if (criteria.skillIds.length) conditions.push(sql`${column('search_skill_ids')} @> ${intArray(criteria.skillIds)}`)
  if (criteria.languages.length) {
    const codes = criteria.languages.map(({ languageId, minLevel }) => languageLevelCode(languageId, minLevel))
    conditions.push(sql`${column('search_language_levels')} @> ${intArray(codes)}`)
  }
  for (const term of criteria.terms) conditions.push(like(talents.searchText, containsPattern(term)))
  return conditions.length ? and(...conditions) : undefined
}

export function staffSearchOrder(tables: Tables, sort: StaffSort): SQL[] {
  const talents = tables.cinema_talents
  switch (sort) {
    case '-name':
      return [desc(talents.displayName), desc(talents.id)]
    // Youngest first: the latest birth dates.
    case 'age':
      return [desc(talents.dateOfBirth), asc(talents.id)]
    case '-age':
      return [asc(talents.dateOfBirth), asc(talents.id)]
    case 'height':
      return [sql`${talents.heightCm} asc nulls last`, asc(talents.id)]
    case '-height':
      return [sql`${talents.heightCm} desc nulls last`, asc(talents.id)]
    case 'newest':
      return [desc(talents.createdAt), desc(talents.id)]
    case 'code':
      return [asc(talents.code), asc(talents.id)]
    default:
      return [asc(talents.displayName), asc(talents.id)]
  }
}

export type StaffSearchPage = {
  docs: CinemaTalent[]
  totalDocs: number
  page: number
  totalPages: number
  limit: number
}

/** What the list shows (table row, phone card, API entry); field access still applies to each. */
export const STAFF_LIST_FIELDS = {
  code: true,
  displayName: true,
  firstName: true,
  lastName: true,
  stageName: true,
  gender: true,
  dateOfBirth: true,
  heightCm: true,
  country: true,
  city: true,
  categories: true,
  availability: true,
  photo: true,
  isPublic: true,
  createdAt: true,
} as const

const POPULATE = {
  countries: { iso2: true, nameFr: true, nameEn: true, flag: true },
  cities: { name: true, code: true },
  categories: { slug: true, nameFr: true, nameEn: true },
} as const

type SearchOptions = { locale: Locale; now?: Date }

async function resolveCriteria(payload: Payload, filters: StaffSearchFilters, { locale, now }: SearchOptions) {
  const references = await loadDirectoryReferences(payload)
  return staffSearchCriteria(filters, references, locale, now)
}

/**
 * The staff search of cinema talents, in two steps: (1) the page of matching ids and the
 * total, by SQL on Payload's tables (Payload's generic `where` cannot say "speaks Wolof
 * fluently AND French natively" or "has every chosen skill": it joins an array or hasMany
 * table once, so two conditions land on the same row; and its count and deep pages are
 * slow at scale, see STACK-NOTES); (2) those profiles read with the Local API as the
 * staff member (`overrideAccess: false`), so collection and field access apply to what is
 * returned. Throws StaffSearchReferenceError for an unknown category, city, language…
 */
export async function searchCinemaTalents(
  payload: Payload,
  filters: StaffSearchFilters,
  user: TypedUser,
  options: SearchOptions,
): Promise<StaffSearchPage> {
  const { ids, ...result } = await searchCinemaTalentIds(payload, filters, options)
  if (ids.length === 0) return { docs: [], ...result }

  const { docs } = await payload.find({
    collection: 'cinema-talents',
    where: { id: { in: ids } },
    pagination: false,
    depth: 1,
    select: STAFF_LIST_FIELDS,
    populate: POPULATE,
    overrideAccess: false,
    user,
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc as CinemaTalent]))
  return { docs: ids.flatMap((id) => byId.get(id) ?? []), ...result }
}

/** Step (1) of the staff search alone: the page of matching ids, in order, and the totals. */
export async function searchCinemaTalentIds(
  payload: Payload,
  filters: StaffSearchFilters,
  options: SearchOptions,
): Promise<Omit<StaffSearchPage, 'docs'> & { ids: number[] }> {
  const criteria = await resolveCriteria(payload, filters, options)
  const { drizzle, tables } = payload.db as unknown as PostgresAdapter
  const talents = tables.cinema_talents
  const condition = staffSearchCondition(tables, criteria)
  const [rows, [{ total }]] = await Promise.all([
    drizzle
      .select({ id: talents.id })
      .from(talents)
      .where(condition)
      .orderBy(...staffSearchOrder(tables, criteria.sort))
      .limit(filters.limit)
      .offset((filters.page - 1) * filters.limit),
    drizzle.select({ total: count() }).from(talents).where(condition),
  ])
  return {
    ids: rows.map((row) => row.id as number),
    totalDocs: total,
    page: filters.page,
    totalPages: Math.ceil(total / filters.limit),
    limit: filters.limit,
  }
}

/**
 * Every matching id, when there are at most `max` (the admin list filters on them when
 * Payload's own `where` cannot say it); `ids` is null above that, with the total.
 * Only ids the staff member may read come back.
 */
export async function matchingCinemaTalentIds(
  payload: Payload,
  filters: StaffSearchFilters,
  user: TypedUser,
  options: SearchOptions & { max: number },
): Promise<{ ids: number[] | null; totalDocs: number }> {
  const criteria = await resolveCriteria(payload, filters, options)
  const { drizzle, tables } = payload.db as unknown as PostgresAdapter
  const talents = tables.cinema_talents
  const rows = await drizzle
    .select({ id: talents.id })
    .from(talents)
    .where(staffSearchCondition(tables, criteria))
    .orderBy(asc(talents.id))
    .limit(options.max + 1)
  if (rows.length > options.max) {
    const [{ total }] = await drizzle.select({ total: count() }).from(talents).where(staffSearchCondition(tables, criteria))
    return { ids: null, totalDocs: total }
  }
  const ids = rows.map((row) => row.id as number)
  if (ids.length === 0) return { ids, totalDocs: 0 }
  const readable = await payload.find({
    collection: 'cinema-talents',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: false,
    user,
  })
  const readableIds = readable.docs.map((doc) => doc.id).sort((a, b) => a - b)
  return { ids: readableIds, totalDocs: readableIds.length }
}
