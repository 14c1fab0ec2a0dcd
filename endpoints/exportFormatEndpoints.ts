import type { Endpoint } from 'payload'

import type { SearchParamsLike } from '@/cinema/staffSearch/staffSearchFilters'
import { EXPORT_FORMATS, type ExportCall } from '@/exports/exportResponse'
import { toLocale } from '@/i18n/locales'

/** GET /export.xlsx|csv|pdf on a profile collection: the list's filters come from the query string. */
export function exportFormatEndpoints(run: (call: ExportCall & { params: SearchParamsLike }) => Promise<Response>): Endpoint[] {
  return EXPORT_FORMATS.map(
    (exportFormat): Endpoint => ({
      path: `/export.${exportFormat}`,
      method: 'get',
      handler: (req) =>
        run({ payload: req.payload, user: req.user, format: exportFormat, locale: toLocale(req.i18n?.language), params: req.searchParams ?? new URLSearchParams(), req }),
    }),
  )
}
