import type { ReferenceTable } from './types'

/**
 * How many rows the builders produce, kept here so that a start-up with complete
 * tables needs six COUNT queries and never reads the 6 MB city file.
 * tests/unit/reference-lists.test.ts and reference-cities.test.ts fail when a package update changes them.
 */
export const EXPECTED_ROW_COUNTS: Record<ReferenceTable, number> = {
  countries: 194,
  cities: 2523,
  nationalities: 194,
  languages: 226,
  categories: 40,
  skills: 93,
}
