/**
 * How a saved API key is shown: `••••1234`, the last four characters only, and nothing
 * at all for keys too short to spare four. The plaintext never leaves the server.
 */
export const MASK_PREFIX = '••••'

export function maskKey(value: string | null | undefined): string | null {
  if (!value) return null
  return value.length > 12 ? `${MASK_PREFIX}${value.slice(-4)}` : MASK_PREFIX
}

/** Whether a submitted value is a mask sent back unchanged (the admin form resubmits it). */
export function isMaskedKey(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(MASK_PREFIX)
}
