import { normalizeCode, parseCinemaCode, parseTalentCode } from '@/codes/formats'

export type ScannedCode = { kind: 'cinema' | 'talent'; code: string }

/** The last path segment of a URL (with or without scheme), or the text itself when it has no path. */
function lastPathSegment(text: string): string | null {
  if (!text.includes('/')) return text
  let pathname = text.replace(/[?#].*$/, '')
  if (/^https?:\/\//i.test(text)) {
    try {
      pathname = new URL(text).pathname
    } catch {
      return null
    }
  }
  const segment = pathname.split('/').filter(Boolean).pop() ?? ''
  try {
    return decodeURIComponent(segment)
  } catch {
    return null // a malformed %-escape
  }
}

/**
 * What a scanner read or a person typed, as a talent code: a badge QR encodes the profile URL
 * `{base}/cinema/profile/{CODE}` (any host: the last path segment counts), or the code itself
 * (cinema PPVVVNNNNNG or main talent PPGNNNNVVV), any case, spaces trimmed. Null when it is
 * none of these. No server imports: the scanner page uses it for instant feedback.
 */
export function parseScannedCode(text: string): ScannedCode | null {
  if (typeof text !== 'string') return null
  const trimmed = text.trim()
  if (!trimmed || trimmed.length > 500) return null
  const candidate = lastPathSegment(trimmed)
  if (candidate === null) return null
  const code = normalizeCode(candidate)
  if (parseCinemaCode(code)) return { kind: 'cinema', code }
  if (parseTalentCode(code)) return { kind: 'talent', code }
  return null
}
