import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { asc, count } from '@payloadcms/db-postgres/drizzle'
import type { Payload, TypedUser } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getExportMessages } from '@/i18n/messages/exports'
import type { DirectoryFilters } from '@/talents/directoryFilters'
import { loadDirectoryReferences } from '@/talents/directoryReferences'
import { directoryCondition, directoryCriteria } from '@/talents/searchPublicTalents'
import type { Talent, TalentsSelect } from '../../payload-types'
import type { ExportColumn } from './exportTable'
import { referenceNames } from './referenceNames'
import { identityColumns, privateContactColumns, PRIVATE_PROFILE_SELECT, PUBLIC_PROFILE_SELECT, trailingColumns } from './profileColumns'
import { exportedProfilePages } from './sqlProfilePages'

export function talentColumns(locale: Locale, withPrivate: boolean, now = new Date()): ExportColumn<Talent>[] {
  const m = getExportMessages(locale)
  return [
    ...identityColumns<Talent>(m, locale, now),
    { key: 'yearsOfExperience', header: m.columns.yearsOfExperience, width: 10, value: (doc) => doc.yearsOfExperience ?? null },
    ...(withPrivate ? privateContactColumns<Talent>(m) : []),
    ...trailingColumns<Talent>(m),
  ]
}

function talentSelect(withPrivate: boolean): TalentsSelect<true> {
  const select: TalentsSelect<true> = { ...PUBLIC_PROFILE_SELECT, displayName: true, yearsOfExperience: true }
  if (withPrivate) Object.assign(select, PRIVATE_PROFILE_SELECT)
  return select
}

/**
 * The talents matching the directory's filters (/talents?q=…&category=…), for staff: the
 * directory's own criteria and SQL condition in its `staff` audience (every profile, every
 * part), sorted by name as the directory is, page by page, each page read through the Local
 * API as the staff member. `null` when a filter names something unknown: nothing matches.
 */
export async function talentExportQuery({ payload, user }: { payload: Payload; user: TypedUser }, filters: DirectoryFilters) {
  const criteria = directoryCriteria(filters, await loadDirectoryReferences(payload))
  const { drizzle, tables } = payload.db as unknown as PostgresAdapter
  const talents = tables.talents
  const condition = criteria ? directoryCondition(drizzle, tables, criteria, 'staff') : undefined

  const hydrate = await referenceNames(payload)
  const total = async (): Promise<number> => (criteria ? (await drizzle.select({ total: count() }).from(talents).where(condition))[0].total : 0)

  const ordered = () => drizzle.select({ id: talents.id }).from(talents).where(condition).orderBy(asc(talents.displayName), asc(talents.id))
  const matchingIds = async (page?: { limit: number; offset: number }) =>
    (await (page ? ordered().limit(page.limit).offset(page.offset) : ordered())).map((row) => row.id as number)

  async function* pages({ withPrivate, pageSize }: { withPrivate: boolean; pageSize?: number }): AsyncGenerator<Talent[]> {
    if (!criteria) return
    yield* exportedProfilePages<Talent>({ payload, user, kind: 'talents', select: talentSelect(withPrivate) as Record<string, true>, matchingIds, hydrate, pageSize })
  }
  return { total, pages }
}
