import { z } from 'zod'

import { ApiError, defineRoute } from '@/api/route'
import { staffSearchSchema } from '@/cinema/staffSearch/staffSearchFilters'
import { canExportTalents } from '@/exports/exportAccess'
import { EXPORT_FORMATS, exportCinemaTalents, exportTalents, type ExportFormat } from '@/exports/exportResponse'
import { talentQuery } from './talents'

const FILE_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv', 'application/pdf']

/** The format in the path, and the role check of the exports (admins and SEO managers), before any work. */
function checked(format: string, user: unknown): ExportFormat {
  if (!canExportTalents(user as never)) throw new ApiError(403, 'forbidden')
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw new ApiError(400, 'badRequest', {}, [{ path: 'format', message: `xlsx | csv | pdf` }])
  return format as ExportFormat
}

export const exportTalentsRoute = defineRoute({
  method: 'get',
  path: '/exports/talents/{format}',
  tag: 'exports',
  summary: 'Export the talents matching the directory filters (xlsx, csv or pdf)',
  description: 'Admins and SEO managers; every profile, public or not; contact data for admins only. Streamed (src/exports).',
  access: 'staff',
  query: talentQuery.omit({ page: true, limit: true }),
  response: z.string(),
  files: FILE_TYPES,
  errors: [400, 401, 403, 429],
  handler: async ({ req, user, locale, params, query }) =>
    exportTalents({ payload: req.payload, user, locale, format: checked(params.format, user), filters: { ...query, page: 1 }, req }),
})

export const exportCinemaTalentsRoute = defineRoute({
  method: 'get',
  path: '/exports/cinema-talents/{format}',
  tag: 'exports',
  summary: 'Export the cinema talents matching the staff search (xlsx, csv or pdf)',
  description: 'Admins and SEO managers; the filters of GET /cinema-talents (`page` and `limit` are ignored). Streamed (src/exports).',
  access: 'staff',
  query: staffSearchSchema,
  queryAliases: { lang: 'language' },
  response: z.string(),
  files: FILE_TYPES,
  errors: [400, 401, 403, 429],
  handler: async ({ req, user, locale, params, query }) =>
    exportCinemaTalents({ payload: req.payload, user, locale, format: checked(params.format, user), filters: query, req }),
})

export const exportRoutes = [exportTalentsRoute, exportCinemaTalentsRoute]
