import type { Payload } from 'payload'

import { loadDirectoryReferences } from '@/talents/directoryReferences'

type Named = { nameFr: string; nameEn: string }
type Hydratable = {
  country?: unknown
  city?: unknown
  nationality?: unknown
  categories?: unknown[] | null
  skills?: unknown[] | null
  languages?: { language: unknown }[] | null
}

/**
 * Names of the reference rows a profile points to, from the memoized directory references
 * (plus nationalities, a few hundred rows): an export reads profiles at depth 0 and puts the
 * names in here, instead of Payload populating the same few hundred rows again for every page.
 */
export async function referenceNames(payload: Payload, { nationalities: withNationalities = true }: { nationalities?: boolean } = {}) {
  const references = await loadDirectoryReferences(payload)
  // Reference data is public; read as a visitor.
  const nationalities = withNationalities
    ? await payload.find({ collection: 'nationalities', pagination: false, depth: 0, overrideAccess: false, select: { nameFr: true, nameEn: true } })
    : { docs: [] }
  const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]))
  const maps = {
    country: byId(references.countries),
    city: byId(references.cities.map(({ id, name, code }) => ({ id, name, code, nameFr: name, nameEn: name }))),
    nationality: byId(nationalities.docs as (Named & { id: number })[]),
    categories: byId(references.categories),
    skills: byId(references.skills),
    languages: byId(references.languages),
  }
  const one = <T>(map: Map<number, T>, value: unknown): T | unknown => (typeof value === 'number' ? (map.get(value) ?? value) : value)

  return function hydrate<T extends Hydratable>(doc: T): T {
    return {
      ...doc,
      country: one(maps.country, doc.country),
      city: one(maps.city, doc.city),
      nationality: one(maps.nationality, doc.nationality),
      categories: doc.categories?.map((value) => one(maps.categories, value)),
      skills: doc.skills?.map((value) => one(maps.skills, value)),
      languages: doc.languages?.map((row) => ({ ...row, language: one(maps.languages, row.language) })),
    }
  }
}
