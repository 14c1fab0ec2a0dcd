import { PassThrough, Readable } from 'node:stream'

import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { format } from '@/i18n'
import { toLocale, type Locale } from '@/i18n/locales'
import { getPresenceMessages } from '@/i18n/messages/presence'
import { attendanceExportFileName, writeAttendanceWorkbook } from '@/presence/attendanceExport'
import { loadHistory, loadLiveView, type HistoryQuery } from '@/presence/attendanceViews'
import { addDays, dayOf, daysBetween, isDay, presenceTimeZone } from '@/presence/days'
import { assertPresenceUser, loadPresenceProject, PresenceError } from '@/presence/presenceAccess'
import { listPresenceProjects } from '@/presence/presenceProjects'
import { recordBulk, recordScan } from '@/presence/recordScan'
import type { ScanInput, ScanResponse } from '@/presence/types'

/**
 * The presence API (notes/presence-contract.md): the scanner page's projects, scans (live,
 * offline batch, bulk), live list, history and Excel export. Admins and the attendance staff
 * of each project only; every decision about a scan is made in src/presence/recordScan.ts.
 */

export const MAX_SYNC_SCANS = 200
export const MAX_BULK_TALENTS = 200
const MAX_RANGE_DAYS = 366
const DEFAULT_RANGE_DAYS = 30
const NO_STORE = { 'Cache-Control': 'private, no-store' }

const localeOf = (req: PayloadRequest): Locale => toLocale(req.i18n?.language)

function errorBody(locale: Locale, code: PresenceError['code'] | 'invalidCode' | 'unknownCode' | 'notAssigned' | 'notAssignedCanForce', params: Record<string, string | number> = {}) {
  return { code, message: format(getPresenceMessages(locale).api[code], params) }
}

function errorResponse(req: PayloadRequest, error: PresenceError): Response {
  return Response.json({ error: errorBody(localeOf(req), error.code, error.params) }, { status: error.status, headers: NO_STORE })
}

/** Runs a handler, answering the presence API's refusals as `{ error: { code, message } }`. */
function presenceHandler(handler: (req: PayloadRequest) => Promise<Response>): Endpoint['handler'] {
  return async (req) => {
    try {
      assertPresenceUser(req)
      return await handler(req)
    } catch (error) {
      if (error instanceof PresenceError) return errorResponse(req, error)
      throw error
    }
  }
}

async function readJson(req: PayloadRequest): Promise<unknown> {
  try {
    return await req.json!()
  } catch {
    throw new PresenceError(400, 'badRequest', { detail: 'JSON' })
  }
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  throw new PresenceError(400, 'badRequest', { detail: `${issue.path.join('.') || 'body'} — ${issue.message}` })
}

const projectId = z.coerce.number().int().positive()
const scanInputSchema = z.object({
  scanId: z.string().trim().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/),
  projectId,
  code: z.string().max(500),
  scannedAt: z.string().max(40).refine((value) => !Number.isNaN(Date.parse(value)), 'ISO date expected'),
  method: z.enum(['camera', 'manual']),
  device: z.string().max(200).optional(),
  force: z.boolean().optional(),
})
const syncSchema = z.object({ scans: z.array(z.unknown()) })
const bulkSchema = z.object({
  projectId,
  action: z.enum(['checkIn', 'checkOut']),
  talentIds: z.array(z.coerce.number().int().positive()).min(1),
})

/** The HTTP status of a single scan: refusals are errors, with the talent still in the body. */
function scanResponse(req: PayloadRequest, project: { code: string }, response: ScanResponse): Response {
  const locale = localeOf(req)
  switch (response.result) {
    case 'invalidCode':
      return Response.json({ ...response, error: errorBody(locale, 'invalidCode', { code: response.code }) }, { status: 400, headers: NO_STORE })
    case 'unknownCode':
      return Response.json({ ...response, error: errorBody(locale, 'unknownCode', { code: response.code }) }, { status: 404, headers: NO_STORE })
    case 'notAssigned': {
      const code = response.canForce ? 'notAssignedCanForce' : 'notAssigned'
      const error = errorBody(locale, code, { name: response.talent.name, project: project.code })
      return Response.json({ ...response, error: { ...error, code: 'notAssigned' } }, { status: 403, headers: NO_STORE })
    }
    default:
      return Response.json(response, { headers: NO_STORE })
  }
}

/** GET /api/presence/projects */
const listProjects: Endpoint = {
  path: '/presence/projects',
  method: 'get',
  handler: presenceHandler(async (req) => Response.json({ docs: await listPresenceProjects(req) }, { headers: NO_STORE })),
}

/** POST /api/presence/scan — one scan (camera or typed code). */
const scan: Endpoint = {
  path: '/presence/scan',
  method: 'post',
  handler: presenceHandler(async (req) => {
    const input = parsed(scanInputSchema, await readJson(req))
    const project = await loadPresenceProject(req, input.projectId)
    return scanResponse(req, project, await recordScan(req, project, input))
  }),
}

/**
 * POST /api/presence/sync — the offline queue's batch, in the order the scans were made.
 * Always 200 per item: a malformed item answers `invalidCode` (so the queue can drop it);
 * a project the user may not scan refuses the whole batch.
 */
const sync: Endpoint = {
  path: '/presence/sync',
  method: 'post',
  handler: presenceHandler(async (req) => {
    const { scans } = parsed(syncSchema, await readJson(req))
    if (scans.length > MAX_SYNC_SCANS) throw new PresenceError(400, 'tooMany', { count: scans.length, max: MAX_SYNC_SCANS })
    const items = scans.map((raw) => ({ raw, input: scanInputSchema.safeParse(raw) }))
    const projects = new Map<number, Awaited<ReturnType<typeof loadPresenceProject>>>()
    for (const { input } of items) {
      if (input.success && !projects.has(input.data.projectId)) projects.set(input.data.projectId, await loadPresenceProject(req, input.data.projectId))
    }
    const order = items
      .map((item, index) => ({ ...item, index }))
      .sort((a, b) => (a.input.success && b.input.success ? Date.parse(a.input.data.scannedAt) - Date.parse(b.input.data.scannedAt) : 0) || a.index - b.index)
    const results: ScanResponse[] = new Array(items.length)
    const seen = new Map<string, ScanResponse>()
    for (const { raw, input, index } of order) {
      if (!input.success) {
        const fields = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof ScanInput, unknown>>
        results[index] = { result: 'invalidCode', code: String(fields.code ?? '').slice(0, 100), scanId: String(fields.scanId ?? '').slice(0, 64), replayed: false }
        continue
      }
      const data = input.data
      // The same scan twice in one batch: decided once.
      const earlier = seen.get(data.scanId)
      if (earlier) {
        results[index] = { ...earlier, replayed: earlier.result === 'checkIn' || earlier.result === 'checkOut' ? true : earlier.replayed }
        continue
      }
      const response = await recordScan(req, projects.get(data.projectId)!, data)
      seen.set(data.scanId, response)
      results[index] = response
    }
    return Response.json({ results }, { headers: NO_STORE })
  }),
}

/** POST /api/presence/bulk — check-in or check-out of selected cinema talents. */
const bulk: Endpoint = {
  path: '/presence/bulk',
  method: 'post',
  handler: presenceHandler(async (req) => {
    const input = parsed(bulkSchema, await readJson(req))
    if (input.talentIds.length > MAX_BULK_TALENTS) throw new PresenceError(400, 'tooMany', { count: input.talentIds.length, max: MAX_BULK_TALENTS })
    const project = await loadPresenceProject(req, input.projectId)
    return Response.json({ results: await recordBulk(req, project, input.action, input.talentIds) }, { headers: NO_STORE })
  }),
}

/** GET /api/presence/projects/:id/live */
const live: Endpoint = {
  path: '/presence/projects/:id/live',
  method: 'get',
  handler: presenceHandler(async (req) => {
    const project = await loadPresenceProject(req, req.routeParams?.id)
    return Response.json(await loadLiveView(req, project), { headers: NO_STORE })
  }),
}

/** `?from=YYYY-MM-DD&to=YYYY-MM-DD&talent=ID`: by default the last 30 days up to today. */
function historyQuery(req: PayloadRequest): HistoryQuery {
  const params = req.searchParams
  const to = params?.get('to') || dayOf(new Date(), presenceTimeZone())
  const from = params?.get('from') || addDays(to, -DEFAULT_RANGE_DAYS)
  if (!isDay(from) || !isDay(to) || daysBetween(from, to) < 0 || daysBetween(from, to) >= MAX_RANGE_DAYS) {
    throw new PresenceError(400, 'badRange', { max: MAX_RANGE_DAYS })
  }
  const talent = params?.get('talent')
  if (!talent) return { from, to }
  const cinemaTalentId = Number(talent)
  if (!Number.isInteger(cinemaTalentId) || cinemaTalentId <= 0) throw new PresenceError(400, 'badRequest', { detail: 'talent' })
  return { from, to, cinemaTalentId }
}

/** GET /api/presence/projects/:id/history */
const history: Endpoint = {
  path: '/presence/projects/:id/history',
  method: 'get',
  handler: presenceHandler(async (req) => {
    const project = await loadPresenceProject(req, req.routeParams?.id)
    return Response.json(await loadHistory(req, project, historyQuery(req)), { headers: NO_STORE })
  }),
}

/** GET /api/presence/projects/:id/export.xlsx — streamed as it is written. */
const exportXlsx: Endpoint = {
  path: '/presence/projects/:id/export.xlsx',
  method: 'get',
  handler: presenceHandler(async (req) => {
    const project = await loadPresenceProject(req, req.routeParams?.id)
    const query = historyQuery(req)
    const output = new PassThrough()
    writeAttendanceWorkbook(req, project, query, localeOf(req), output).catch((error: unknown) => {
      req.payload.logger.error({ err: error, msg: `Attendance export of project ${project.id} failed` })
      output.destroy(error instanceof Error ? error : new Error(String(error)))
    })
    return new Response(Readable.toWeb(output) as ReadableStream<Uint8Array>, {
      headers: {
        ...NO_STORE,
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${attendanceExportFileName(project, query)}"`,
        'X-Content-Type-Options': 'nosniff',
      },
    })
  }),
}

export const presenceEndpoints: Endpoint[] = [listProjects, scan, sync, bulk, live, history, exportXlsx]
