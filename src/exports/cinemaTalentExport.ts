import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { count } from '@payloadcms/db-postgres/drizzle'
import type { Payload, TypedUser } from 'payload'

import { AVAILABILITY_OPTIONS, CURRENCY_OPTIONS, RATE_UNIT_OPTIONS } from '@/cinema/cinemaOptions'
import { staffSearchCondition, staffSearchCriteria, staffSearchOrder } from '@/cinema/staffSearch/searchCinemaTalents'
import type { StaffSearchFilters } from '@/cinema/staffSearch/staffSearchFilters'
import type { Locale } from '@/i18n/locales'
import { getExportMessages } from '@/i18n/messages/exports'
import { loadDirectoryReferences } from '@/talents/directoryReferences'
import type { CinemaTalent, CinemaTalentsSelect } from '../../payload-types'
import type { ExportColumn } from './exportTable'
import { referenceNames } from './referenceNames'
import { fastReadAllowed, readProfilesBySql } from './sqlProfilePages'
import {
  identityColumns,
  optionLabel,
  privateContactColumns,
  PRIVATE_PROFILE_SELECT,
    PUBLIC_PROFILE_SELECT,
  trailingColumns,
} from './profileColumns'

/** Ids read per page: one SQL page of ids, then one Local API read of those profiles. */
export const EXPORT_PAGE_SIZE = 500
/** Profiles per statement when the export reads them by SQL (sqlProfilePages.ts). */
export const SQL_PAGE_SIZE = 1000

export function cinemaTalentColumns(locale: Locale, withPrivate: boolean, now = new Date()): ExportColumn<CinemaTalent>[] {
  const m = getExportMessages(locale)
  const c = m.columns
  const cinema: ExportColumn<CinemaTalent>[] = [
    { key: 'heightCm', header: c.heightCm, width: 10, value: (doc) => doc.heightCm ?? null },
    { key: 'weightKg', header: c.weightKg, width: 10, value: (doc) => doc.weightKg ?? null },
    { key: 'availability', header: c.availability, width: 20, value: (doc) => optionLabel(AVAILABILITY_OPTIONS, doc.availability, locale) },
    { key: 'yearsOfExperience', header: c.yearsOfExperience, width: 10, value: (doc) => doc.yearsOfExperience ?? null },
  ]
  const rates: ExportColumn<CinemaTalent>[] = [
    { key: 'rate', header: c.rate, width: 12, value: (doc) => doc.rate ?? null },
    { key: 'rateCurrency', header: c.rateCurrency, width: 8, value: (doc) => (doc.rate != null ? optionLabel(CURRENCY_OPTIONS, doc.rateCurrency, locale) : '') },
    { key: 'rateUnit', header: c.rateUnit, width: 12, value: (doc) => (doc.rate != null ? optionLabel(RATE_UNIT_OPTIONS, doc.rateUnit, locale) : '') },
  ]
  return [
    ...identityColumns<CinemaTalent>(m, locale, now),
    ...cinema,
    ...(withPrivate ? [...privateContactColumns<CinemaTalent>(m), ...rates] : []),
    ...trailingColumns<CinemaTalent>(m),
  ]
}

/** The exported fields only: private ones are not even read for a non-admin. */
export function cinemaTalentSelect(withPrivate: boolean): CinemaTalentsSelect<true> {
  const select: CinemaTalentsSelect<true> = {
    ...PUBLIC_PROFILE_SELECT,
    displayName: true,
    heightCm: true,
    weightKg: true,
    availability: true,
    yearsOfExperience: true,
  }
  if (withPrivate) Object.assign(select, PRIVATE_PROFILE_SELECT, { rate: true, rateCurrency: true, rateUnit: true })
  return select
}

type Caller = { payload: Payload; user: TypedUser; locale: Locale }

/**
 * The profiles matching the staff search's filters, in the list's order, page by page. Ids
 * come from the staff search's own SQL (same criteria, same condition, same order: no
 * filter is reimplemented here); each page is then read through the Local API as the staff
 * member (`overrideAccess: false`), so collection and field access apply to every value.
 * Throws StaffSearchReferenceError for an unknown category, city…
 */
export async function cinemaTalentExportQuery({ payload, user, locale }: Caller, filters: StaffSearchFilters) {
  const criteria = staffSearchCriteria(filters, await loadDirectoryReferences(payload), locale)
  const { drizzle, tables } = payload.db as unknown as PostgresAdapter
  const talents = tables.cinema_talents
  const condition = staffSearchCondition(tables, criteria)

  const hydrate = await referenceNames(payload)
  const total = async (): Promise<number> => (await drizzle.select({ total: count() }).from(talents).where(condition))[0].total

  async function* pages({ withPrivate, pageSize = EXPORT_PAGE_SIZE }: { withPrivate: boolean; pageSize?: number }) {
    const select = cinemaTalentSelect(withPrivate)
    const fields = Object.keys(select)
    if (await fastReadAllowed(payload, 'cinema-talents', user, fields)) {
      // Every matching id in one ordered statement (8 bytes each), then pages read by SQL.
      const rows = await drizzle.select({ id: talents.id }).from(talents).where(condition).orderBy(...staffSearchOrder(tables, criteria.sort))
      const ids = rows.map((row) => row.id as number)
      for (let start = 0; start < ids.length; start += SQL_PAGE_SIZE) {
        const docs = await readProfilesBySql<CinemaTalent>(payload, 'cinema-talents', fields, ids.slice(start, start + SQL_PAGE_SIZE))
        yield docs.map(hydrate)
      }
      return
    }
    for (let offset = 0; ; offset += pageSize) {
      const rows = await drizzle
        .select({ id: talents.id })
        .from(talents)
        .where(condition)
        .orderBy(...staffSearchOrder(tables, criteria.sort))
        .limit(pageSize)
        .offset(offset)
      const ids = rows.map((row) => row.id as number)
      if (ids.length === 0) return
      const { docs } = await payload.find({
        collection: 'cinema-talents',
        where: { id: { in: ids } },
        pagination: false,
        depth: 0,
        select,
        overrideAccess: false,
        user,
      })
      const byId = new Map(docs.map((doc) => [doc.id, hydrate(doc as CinemaTalent)]))
      yield ids.flatMap((id) => byId.get(id) ?? [])
      if (ids.length < pageSize) return
    }
  }
  return { total, pages }
}
