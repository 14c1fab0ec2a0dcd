/** The languages of the public site. French first (SPEC: "Interface language: French first"). */
export const LOCALES = ['fr', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'fr'

/**
 * Payload's own admin-language cookie (`${cookiePrefix}-lng`, prefix "payload").
 * The public site reads and writes the same cookie so that a visitor who picks
 * English on the site also gets the admin panel in English, and the other way round.
 */
export const LOCALE_COOKIE = 'payload-lng'

/** Same lifetime Payload gives the cookie when the language is switched in the admin panel. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365

/** Query parameter that switches the language on any page: `?lang=en`. */
export const LOCALE_QUERY_PARAM = 'lang'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** Any unknown or missing value falls back to French. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE
}

/** BCP 47 tags for Intl formatting (numbers, dates). */
export const INTL_LOCALE: Record<Locale, string> = {
  fr: 'fr-FR',
  en: 'en-GB',
}
