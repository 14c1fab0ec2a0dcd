import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { and, asc, count, eq, exists, ilike, inArray, or, sql, type Column, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload, TypedUser } from 'payload'

import type { Gender } from '@/codes/formats'
import type { Talent } from '../../payload-types'
import type { DirectoryFilters } from './directoryFilters'
import { findByKeyOrId, loadDirectoryReferences, type DirectoryReferences } from './directoryReferences'
import type { PublishablePart } from './profileOptions'
import { ACCENTED_LETTERS, PLAIN_LETTERS, referencesMatching, searchTerms } from './searchText'

export const DIRECTORY_PAGE_SIZE = 24

/** One search word and the reference rows whose names contain it. */
export type TermCriteria = {
  folded: string
  categoryIds: number[]
  skillIds: number[]
  languageIds: number[]
  countryIds: number[]
  cityIds: number[]
}

/** The filters resolved to database ids. */
export type DirectoryCriteria = {
  gender?: Gender
  categoryId?: number
  countryId?: number
  cityId?: number
  languageId?: number
  skillId?: number
  terms: TermCriteria[]
}

/**
 * Resolves the URL's filters against the reference data. Null when a filter names
 * something that does not exist (an unknown category, a city outside the chosen country):
 * such a search has no result, rather than silently ignoring the filter.
 */
export function directoryCriteria(filters: DirectoryFilters, references: DirectoryReferences): DirectoryCriteria | null {
  const criteria: DirectoryCriteria = { gender: filters.gender, terms: [] }

  if (filters.category) {
    const category = findByKeyOrId(references.categories, 'slug', filters.category)
    if (!category) return null
    criteria.categoryId = category.id
  }
  if (filters.country) {
    const country = findByKeyOrId(references.countries, 'iso2', filters.country)
    if (!country) return null
    criteria.countryId = country.id
  }
  if (filters.city) {
    // A city code is unique within its country only, so a code needs the country; an id does not.
    const candidates = criteria.countryId ? references.cities.filter((city) => city.countryId === criteria.countryId) : references.cities
    const city = /^\d+$/.test(filters.city) || criteria.countryId ? findByKeyOrId(candidates, 'code', filters.city) : undefined
    if (!city) return null
    criteria.cityId = city.id
  }
  if (filters.language) {
    const language = findByKeyOrId(references.languages, 'code', filters.language)
    if (!language) return null
    criteria.languageId = language.id
  }
  if (filters.skill) {
    const skill = findByKeyOrId(references.skills, 'slug', filters.skill)
    if (!skill) return null
    criteria.skillId = skill.id
  }

  criteria.terms = searchTerms(filters.q).map((term) => ({
    folded: term.folded,
    categoryIds: referencesMatching(references.searchable.categories, term),
    skillIds: referencesMatching(references.searchable.skills, term),
    languageIds: referencesMatching(references.searchable.languages, term),
    countryIds: referencesMatching(references.searchable.countries, term),
    cityIds: referencesMatching(references.searchable.cities, term),
  }))
  return criteria
}

type Tables = PostgresAdapter['tables']
type Drizzle = PostgresAdapter['drizzle']

/** `%term%` for ILIKE, the pattern's own wildcards escaped: "100%" finds "100%", not everything. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, '\\$&')}%`
}

/**
 * What a visitor may search on, as SQL over the talents table: public profiles only, and a
 * condition on a part of the profile (place, languages, skills, experience) only matches
 * talents who made that part public — otherwise filtering by city would reveal where a
 * talent who hid it lives. Names, code, gender and categories always show on a public profile.
 *
 * Hand-written (with Payload's own table objects) rather than a Payload `where`: the
 * postgres adapter joins a hasMany select once, so "shows the place AND shows the skills"
 * cannot be said with two conditions on `publicParts`; EXISTS sub-queries can.
 */
export function publicDirectoryCondition(drizzle: Drizzle, tables: Tables, criteria: DirectoryCriteria): SQL {
  return directoryCondition(drizzle, tables, criteria, 'public') as SQL
}

/**
 * The directory's condition for an audience: `public` as above; `staff` (the staff exports)
 * with the same filters and search words over every profile and every part, since staff
 * read all of them.
 */
export function directoryCondition(drizzle: Drizzle, tables: Tables, criteria: DirectoryCriteria, audience: 'public' | 'staff'): SQL | undefined {
  const { talents, talents_public_parts: parts, talents_rels: rels, talents_languages: languages } = tables
  const shows = (part: PublishablePart) =>
    audience === 'staff'
      ? undefined
      : exists(drizzle.select({ one: sql`1` }).from(parts).where(and(eq(parts.parent, talents.id), eq(parts.value, part))))
  const related = (path: 'categories' | 'skills', ids: number[]) =>
    exists(
      drizzle
        .select({ one: sql`1` })
        .from(rels)
        .where(and(eq(rels.parent, talents.id), eq(rels.path, path), inArray(rels[`${path}ID`], ids))),
    )
  // Names typed without accents find them: "traore" finds "Traoré".
  const folded = (column: Column) => sql`translate(${column}, ${ACCENTED_LETTERS}, ${PLAIN_LETTERS})`
  const speaks = (ids: number[]) =>
    exists(drizzle.select({ one: sql`1` }).from(languages).where(and(eq(languages._parentID, talents.id), inArray(languages.language, ids))))

  const conditions: (SQL | undefined)[] = [audience === 'public' ? eq(talents.isPublic, true) : undefined]
  if (criteria.gender) conditions.push(eq(talents.gender, criteria.gender))
  if (criteria.categoryId) conditions.push(related('categories', [criteria.categoryId]))
  if (criteria.countryId || criteria.cityId) conditions.push(shows('location'))
  if (criteria.countryId) conditions.push(eq(talents.country, criteria.countryId))
  if (criteria.cityId) conditions.push(eq(talents.city, criteria.cityId))
  if (criteria.languageId) conditions.push(shows('languages'), speaks([criteria.languageId]))
  if (criteria.skillId) conditions.push(shows('skills'), related('skills', [criteria.skillId]))

  for (const term of criteria.terms) {
    const pattern = containsPattern(term.folded)
    const places: SQL[] = []
    if (term.countryIds.length) places.push(inArray(talents.country, term.countryIds))
    if (term.cityIds.length) places.push(inArray(talents.city, term.cityIds))
    conditions.push(
      or(
        ilike(folded(talents.displayName), pattern),
        ilike(folded(talents.firstName), pattern),
        ilike(folded(talents.lastName), pattern),
        ilike(talents.code, pattern),
        and(shows('experience'), ilike(folded(talents.experience), pattern)),
        term.categoryIds.length ? related('categories', term.categoryIds) : undefined,
        term.skillIds.length ? and(shows('skills'), related('skills', term.skillIds)) : undefined,
        term.languageIds.length ? and(shows('languages'), speaks(term.languageIds)) : undefined,
        places.length ? and(shows('location'), or(...places)) : undefined,
      ),
    )
  }
  return and(...conditions)
}

export type DirectoryPage = {
  docs: Talent[]
  totalDocs: number
  totalPages: number
  page: number
  limit: number
}

/** What a directory card needs; every field still goes through the collection's field access. */
const CARD_FIELDS = {
  code: true,
  displayName: true,
  categories: true,
  country: true,
  city: true,
  photo: true,
  // Field access decides from these whether `country` and `city` may be shown.
  isPublic: true,
  publicParts: true,
  user: true,
} as const

/**
 * The public directory: public profiles matching the filters, DIRECTORY_PAGE_SIZE per page,
 * by name. Staff and owners get the same list as visitors (the directory is the public view).
 *
 * Two steps. Payload refuses a visitor's `where` on fields whose read access depends on the
 * document (place, languages, skills: it checks field access without a document when it
 * validates a query), and its adapter cannot require two public parts at once. So (1) the
 * page of matching ids and the count come from SQL built only from what visitors may see
 * (publicDirectoryCondition); then (2) those profiles are read through the Local API with
 * `overrideAccess: false` and the user, so collection and field access apply to everything
 * returned — a private profile cannot come back even if step 1 were wrong.
 */
export async function searchPublicTalents(
  payload: Payload,
  filters: DirectoryFilters,
  user: TypedUser | null | undefined,
): Promise<DirectoryPage> {
  const references = await loadDirectoryReferences(payload)
  const criteria = directoryCriteria(filters, references)
  const empty: DirectoryPage = { docs: [], totalDocs: 0, totalPages: 0, page: filters.page, limit: DIRECTORY_PAGE_SIZE }
  if (!criteria) return empty

  const { drizzle, tables } = payload.db as unknown as PostgresAdapter
  const condition = publicDirectoryCondition(drizzle, tables, criteria)
  const [rows, [{ total }]] = await Promise.all([
    drizzle
      .select({ id: tables.talents.id })
      .from(tables.talents)
      .where(condition)
      .orderBy(asc(tables.talents.displayName), asc(tables.talents.id))
      .limit(DIRECTORY_PAGE_SIZE)
      .offset((filters.page - 1) * DIRECTORY_PAGE_SIZE),
    drizzle.select({ total: count() }).from(tables.talents).where(condition),
  ])
  const ids = rows.map((row) => row.id as number)
  const totals = { totalDocs: total, totalPages: Math.ceil(total / DIRECTORY_PAGE_SIZE) }
  if (ids.length === 0) return { ...empty, ...totals }

  const { docs } = await payload.find({
    collection: 'talents',
    where: { and: [{ id: { in: ids } }, { isPublic: { equals: true } }] },
    pagination: false,
    depth: 1,
    select: CARD_FIELDS,
    overrideAccess: false,
    user: user ?? undefined,
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc as Talent]))
  return {
    docs: ids.flatMap((id) => byId.get(id) ?? []),
    ...totals,
    page: filters.page,
    limit: DIRECTORY_PAGE_SIZE,
  }
}
