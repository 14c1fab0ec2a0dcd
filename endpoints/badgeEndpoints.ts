import type { Endpoint, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { hasRole } from '@/access/roles'
import { loadAssignmentBadge, loadBadgeImages, loadProjectBadges, parseBadgeStatuses, type ProjectBadges } from '@/cinema/badges'
import { format } from '@/i18n'
import { toLocale, type Locale } from '@/i18n/locales'
import { getBadgeMessages } from '@/i18n/messages/badges'
import type { BadgeFormat } from '@/pdf/badgeTypes'
import { renderBadgePdf } from '@/pdf/renderBadges'

function errorResponse(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
}

/** A safe file name part: the codes are A–Z0–9 already, anything else is dropped. */
const fileNamePart = (value: string) => value.replace(/[^A-Za-z0-9_-]/g, '') || 'projet'

/**
 * Badges are printed by admins and by the attendance staff of the project; which projects
 * and assignments a person may see is left to the collections' read access.
 */
async function badgeResponse(req: PayloadRequest, load: (locale: Locale) => Promise<{ data: ProjectBadges; badgeFormat: BadgeFormat; fileName: string }>) {
  const locale = toLocale(req.i18n?.language)
  const messages = getBadgeMessages(locale).api
  if (!req.user) return errorResponse(401, messages.signIn)
  if (!hasRole(req.user, 'admin', 'presence')) return errorResponse(403, messages.forbidden)
  try {
    const { data, badgeFormat, fileName } = await load(locale)
    // Drawn a few sheets at a time, photos and QR codes read for each chunk (src/pdf/renderBadges.ts).
    const pdf = await renderBadgePdf(data.badges, badgeFormat, locale, loadBadgeImages)
    return new Response(new Uint8Array(pdf.buffer as ArrayBuffer, pdf.byteOffset, pdf.byteLength), {
      status: 200,
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${fileName}"`,
        'Content-Length': String(pdf.length),
        // Names, photos and codes of people: never kept by a shared cache.
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  } catch (error) {
    if (error instanceof APIError && error.status < 500) return errorResponse(error.status, error.message)
    throw error
  }
}

function idParam(req: PayloadRequest): number | undefined {
  const id = Number(req.routeParams?.id)
  return Number.isInteger(id) && id > 0 ? id : undefined
}

/** GET /api/projects/:id/badges.pdf?format=sheet|single&status=confirmed,… */
const projectBadgesPdf: Endpoint = {
  path: '/:id/badges.pdf',
  method: 'get',
  handler: (req) =>
    badgeResponse(req, async (locale) => {
      const messages = getBadgeMessages(locale).api
      const requested = req.searchParams?.get('format') || 'sheet'
      if (requested !== 'sheet' && requested !== 'single') {
        throw new APIError(format(messages.badFormat, { format: requested.slice(0, 40) }), 400, undefined, true)
      }
      const statuses = parseBadgeStatuses(req.searchParams?.get('status'), locale)
      const id = idParam(req)
      if (!id) throw new APIError(messages.projectNotFound, 404, undefined, true)
      const data = await loadProjectBadges({ req, locale }, id, statuses)
      return { data, badgeFormat: requested, fileName: `badges-${fileNamePart(data.projectCode)}.pdf` }
    }),
}

/** GET /api/assignments/:id/badge.pdf — one card-size badge. */
const assignmentBadgePdf: Endpoint = {
  path: '/:id/badge.pdf',
  method: 'get',
  handler: (req) =>
    badgeResponse(req, async (locale) => {
      const id = idParam(req)
      if (!id) throw new APIError(getBadgeMessages(locale).api.assignmentNotFound, 404, undefined, true)
      const data = await loadAssignmentBadge({ req, locale }, id)
      const fileName = `badge-${fileNamePart(data.projectCode)}-${fileNamePart(data.badges[0]?.cinemaCode ?? String(id))}.pdf`
      return { data, badgeFormat: 'single', fileName }
    }),
}

/** Badge PDFs of a whole project (/api/projects/:id/badges.pdf). */
export const projectBadgeEndpoints: Endpoint[] = [projectBadgesPdf]
/** The badge PDF of one assignment (/api/assignments/:id/badge.pdf). */
export const assignmentBadgeEndpoints: Endpoint[] = [assignmentBadgePdf]
