/** Used when NEXT_PUBLIC_SERVER_URL is unset (local development), as in .env.example. */
export const DEFAULT_SITE_URL = 'http://localhost:3000'

/**
 * The logo in emails. PNG because Gmail and Outlook do not display SVG images.
 * public/logo.png is public/logo.svg rendered at twice its size (464 × 96) by sharp:
 * `node -e "require('sharp')('public/logo.svg', { density: 144 }).png().toFile('public/logo.png')"`.
 */
export const EMAIL_LOGO = { path: '/logo.png', width: 232, height: 48 } as const

/** Absolute base URL of the public site, without a trailing slash: emails need absolute links. */
export function publicSiteUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.NEXT_PUBLIC_SERVER_URL?.trim() || DEFAULT_SITE_URL).replace(/\/+$/, '')
}
