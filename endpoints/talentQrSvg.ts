import type { Endpoint } from 'payload'

import { talentQrCodeResponse } from '@/qr/talentQrCode'

/** GET /api/talents/:code/qr.svg — see talentQrCodeResponse (path relative to the talents collection). */
export const talentQrSvg: Endpoint = {
  path: '/:code/qr.svg',
  method: 'get',
  handler: (req) => talentQrCodeResponse(req, 'svg'),
}
