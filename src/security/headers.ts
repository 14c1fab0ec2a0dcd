/**
 * HTTP security headers. Pages get theirs from proxy.ts (a fresh CSP nonce per request);
 * the REST API, Next's assets and public files get the static ones from next.config.ts.
 */

type Env = Record<string, string | undefined>

const isDevelopment = (env: Env) => env.NODE_ENV !== 'production'

/** The QR scanner (/presence) is the only page allowed to use the camera. */
export function isCameraPage(pathname: string): boolean {
  return pathname === '/presence' || pathname.startsWith('/presence/')
}

const isAdminPath = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/')

// Payload's code and JSON fields load the Monaco editor from jsDelivr (its default loader).
const MONACO_CDN = 'https://cdn.jsdelivr.net'

/**
 * Content-Security-Policy of an HTML page.
 * - Public pages: scripts only with this request's nonce, plus what they load themselves
 *   ('strict-dynamic': an analytics tag added through the custom <head> HTML carries the nonce,
 *   see contract C, and may load its own scripts); images and connections to any https origin
 *   (analytics pixels and beacons).
 * - Admin panel: its own scripts and the nonce, plus Monaco from jsDelivr for code fields.
 * - Styles: inline styles are everywhere in Next and Payload, so 'unsafe-inline' (never a nonce
 *   there, which would switch 'unsafe-inline' off).
 * - Development only: 'unsafe-eval' (React's dev tools and Turbopack) and websockets (HMR).
 */
export function contentSecurityPolicy(pathname: string, nonce: string, env: Env = process.env): string {
  const dev = isDevelopment(env)
  const admin = isAdminPath(pathname)
  const script = admin
    ? ["'self'", `'nonce-${nonce}'`, MONACO_CDN]
    : [`'nonce-${nonce}'`, "'strict-dynamic'", "'self'", 'https:']
  if (dev) script.push("'unsafe-eval'")
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': script,
    'style-src': ["'self'", "'unsafe-inline'", ...(admin ? [MONACO_CDN] : [])],
    'img-src': ["'self'", 'data:', 'blob:', 'https:'],
    'font-src': ["'self'", 'data:', ...(admin ? [MONACO_CDN] : [])],
    'connect-src': ["'self'", ...(admin ? [MONACO_CDN] : ['https:']), ...(dev ? ['ws:', 'wss:'] : [])],
    'media-src': ["'self'", 'blob:', 'data:'],
    'worker-src': ["'self'", 'blob:', ...(admin ? [MONACO_CDN] : [])],
    'frame-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'manifest-src': ["'self'"],
  }
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`)
  // Only where the site is served over https: on plain http it would break every request.
  if (!dev && env.NEXT_PUBLIC_SERVER_URL?.startsWith('https://')) policy.push('upgrade-insecure-requests')
  return policy.join('; ')
}

/** CSP of API answers (JSON and files): nothing to run, never framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'"

/** Features no page needs; the camera only on the scanner page. */
export function permissionsPolicy(pathname: string): string {
  const camera = isCameraPage(pathname) ? 'camera=(self)' : 'camera=()'
  return [camera, 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()', 'browsing-topics=()'].join(', ')
}

/** Headers every response carries (pages, API, assets). HSTS in production only. */
export function commonSecurityHeaders(env: Env = process.env): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-DNS-Prefetch-Control': 'off',
  }
  // Browsers only honour it over https; a year, subdomains included (README, "Production").
  if (!isDevelopment(env) && env.HSTS !== 'off') headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains'
  return headers
}

/** A random nonce for one request (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}
