import type { Locale } from '@/i18n'
import { INTL_LOCALE } from '@/i18n/locales'

/**
 * "15 janvier 2026 à 14:30 UTC". The zone is always printed: recipients live from
 * Cabo Verde (UTC−1) to Mauritius (UTC+4) and the server's own zone means nothing to them.
 */
export function formatExpiry(locale: Locale, expiresAt: Date, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(expiresAt)
}
