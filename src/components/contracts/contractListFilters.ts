import type { Where } from 'payload'

import { isContractStatus, type ContractKind, type ContractStatus } from './contractModel'

/** The filters of a staff contract list, all in the URL (shareable): ?q=&status=&project=&from=&to=&page= */
export type ContractListFilters = {
  q?: string
  status?: ContractStatus
  project?: number
  from?: string
  to?: string
  page: number
}

export const CONTRACTS_PER_PAGE = 25

const DAY = /^\d{4}-\d{2}-\d{2}$/
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined
const validDay = (value: string | undefined) => (value && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : undefined)

/** Reads the query string; an unknown status or a malformed date is dropped and reported. */
export function parseContractFilters(params: Record<string, string | string[] | undefined>): { filters: ContractListFilters; invalidDates: boolean } {
  const q = one(params.q)?.slice(0, 100)
  const status = one(params.status)
  const project = Number(one(params.project))
  const page = Number(one(params.page))
  const [fromRaw, toRaw] = [one(params.from), one(params.to)]
  const [from, to] = [validDay(fromRaw), validDay(toRaw)]
  return {
    filters: {
      q,
      status: isContractStatus(status) ? status : undefined,
      project: Number.isInteger(project) && project > 0 ? project : undefined,
      from,
      to,
      page: Number.isInteger(page) && page > 0 && page <= 10_000 ? page : 1,
    },
    invalidDates: Boolean((fromRaw && !from) || (toRaw && !to)),
  }
}

export function contractFiltersQuery(filters: ContractListFilters, overrides: Partial<ContractListFilters> = {}): string {
  const merged = { ...filters, ...overrides }
  const params = new URLSearchParams()
  if (merged.q) params.set('q', merged.q)
  if (merged.status) params.set('status', merged.status)
  if (merged.project) params.set('project', String(merged.project))
  if (merged.from) params.set('from', merged.from)
  if (merged.to) params.set('to', merged.to)
  if (merged.page > 1) params.set('page', String(merged.page))
  return params.toString()
}

export const hasContractFilters = (filters: ContractListFilters) => Boolean(filters.q || filters.status || filters.project || filters.from || filters.to)

/**
 * The Payload `where` of a list: the kind, then each filter. The search matches the talent's
 * name or code, the reference or the title. Dates keep the contracts
 * whose period overlaps [from, to].
 */
export function contractListWhere(kind: ContractKind, filters: ContractListFilters): Where {
  const and: Where[] = [{ kind: { equals: kind } }]
  if (filters.status) and.push({ status: { equals: filters.status } })
  if (filters.project && kind === 'cinema') and.push({ project: { equals: filters.project } })
  if (filters.q) {
    // The party's name and code are recorded on the contract (indexed): no join needed.
    const q = filters.q
    and.push({ or: [{ reference: { like: q } }, { title: { like: q } }, { partyName: { like: q } }, { partyCode: { like: q } }] })
  }
  if (filters.from) and.push({ or: [{ endDate: { greater_than_equal: `${filters.from}T00:00:00.000Z` } }, { endDate: { exists: false } }] })
  if (filters.to) and.push({ or: [{ startDate: { less_than_equal: `${filters.to}T23:59:59.999Z` } }, { startDate: { exists: false } }] })
  return { and }
}
