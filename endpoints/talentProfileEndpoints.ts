import type { Endpoint } from 'payload'

import { talentExportEndpoints } from './talentExportEndpoints'
import { talentQrPng } from './talentQrPng'
import { talentQrSvg } from './talentQrSvg'

/**
 * Public talent profile endpoints: the QR codes at /api/talents/:code/qr.png and qr.svg.
 * Their paths are relative to the talents collection: Payload hands every /api/talents/…
 * request to that collection's own endpoints and never to the config's root `endpoints`,
 * so this list belongs in the Talents collection's `endpoints`.
 */
export const talentProfileEndpoints: Endpoint[] = [talentQrPng, talentQrSvg, ...talentExportEndpoints]
