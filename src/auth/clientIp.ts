/**
 * The caller's address. We take the right-most `X-Forwarded-For` entry: it is the one
 * written by the closest hop (our reverse proxy, or Next itself from the socket when
 * there is no proxy), so a client cannot choose it by sending its own header.
 */
export function clientIp(headers: Headers | undefined): string {
  const hops = headers?.get('x-forwarded-for')?.split(',').map((entry) => entry.trim()).filter(Boolean)
  return hops?.at(-1) || headers?.get('x-real-ip')?.trim() || 'unknown'
}
