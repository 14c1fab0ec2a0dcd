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
import { exportedProfilePages } from './sqlProfilePages'
import {
  identityColumns,
  optionLabel,
  privateContactColumns,
  PRIVATE_PROFILE_SELECT,
  PUBLIC_PROFILE_SELECT,
  trailingColumns,
} from './profileColumns'

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

  const ordered = () => drizzle.select({ id: talents.id }).from(talents).where(condition).orderBy(...staffSearchOrder(tables, criteria.sort))
  const matchingIds = async (page?: { limit: number; offset: number }) =>
    (await (page ? ordered().limit(page.limit).offset(page.offset) : ordered())).map((row) => row.id as number)

  async function* pages({ withPrivate, pageSize }: { withPrivate: boolean; pageSize?: number }): AsyncGenerator<CinemaTalent[]> {
    const select = cinemaTalentSelect(withPrivate) as Record<string, true>
    yield* exportedProfilePages<CinemaTalent>({ payload, user, kind: 'cinema-talents', select, matchingIds, hydrate, pageSize })
  }
  return { total, pages }
}
