import { publicBaseUrl } from '@/qr/publicProfileUrl'

/**
 * The logo in emails. PNG because Gmail and Outlook do not display SVG images.
 * public/logo.png is public/logo.svg rendered at twice its size (464 × 96) by sharp:
 * `node -e "require('sharp')('public/logo.svg', { density: 144 }).png().toFile('public/logo.png')"`.
 */
export const EMAIL_LOGO = { path: '/logo.png', width: 232, height: 48 } as const

/** Absolute base URL of the public site, without a trailing slash: emails need absolute links. */
export const publicSiteUrl = publicBaseUrl
