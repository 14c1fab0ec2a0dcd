import { PassThrough, Readable, type Writable } from 'node:stream'
import { createElement, type ReactElement } from 'react'

import { renderToStream, type DocumentProps } from '@react-pdf/renderer'
import { createLocalReq, type Payload, type PayloadRequest, type TypedUser } from 'payload'

import { AVAILABILITY_OPTIONS } from '@/cinema/cinemaOptions'
import { StaffSearchReferenceError } from '@/cinema/staffSearch/searchCinemaTalents'
import { parseStaffSearch, type SearchParamsLike, type StaffSearchFilters } from '@/cinema/staffSearch/staffSearchFilters'
import { format, plural } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { logActivity } from '@/logs'
import { getExportMessages, type ExportMessages } from '@/i18n/messages/exports'
import { foldToWinAnsi, pickBadgeFonts } from '@/pdf/badgeFonts'
import { parseDirectoryFilters, type DirectoryFilters } from '@/talents/directoryFilters'
import { GENDER_OPTIONS } from '@/talents/profileOptions'
import type { CinemaTalent, Talent } from '../../payload-types'
import { cinemaTalentColumns, cinemaTalentExportQuery } from './cinemaTalentExport'
import { canExportTalents, exportIncludesPrivateFields } from './exportAccess'
import { writeCsv, writeXlsx, type ExportColumn } from './exportTable'
import { ProfileListDocument, type ListColumn } from './ProfileListDocument'
import { ageOn, namesOf, nameOf, optionLabel, type ProfileLike } from './profileColumns'
import { talentColumns, talentExportQuery } from './talentExport'

export const EXPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** A printable list is drawn whole in memory by react-pdf: above this, XLSX or CSV (which stream). */
export const PDF_MAX_ROWS = 1000

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
}

type ExportKind = 'cinema-talents' | 'talents'
const FILE_PREFIX: Record<ExportKind, string> = { 'cinema-talents': 'talents-cinema', talents: 'talents' }

export function exportFileName(kind: ExportKind, exportFormat: ExportFormat, now = new Date()): string {
  return `${FILE_PREFIX[kind]}-${now.toISOString().slice(0, 10)}.${exportFormat}`
}

export type ExportError = { path?: string; message: string }
const errorResponse = (status: number, errors: ExportError[]) => Response.json({ errors }, { status, headers: { 'Cache-Control': 'no-store' } })

export type ExportCall = {
  payload: Payload
  user: TypedUser | null | undefined
  /** xlsx, csv or pdf (anything else: 400). */
  format: string
  locale: Locale
  now?: Date
  /** The HTTP request, for the journal entry's IP and user agent. */
  req?: PayloadRequest
}

/** 401 without a user, 403 for a role that may not export, 400 for an unknown format; null when allowed. */
function refusal(call: ExportCall, m: ExportMessages): Response | null {
  if (!call.user) return errorResponse(401, [{ message: m.api.signIn }])
  if (!canExportTalents(call.user)) return errorResponse(403, [{ message: m.api.forbidden }])
  if (!EXPORT_FORMATS.includes(call.format as ExportFormat)) return errorResponse(400, [{ path: 'format', message: format(m.api.badFormat, { format: call.format }) }])
  return null
}

type Source<T> = {
  kind: ExportKind
  title: string
  module?: string
  columns: ExportColumn<T>[]
  pages: (options: { withPrivate: boolean }) => AsyncIterable<T[]>
  total: () => Promise<number>
  listColumns: (m: ExportMessages) => ListColumn[]
  listRow: (doc: T) => string[]
  filters: unknown
}

/** Streams the export: the writer fills a PassThrough that the Response reads as it is written. */
async function streamedExport<T>(call: ExportCall & { user: TypedUser }, source: Source<T>, withPrivate: boolean): Promise<Response> {
  const exportFormat = call.format as ExportFormat
  const m = getExportMessages(call.locale)
  const now = call.now ?? new Date()
  const headers = {
    'Cache-Control': 'no-store',
    'Content-Type': CONTENT_TYPES[exportFormat],
    'Content-Disposition': `attachment; filename="${exportFileName(source.kind, exportFormat, now)}"`,
    'X-Content-Type-Options': 'nosniff',
  }
  // Each export is journaled (activity log) once its rows are written: format, filters, row count.
  const logExport = async (rows: number) =>
    logActivity(call.req ?? (await createLocalReq({ user: call.user }, call.payload)), {
      action: 'export.created',
      actor: { id: call.user.id, email: call.user.email },
      message: `Export ${source.kind} (${exportFormat.toUpperCase()}) : ${rows} ligne(s).`,
      metadata: { kind: source.kind, format: exportFormat, rows, filters: source.filters, withPrivate, file: exportFileName(source.kind, exportFormat, now) },
    })

  if (exportFormat === 'pdf') {
    const total = await source.total()
    if (total > PDF_MAX_ROWS) return errorResponse(422, [{ message: format(m.api.tooMany, { max: PDF_MAX_ROWS, count: total }) }])
    const rows: string[][] = []
    for await (const page of source.pages({ withPrivate })) rows.push(...page.map(source.listRow))
    const columns = source.listColumns(m)
    const fonts = pickBadgeFonts(rows.flat())
    const drawn = fonts.foldText ? rows.map((row) => row.map(foldToWinAnsi)) : rows
    const dateText = new Intl.DateTimeFormat(call.locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long' }).format(now)
    const document = createElement(ProfileListDocument, {
      title: source.title,
      brand: m.pdf.brand,
      module: source.module,
      subtitle: format(m.pdf.generatedOn, { date: dateText, count: format(plural(call.locale, rows.length, m.pdf.rows), { count: rows.length }) }),
      confidential: m.pdf.confidential,
      pageLabel: (page: number, pages: number) => format(m.pdf.page, { page, pages }),
      columns,
      rows: drawn,
      fonts,
      language: call.locale,
    })
    const stream = await renderToStream(document as ReactElement<DocumentProps>)
    await logExport(rows.length)
    return new Response(Readable.toWeb(stream as unknown as Readable) as ReadableStream<Uint8Array>, { headers })
  }

  const output = new PassThrough()
  const write = (target: Writable) =>
    exportFormat === 'xlsx'
      ? writeXlsx(target, { title: source.title, sheetName: source.title, columns: source.columns, pages: source.pages({ withPrivate }) })
      : writeCsv(target, { columns: source.columns, pages: source.pages({ withPrivate }) })
  write(output).then(logExport, (error: unknown) => {
    call.payload.logger.error({ err: error, msg: `Export ${source.kind} ${exportFormat} failed` })
    output.destroy(error instanceof Error ? error : new Error(String(error)))
  })
  return new Response(Readable.toWeb(output) as ReadableStream<Uint8Array>, { headers })
}

const listName = (doc: ProfileLike) => `${[doc.lastName, doc.firstName].filter(Boolean).join(' ')}${doc.stageName ? ` « ${doc.stageName} »` : ''}`
const place = (doc: ProfileLike, locale: Locale) => [nameOf(doc.city, locale), nameOf(doc.country, locale)].filter(Boolean).join(', ')
const ageText = (doc: ProfileLike, now: Date) => {
  const age = ageOn(doc.dateOfBirth, now)
  return age === null ? '' : String(age)
}

/**
 * The cinema talents matching the staff search (the /cinema/talents page's filters, given as
 * parsed `filters` or as the URL's `params`), as a streamed XLSX, CSV or PDF Response. Staff
 * that may export only (admin, seo); contact and identity data for admins only. This is what
 * GET /api/cinema-talents/export.{format} answers, and what the REST API v1 calls.
 */
export async function exportCinemaTalents(call: ExportCall & ({ filters: StaffSearchFilters } | { params: SearchParamsLike })): Promise<Response> {
  const m = getExportMessages(call.locale)
  const refused = refusal(call, m)
  if (refused || !call.user) return refused!
  let filters: StaffSearchFilters
  if ('filters' in call) filters = call.filters
  else {
    const parsed = parseStaffSearch(call.params, call.locale)
    if (!parsed.success) return errorResponse(400, parsed.errors)
    filters = parsed.filters
  }
  const now = call.now ?? new Date()
  const withPrivate = exportIncludesPrivateFields(call.user)
  try {
    const query = await cinemaTalentExportQuery({ payload: call.payload, user: call.user, locale: call.locale }, filters)
    const { page: _page, limit: _limit, ...exported } = filters
    return await streamedExport<CinemaTalent>({ ...call, user: call.user }, {
      kind: 'cinema-talents',
      title: m.pdf.cinemaTitle,
      module: m.pdf.cinemaModule,
      columns: cinemaTalentColumns(call.locale, withPrivate, now),
      pages: (options) => query.pages(options),
      total: query.total,
      filters: exported,
      listColumns: ({ columns: c }) => [
        { header: c.code, flex: 1.3 },
        { header: `${c.lastName} / ${c.firstName}`, flex: 2.4 },
        { header: c.gender, flex: 0.9 },
        { header: c.age, flex: 0.5 },
        { header: c.heightCm, flex: 0.7 },
        { header: `${c.city}, ${c.country}`, flex: 2 },
        { header: c.categories, flex: 2.4 },
        { header: c.availability, flex: 1.3 },
        ...(withPrivate ? [{ header: c.phone, flex: 1.4 }] : []),
      ],
      listRow: (doc) => [
        doc.code ?? '',
        listName(doc),
        optionLabel(GENDER_OPTIONS, doc.gender, call.locale),
        ageText(doc, now),
        doc.heightCm ? String(doc.heightCm) : '',
        place(doc, call.locale),
        namesOf(doc.categories, call.locale),
        optionLabel(AVAILABILITY_OPTIONS, doc.availability, call.locale),
        ...(withPrivate ? [doc.phone ?? ''] : []),
      ],
    }, withPrivate)
  } catch (error) {
    if (error instanceof StaffSearchReferenceError) return errorResponse(400, error.errors)
    throw error
  }
}

/**
 * The main talents matching the directory's filters (/talents?q=…&category=…&country=…), for
 * staff: every profile, public or not. Same contract as exportCinemaTalents.
 */
export async function exportTalents(call: ExportCall & ({ filters: DirectoryFilters } | { params: SearchParamsLike })): Promise<Response> {
  const m = getExportMessages(call.locale)
  const refused = refusal(call, m)
  if (refused || !call.user) return refused!
  const filters = 'filters' in call ? call.filters : parseDirectoryFilters(call.params)
  const now = call.now ?? new Date()
  const withPrivate = exportIncludesPrivateFields(call.user)
  const query = await talentExportQuery({ payload: call.payload, user: call.user }, filters)
  const { page: _page, ...exported } = filters
  return streamedExport<Talent>({ ...call, user: call.user }, {
    kind: 'talents',
    title: m.pdf.talentsTitle,
    columns: talentColumns(call.locale, withPrivate, now),
    pages: (options) => query.pages(options),
    total: query.total,
    filters: exported,
    listColumns: ({ columns: c }) => [
      { header: c.code, flex: 1.3 },
      { header: `${c.lastName} / ${c.firstName}`, flex: 2.4 },
      { header: c.gender, flex: 0.9 },
      { header: c.age, flex: 0.5 },
      { header: `${c.city}, ${c.country}`, flex: 2 },
      { header: c.categories, flex: 2.4 },
      { header: c.languages, flex: 2.4 },
      ...(withPrivate ? [{ header: c.phone, flex: 1.4 }] : []),
    ],
    listRow: (doc) => [
      doc.code ?? '',
      listName(doc),
      optionLabel(GENDER_OPTIONS, doc.gender, call.locale),
      ageText(doc, now),
      place(doc, call.locale),
      namesOf(doc.categories, call.locale),
      namesOf((doc.languages ?? []).map((row) => row.language), call.locale),
      ...(withPrivate ? [doc.phone ?? ''] : []),
    ],
  }, withPrivate)
}
