import {
  ARCHIVABLE_STATUSES,
  CONTRACT_CURRENCIES,
  CONTRACT_STATUSES,
  EVENT_LABELS,
  OPEN_STATUSES,
  SIGNER_STATUS_LABELS,
  SIGNER_STATUSES,
  STATUS_LABELS,
  type ContractEventType,
  type ContractKind,
  type ContractStatus,
  type SignerStatus,
} from '@/contracts/constants'
import { INTL_LOCALE, type Locale } from '@/i18n/locales'
import type { Contract } from '../../../payload-types'

/**
 * What the contract pages share (client-safe): statuses and what each allows, their labels,
 * addresses, and the contract as the pages show it, derived once from the `contracts` document.
 * Statuses, currencies and labels come from the contracts domain (src/contracts/constants).
 */
export { CONTRACT_CURRENCIES, CONTRACT_STATUSES, type ContractKind, type ContractStatus, type SignerStatus }

export const isContractStatus = (value: unknown): value is ContractStatus =>
  typeof value === 'string' && (CONTRACT_STATUSES as readonly string[]).includes(value)

export const asSignerStatus = (value: unknown): SignerStatus =>
  (SIGNER_STATUSES as readonly unknown[]).includes(value) ? (value as SignerStatus) : 'pending'

export const statusLabel = (status: ContractStatus, locale: Locale) => STATUS_LABELS[status][locale]
export const signerStatusLabel = (status: SignerStatus, locale: Locale) => SIGNER_STATUS_LABELS[status][locale]
/** An audit-trail event in words; an unknown type shows as recorded. */
export const eventLabel = (type: string, locale: Locale) => EVENT_LABELS[type as ContractEventType]?.[locale] ?? type

/** The staff actions (POST /api/contracts/:id/<action>) and the statuses they apply to. */
export const CONTRACT_ACTIONS = {
  send: ['draft'],
  remind: OPEN_STATUSES,
  cancel: ['draft', ...OPEN_STATUSES],
  archive: ARCHIVABLE_STATUSES,
} as const satisfies Record<string, readonly ContractStatus[]>
export type ContractAction = keyof typeof CONTRACT_ACTIONS

export function actionsFor(status: ContractStatus): ContractAction[] {
  return (Object.keys(CONTRACT_ACTIONS) as ContractAction[]).filter((action) => (CONTRACT_ACTIONS[action] as readonly string[]).includes(status))
}

/** Colours of a status badge: waiting (ochre), done (forest), stopped (terracotta), inactive (sand). */
export const STATUS_TONE: Record<ContractStatus | SignerStatus, 'neutral' | 'waiting' | 'done' | 'stopped'> = {
  draft: 'neutral',
  pending: 'neutral',
  sent: 'waiting',
  viewed: 'waiting',
  signed: 'done',
  declined: 'stopped',
  expired: 'stopped',
  cancelled: 'stopped',
  archived: 'neutral',
}

export const CONTRACT_PATHS = {
  list: '/contrats',
  cinemaList: '/cinema/contrats',
  create: '/contrats/nouveau',
  mine: '/mon-espace/contrats',
} as const

export const contractPath = (id: number | string) => `${CONTRACT_PATHS.list}/${encodeURIComponent(String(id))}`
export const ownContractPath = (id: number | string) => `${CONTRACT_PATHS.mine}/${encodeURIComponent(String(id))}`
export const newContractPath = (kind: ContractKind) => (kind === 'cinema' ? `${CONTRACT_PATHS.create}?type=cinema` : CONTRACT_PATHS.create)
export const contractPdfPath = (id: number | string) => `/api/contracts/${encodeURIComponent(String(id))}/pdf`
export const listPathFor = (kind: ContractKind) => (kind === 'cinema' ? CONTRACT_PATHS.cinemaList : CONTRACT_PATHS.list)

export function formatMoney(locale: Locale, amount: number | null | undefined, currency: string | null | undefined): string | null {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return null
  try {
    return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: currency || 'XOF', maximumFractionDigits: 2 }).format(amount)
  } catch {
    return `${new Intl.NumberFormat(INTL_LOCALE[locale]).format(amount)} ${currency ?? ''}`.trim()
  }
}

/** A calendar day (contract dates are days): formatted in UTC so that midnight never moves to the day before. */
export function formatDay(locale: Locale, value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(date)
}

/** A moment of the audit trail, in UTC (the time zone the PDF's audit trail uses too). */
export function formatMoment(locale: Locale, value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC'
}

/** `2026-03-01T00:00:00.000Z` → `2026-03-01`, for date inputs. */
export const toDayInput = (value: string | null | undefined): string => (value ? String(value).slice(0, 10) : '')

/** The `contracts` document as the pages read it (relations at depth 1, or ids). */
export type ContractDoc = Contract

type Related = number | string | null | undefined | { id: number | string }

const field = (value: Related, key: string): string | null => {
  if (!value || typeof value !== 'object') return null
  const found = (value as Record<string, unknown>)[key]
  return typeof found === 'string' && found.trim() ? found : null
}

const idOf = (value: Related): string | null => {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? String(value.id) : String(value)
}

export type ContractParty = { id: string | null; name: string | null; code: string | null }

/** The talent or cinema talent the contract is with: the name and code the server recorded, else the profile's. */
export function contractParty(doc: ContractDoc): ContractParty {
  const profile: Related = doc.kind === 'cinema' || (!doc.talent && doc.cinemaTalent) ? doc.cinemaTalent : doc.talent
  const fullName = [field(profile, 'firstName'), field(profile, 'lastName')].filter(Boolean).join(' ')
  return {
    id: idOf(profile),
    name: doc.partyName || field(profile, 'displayName') || fullName || null,
    code: doc.partyCode || field(profile, 'code'),
  }
}

export type ContractView = {
  id: string
  reference: string
  kind: ContractKind
  title: string
  status: ContractStatus
  party: ContractParty
  project: { id: string | null; title: string | null; code: string | null }
  template: { id: string | null; title: string | null }
  amount: string | null
  period: { start: string | null; end: string | null }
  updatedAt: string | null
  createdAt: string | null
  hasFinalPdf: boolean
}

/** The contract as a list row or a page header shows it, formatted for `locale`. */
export function toContractView(doc: ContractDoc, locale: Locale): ContractView {
  const kind: ContractKind = doc.kind === 'cinema' ? 'cinema' : 'talent'
  return {
    id: String(doc.id),
    reference: doc.reference ?? `#${doc.id}`,
    kind,
    title: doc.title ?? field(doc.template, 'title') ?? '',
    status: isContractStatus(doc.status) ? doc.status : 'draft',
    party: contractParty(doc),
    project: { id: idOf(doc.project), title: field(doc.project, 'title'), code: field(doc.project, 'code') },
    template: { id: idOf(doc.template), title: field(doc.template, 'title') },
    amount: formatMoney(locale, doc.amount, doc.currency),
    period: { start: formatDay(locale, doc.startDate), end: formatDay(locale, doc.endDate) },
    updatedAt: formatMoment(locale, doc.updatedAt),
    createdAt: formatMoment(locale, doc.createdAt),
    hasFinalPdf: Boolean(doc.finalPdf),
  }
}

/** The message of an API error body `{ error: { code, message } }` (or Payload's `{ errors: [{ message }] }`). */
export function apiErrorOf(body: unknown): { code: string | null; message: string | null } {
  if (!body || typeof body !== 'object') return { code: null, message: null }
  const record = body as { error?: { code?: unknown; message?: unknown }; errors?: { message?: unknown; data?: { errors?: { message?: unknown }[] } }[] }
  if (record.error && typeof record.error === 'object') {
    return {
      code: typeof record.error.code === 'string' ? record.error.code : null,
      message: typeof record.error.message === 'string' ? record.error.message : null,
    }
  }
  const first = record.errors?.[0]
  const detail = first?.data?.errors?.map((error) => error.message).filter((message) => typeof message === 'string').join(' ')
  return { code: null, message: detail || (typeof first?.message === 'string' ? first.message : null) }
}
