import type { Endpoint } from 'payload'

import { exportTalents } from '@/exports/exportResponse'
import { exportFormatEndpoints } from './exportFormatEndpoints'

/**
 * GET /api/talents/export.xlsx|csv|pdf?<directory filters> (q, category, country, city,
 * language, skill, gender) — admin and seo only, every profile (see src/exports).
 */
export const talentExportEndpoints: Endpoint[] = exportFormatEndpoints(exportTalents)
