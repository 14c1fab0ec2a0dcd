import type { PayloadRequest } from 'payload'

import { parseTalentCode } from '@/codes/formats'
import { getTalentMessages } from '@/i18n/messages/talents'
import { profileQrCodeResponse, type QrFormat, type QrProfileKind } from './profileQrCode'

export { etagMatches, qrEtag, QR_MAX_AGE_SECONDS, QR_SIZE_LIMITS, type QrFormat } from './profileQrCode'

/** The path of a talent's public profile, which its QR code encodes (absolute, see publicProfileUrl). */
export const talentProfilePath = (code: string) => `/talents/${code}`

/** The QR code image URLs the site links to (relative: served by this deployment). */
export function talentQrCodePath(code: string, qrFormat: QrFormat, { download = false } = {}): string {
  return `/api/talents/${encodeURIComponent(code)}/qr.${qrFormat}${download ? '?download=1' : ''}`
}

const TALENT_QR: QrProfileKind = {
  collection: 'talents',
  isCode: (code) => parseTalentCode(code) !== null,
  profilePath: talentProfilePath,
  messages: (locale) => getTalentMessages(locale).api,
}

/** GET /api/talents/:code/qr.png|svg — see profileQrCodeResponse. */
export function talentQrCodeResponse(req: PayloadRequest, qrFormat: QrFormat): Promise<Response> {
  return profileQrCodeResponse(req, TALENT_QR, qrFormat)
}
