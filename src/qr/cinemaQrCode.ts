import type { PayloadRequest } from 'payload'

import { parseCinemaCode } from '@/codes/formats'
import { cinemaProfilePath } from '@/cinema/publicProfile'
import { getCinemaProfileMessages } from '@/i18n/messages/cinemaProfile'
import { profileQrCodeResponse, type QrFormat, type QrProfileKind } from './profileQrCode'

/** The QR code image URLs of a cinema profile (relative: served by this deployment). */
export function cinemaQrCodePath(code: string, qrFormat: QrFormat, { download = false } = {}): string {
  return `/api/cinema-talents/${encodeURIComponent(code)}/qr.${qrFormat}${download ? '?download=1' : ''}`
}

const CINEMA_QR: QrProfileKind = {
  collection: 'cinema-talents',
  isCode: (code) => parseCinemaCode(code) !== null,
  // The same path cinemaProfileUrl() builds: badges and this QR code lead to one page.
  profilePath: cinemaProfilePath,
  messages: (locale) => getCinemaProfileMessages(locale).api,
}

/** GET /api/cinema-talents/:code/qr.png|svg — see profileQrCodeResponse. */
export function cinemaQrCodeResponse(req: PayloadRequest, qrFormat: QrFormat): Promise<Response> {
  return profileQrCodeResponse(req, CINEMA_QR, qrFormat)
}
