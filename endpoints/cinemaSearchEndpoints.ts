import type { Endpoint, PayloadRequest, TypedUser } from 'payload'

import { isStaffUser } from '@/access'
import { MAX_FILTER_IDS } from '@/cinema/staffSearch/payloadWhere'
import { matchingCinemaTalentIds, searchCinemaTalents, StaffSearchReferenceError } from '@/cinema/staffSearch/searchCinemaTalents'
import { parseStaffSearch, type StaffSearchFilters } from '@/cinema/staffSearch/staffSearchFilters'
import { toLocale, type Locale } from '@/i18n/locales'
import { getCinemaStaffMessages } from '@/i18n/messages/cinemaStaff'

const noStore = { 'Cache-Control': 'no-store' }
const errorResponse = (status: number, errors: { path?: string; message: string }[]) => Response.json({ errors }, { status, headers: noStore })

/** Staff only (401 without a session, 403 for other roles), filters parsed (400 with every problem, localized). */
async function withStaffSearch(
  req: PayloadRequest,
  answer: (filters: StaffSearchFilters, user: TypedUser, locale: Locale) => Promise<unknown>,
): Promise<Response> {
  const locale = toLocale(req.i18n?.language)
  const m = getCinemaStaffMessages(locale).errors
  if (!req.user) return errorResponse(401, [{ message: m.unauthorized }])
  if (!isStaffUser(req.user)) return errorResponse(403, [{ message: m.forbidden }])

  const parsed = parseStaffSearch(req.searchParams ?? new URLSearchParams(), locale)
  if (!parsed.success) return errorResponse(400, parsed.errors)
  try {
    return Response.json(await answer(parsed.filters, req.user, locale), { headers: noStore })
  } catch (error) {
    if (error instanceof StaffSearchReferenceError) return errorResponse(400, error.errors)
    throw error
  }
}

/**
 * GET /api/cinema-talents/search?category=…&country=…&city=…&gender=…&ageMin=…&ageMax=…
 * &heightMin=…&heightMax=…&lang=wo:3&skill=…&availability=…&q=…&sort=…&page=…&limit=…
 * — `{ docs, totalDocs, page, totalPages, limit }` (see src/cinema/staffSearch).
 */
export const searchCinemaTalentsEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: (req) => withStaffSearch(req, (filters, user, locale) => searchCinemaTalents(req.payload, filters, user, { locale })),
}

/**
 * GET /api/cinema-talents/search/ids?… (same filters) — `{ ids, totalDocs }`, `ids` null
 * above MAX_FILTER_IDS. For the admin list when Payload's `where` cannot express the filters.
 */
export const matchingCinemaTalentIdsEndpoint: Endpoint = {
  path: '/search/ids',
  method: 'get',
  handler: (req) =>
    withStaffSearch(req, (filters, user, locale) => matchingCinemaTalentIds(req.payload, filters, user, { locale, max: MAX_FILTER_IDS })),
}

// Paths are relative to the cinema-talents collection (Payload routes /api/cinema-talents/* there).
export const cinemaSearchEndpoints: Endpoint[] = [searchCinemaTalentsEndpoint, matchingCinemaTalentIdsEndpoint]
