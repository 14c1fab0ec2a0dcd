import { INTL_LOCALE, type Locale } from './locales'
import { en } from './messages/en'
import { fr, type Messages } from './messages/fr'

export { DEFAULT_LOCALE, LOCALES, LOCALE_COOKIE, isLocale, toLocale, type Locale } from './locales'
export type { Messages } from './messages/fr'

const dictionaries: Record<Locale, Messages> = { fr, en }

export function getMessages(locale: Locale): Messages {
  return dictionaries[locale]
}

/** Fills `{name}` placeholders: `format('© {year} Taalentio', { year: 2026 })`. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  )
}

/** A label with singular and plural forms, chosen by the locale's plural rules (French: 0 and 1 are singular). */
export type PluralForms = { one: string; other: string }

export function plural(locale: Locale, count: number, forms: PluralForms): string {
  return new Intl.PluralRules(INTL_LOCALE[locale]).select(count) === 'one' ? forms.one : forms.other
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value)
}
