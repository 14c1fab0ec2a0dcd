import type { Payload } from 'payload'

import { memoizeReference } from '@/reference-data/referenceCache'
import { searchableReference, type SearchableReference } from './searchText'

type Named = { id: number; nameFr: string; nameEn: string }

export type DirectoryCategory = Named & { slug: string; group: string }
export type DirectorySkill = Named & { slug: string; group: string }
export type DirectoryLanguage = Named & { code: string; isAfrican: boolean }
export type DirectoryCountry = Named & { iso2: string; flag: string | null; isAfrican: boolean }
export type DirectoryCity = { id: number; name: string; code: string; countryId: number }

/**
 * The reference rows the directory filters on and searches in (a few thousand small rows),
 * read once and kept in memory: filters given as slugs or codes in the URL are resolved
 * here, and free-text words are compared here with every name, without accents.
 */
export type DirectoryReferences = {
  categories: DirectoryCategory[]
  skills: DirectorySkill[]
  languages: DirectoryLanguage[]
  countries: DirectoryCountry[]
  cities: DirectoryCity[]
  searchable: Record<'categories' | 'skills' | 'languages' | 'countries' | 'cities', SearchableReference[]>
}

const idOf = (value: unknown): number => (value && typeof value === 'object' ? (value as { id: number }).id : (value as number))

async function readReferences(payload: Payload): Promise<DirectoryReferences> {
  // Reference data is public (read: anyone); read it as a visitor would.
  const common = { pagination: false, depth: 0, overrideAccess: false } as const
  const [categories, skills, languages, countries, cities] = await Promise.all([
    payload.find({ collection: 'categories', ...common, sort: 'sortOrder', select: { slug: true, nameFr: true, nameEn: true, group: true } }),
    payload.find({ collection: 'skills', ...common, sort: 'sortOrder', select: { slug: true, nameFr: true, nameEn: true, group: true } }),
    payload.find({ collection: 'languages', ...common, sort: 'sortOrder', select: { code: true, nameFr: true, nameEn: true, isAfrican: true } }),
    payload.find({ collection: 'countries', ...common, sort: 'sortOrder', select: { iso2: true, nameFr: true, nameEn: true, flag: true, isAfrican: true } }),
    payload.find({ collection: 'cities', ...common, sort: 'name', select: { name: true, code: true, country: true } }),
  ])

  const result = {
    categories: categories.docs.map(({ id, slug, nameFr, nameEn, group }) => ({ id, slug, nameFr, nameEn, group })),
    skills: skills.docs.map(({ id, slug, nameFr, nameEn, group }) => ({ id, slug, nameFr, nameEn, group })),
    languages: languages.docs.map(({ id, code, nameFr, nameEn, isAfrican }) => ({ id, code, nameFr, nameEn, isAfrican: Boolean(isAfrican) })),
    countries: countries.docs.map(({ id, iso2, nameFr, nameEn, flag, isAfrican }) => ({ id, iso2, nameFr, nameEn, flag: flag ?? null, isAfrican: Boolean(isAfrican) })),
    cities: cities.docs.map(({ id, name, code, country }) => ({ id, name, code, countryId: idOf(country) })),
  }
  const named = (rows: Named[]) => rows.map(({ id, nameFr, nameEn }) => searchableReference(id, [nameFr, nameEn]))
  return {
    ...result,
    searchable: {
      categories: named(result.categories),
      skills: named(result.skills),
      languages: named(result.languages),
      countries: named(result.countries),
      cities: result.cities.map(({ id, name }) => searchableReference(id, [name])),
    },
  }
}

/** Memoized like the public reference endpoints (cleared when an admin edits countries or cities). */
export function loadDirectoryReferences(payload: Payload): Promise<DirectoryReferences> {
  return memoizeReference('talent-directory', () => readReferences(payload))
}

/** A row given in a URL by its stable key (slug, code) or by its id. */
export function findByKeyOrId<T extends { id: number }>(rows: T[], key: keyof T, value: string): T | undefined {
  if (/^\d+$/.test(value)) return rows.find((row) => row.id === Number(value))
  return rows.find((row) => String(row[key]).toLowerCase() === value.toLowerCase())
}
