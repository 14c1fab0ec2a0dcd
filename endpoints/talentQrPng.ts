import type { Endpoint } from 'payload'

import { talentQrCodeResponse } from '@/qr/talentQrCode'

/** GET /api/talents/:code/qr.png — see talentQrCodeResponse (path relative to the talents collection). */
export const talentQrPng: Endpoint = {
  path: '/:code/qr.png',
  method: 'get',
  handler: (req) => talentQrCodeResponse(req, 'png'),
}
