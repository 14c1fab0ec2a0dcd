import type { Locale } from '@/i18n/locales'

export type BadgeKind = 'cast' | 'extra' | 'crew'

/** An image already read and converted for the PDF (JPEG or PNG bytes). */
export type BadgeImage = { data: Buffer; format: 'png' | 'jpg' }

/** Everything one printed badge shows; gathered by src/cinema/badges.ts, drawn by src/pdf. */
export type Badge = {
  name: string
  initials: string
  photo: BadgeImage | null
  roleName: string
  kind: BadgeKind
  projectTitle: string
  projectCode: string
  productionName: string
  productionLogo: BadgeImage | null
  cinemaCode: string
  /** The profile URL the QR code encodes, and the QR code as a PNG data URL. */
  profileUrl: string
  qrDataUrl: string
}

export type BadgeFormat = 'sheet' | 'single'

export type BadgeDocumentOptions = { locale: Locale; title: string }
