const DEFAULT_SERVER_URL = 'http://localhost:3000'

/**
 * The public base URL of the deployment (NEXT_PUBLIC_SERVER_URL), without trailing
 * slashes. A path prefix is kept: `https://example.org/taalentio` works.
 */
export function publicBaseUrl(env: Record<string, string | undefined> = process.env): string {
  const base = (env.NEXT_PUBLIC_SERVER_URL?.trim() || DEFAULT_SERVER_URL).replace(/\/+$/, '')
  let protocol: string
  try {
    protocol = new URL(base).protocol
  } catch {
    protocol = ''
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new Error(
      `NEXT_PUBLIC_SERVER_URL invalide : « ${base} ». Attendu une adresse absolue http(s), ex. https://taalentio.com.`,
    )
  }
  return base
}

/**
 * The absolute URL of a public page, e.g. `publicProfileUrl('/talents/CIF0001ABJ')`:
 * what QR codes encode, so they work on whichever deployment printed them.
 */
export function publicProfileUrl(path: string, env: Record<string, string | undefined> = process.env): string {
  return `${publicBaseUrl(env)}${path.startsWith('/') ? path : `/${path}`}`
}

/** The public page of a cinema profile, what badges and cinema QR codes encode. */
export function cinemaProfileUrl(code: string, env: Record<string, string | undefined> = process.env): string {
  return publicProfileUrl(`/cinema/profile/${encodeURIComponent(code)}`, env)
}
