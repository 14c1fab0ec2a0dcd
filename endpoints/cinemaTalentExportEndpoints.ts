import type { Endpoint } from 'payload'

import { cinemaFicheResponse } from '@/exports/cinemaFiche'
import { exportCinemaTalents } from '@/exports/exportResponse'
import { toLocale } from '@/i18n/locales'
import { exportFormatEndpoints } from './exportFormatEndpoints'

/**
 * GET /api/cinema-talents/export.xlsx|csv|pdf?<staff search filters> and
 * GET /api/cinema-talents/:code/fiche.pdf — admin and seo only (see src/exports/exportAccess).
 * One-segment paths: Payload's own /:id route and the /:code/… routes do not shadow them, as
 * the collection's endpoints are matched before its built-in ones.
 */
export const cinemaTalentExportEndpoints: Endpoint[] = [
  ...exportFormatEndpoints(exportCinemaTalents),
  {
    path: '/:code/fiche.pdf',
    method: 'get',
    handler: (req) =>
      cinemaFicheResponse({ payload: req.payload, user: req.user, code: String(req.routeParams?.code ?? ''), locale: toLocale(req.i18n?.language), req }),
  },
]
