import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { count } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { EXPECTED_ROW_COUNTS } from './expectedRowCounts'
import { clearReferenceCache } from './referenceCache'
import type { ReferenceDataReport, ReferenceDataset, ReferenceTable, TableLoadResult } from './types'

/** Load order: cities and nationalities point at countries. */
const TABLES: readonly ReferenceTable[] = ['countries', 'cities', 'nationalities', 'languages', 'categories', 'skills']

/** Rows per INSERT statement, well under PostgreSQL's 65,535 bound parameters. */
const INSERT_BATCH_SIZE = 500

const FRENCH_TABLE_NAMES: Record<ReferenceTable, { name: string; feminine: boolean }> = {
  countries: { name: 'pays', feminine: false },
  cities: { name: 'villes', feminine: true },
  nationalities: { name: 'nationalités', feminine: true },
  languages: { name: 'langues', feminine: true },
  categories: { name: 'catégories', feminine: true },
  skills: { name: 'compétences', feminine: true },
}

type Drizzle = PostgresAdapter['drizzle']
type Tables = PostgresAdapter['tables']
type Row = Record<string, unknown>

/**
 * Makes sure every reference table holds at least the rows the builders produce.
 * Complete tables cost one COUNT each. Missing rows are bulk-inserted with
 * ON CONFLICT DO NOTHING on the natural keys (iso2, country + code, slug, code…),
 * so a restart, a half-empty table or two processes starting together never
 * duplicate anything.
 */
export async function loadReferenceData(payload: Payload): Promise<ReferenceDataReport> {
  const { drizzle, tables } = payload.db as unknown as PostgresAdapter

  const present = await countRows(drizzle, tables)
  const incomplete = TABLES.filter((table) => present[table] < EXPECTED_ROW_COUNTS[table])

  let expected = EXPECTED_ROW_COUNTS
  let inserted = countsOf(() => 0)
  let final = present
  if (incomplete.length > 0) {
    // Only read the packages (and the big city file) when something is missing.
    const { buildReferenceData } = await import('./buildReferenceData')
    const dataset = await buildReferenceData()
    expected = countsOf((table) => dataset[table].length)
    inserted = await insertMissingRows(drizzle, tables, dataset, incomplete)
    clearReferenceCache()
    // Another process may have filled the same tables meanwhile: report what is there now.
    final = await countRows(drizzle, tables)
  }

  const report = countsOf((table) => ({
    expected: expected[table],
    present: present[table],
    inserted: inserted[table],
  }))
  for (const table of TABLES) payload.logger.info(describeLoad(table, report[table], final[table]))
  return report
}

function countsOf<T>(valueOf: (table: ReferenceTable) => T): Record<ReferenceTable, T> {
  return Object.fromEntries(TABLES.map((table) => [table, valueOf(table)])) as Record<ReferenceTable, T>
}

async function countRows(drizzle: Drizzle, tables: Tables): Promise<Record<ReferenceTable, number>> {
  const counts = await Promise.all(
    TABLES.map(async (table) => {
      const [row] = await drizzle.select({ rows: count() }).from(tables[table])
      return [table, Number(row?.rows ?? 0)] as const
    }),
  )
  return Object.fromEntries(counts) as Record<ReferenceTable, number>
}

/** Fills the incomplete tables in load order; returns how many rows went into each. */
async function insertMissingRows(
  drizzle: Drizzle,
  tables: Tables,
  dataset: ReferenceDataset,
  incomplete: readonly ReferenceTable[],
): Promise<Record<ReferenceTable, number>> {
  const inserted = countsOf(() => 0)
  let countryIds: Map<string, number | string> | undefined
  const linkToCountry = async <T extends { countryIso2: string }>(rows: T[]): Promise<Row[]> => {
    countryIds ??= await countryIdsByIso2(drizzle, tables.countries)
    const ids = countryIds
    return rows.map(({ countryIso2, ...row }) => {
      const country = ids.get(countryIso2)
      if (country === undefined) throw new Error(`Référentiel : pays ${countryIso2} introuvable en base.`)
      return { ...row, country }
    })
  }

  for (const table of incomplete) {
    const rows: Row[] =
      table === 'cities'
        ? await linkToCountry(dataset.cities)
        : table === 'nationalities'
          ? await linkToCountry(dataset.nationalities)
          : dataset[table]
    inserted[table] = await insertIgnoringDuplicates(drizzle, tables[table], rows)
  }
  return inserted
}

async function countryIdsByIso2(drizzle: Drizzle, countries: Tables[string]) {
  const rows: { id: number | string; iso2: string }[] = await drizzle
    .select({ id: countries.id, iso2: countries.iso2 })
    .from(countries)
  return new Map(rows.map((row) => [row.iso2, row.id]))
}

/** Inserts in batches; rows whose natural key is already taken are skipped. Returns how many went in. */
async function insertIgnoringDuplicates(drizzle: Drizzle, table: Tables[string], rows: Row[]): Promise<number> {
  let inserted = 0
  for (let start = 0; start < rows.length; start += INSERT_BATCH_SIZE) {
    const batch = rows.slice(start, start + INSERT_BATCH_SIZE)
    const returned = await drizzle.insert(table).values(batch).onConflictDoNothing().returning({ id: table.id })
    inserted += returned.length
  }
  return inserted
}

/** "Référentiel villes : 2 523 attendues, 2 455 présentes, 68 ajoutées (complet)" */
function describeLoad(table: ReferenceTable, { expected, present, inserted }: TableLoadResult, final: number) {
  const { name, feminine } = FRENCH_TABLE_NAMES[table]
  const agree = (word: string, amount: number) => `${word}${feminine ? 'e' : ''}${amount > 1 ? 's' : ''}`
  const number = (amount: number) => amount.toLocaleString('fr-FR')
  const outcome =
    present >= expected
      ? 'déjà complet'
      : final >= expected
        ? 'complet'
        : `incomplet : ${number(expected - final)} ${agree('manquant', expected - final)}`
  return (
    `Référentiel ${name} : ${number(expected)} ${agree('attendu', expected)}, ` +
    `${number(present)} ${agree('présent', present)}, ${number(inserted)} ${agree('ajouté', inserted)} (${outcome})`
  )
}
