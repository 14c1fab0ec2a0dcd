import type { Locale } from '@/i18n/locales'
import type { ExportMessages } from '@/i18n/messages/exports'
import { GENDER_OPTIONS, LANGUAGE_LEVEL_OPTIONS } from '@/talents/profileOptions'
import type { ExportColumn } from './exportTable'

/** Columns both profiles share (names, identity, place, categories, languages, skills, contact). */

type Named = { nameFr?: string | null; nameEn?: string | null }
type Option = { readonly value: string; readonly label: { readonly fr: string; readonly en: string } }

export type ProfileLike = {
  code?: string | null
  firstName?: string | null
  lastName?: string | null
  stageName?: string | null
  gender?: string | null
  dateOfBirth?: string | null
  nationality?: unknown
  country?: unknown
  city?: unknown
  categories?: unknown[] | null
  skills?: unknown[] | null
  languages?: { language: unknown; level?: string | null }[] | null
  phone?: string | null
  whatsapp?: string | null
  address?: string | null
  idDocumentNumber?: string | null
  emergencyContact?: string | null
  isPublic?: boolean | null
  createdAt?: string | null
}

export const DATE_FORMAT = 'dd/mm/yyyy'

export const nameOf = (value: unknown, locale: Locale): string => {
  if (!value || typeof value !== 'object') return ''
  const row = value as Named & { name?: string | null; label?: string | null }
  return (locale === 'en' ? row.nameEn : row.nameFr) ?? row.name ?? row.label ?? ''
}

export const optionLabel = (options: readonly Option[], value: string | null | undefined, locale: Locale): string =>
  options.find((option) => option.value === value)?.label[locale] ?? value ?? ''

export const namesOf = (values: unknown[] | null | undefined, locale: Locale): string =>
  (values ?? []).map((value) => nameOf(value, locale)).filter(Boolean).join(', ')

/** A calendar day as a UTC-midnight Date: Excel shows it as a date without a time-zone shift. */
export const dayOf = (value: string | null | undefined): Date | null => (value ? new Date(`${value.slice(0, 10)}T00:00:00.000Z`) : null)

export function ageOn(birth: string | null | undefined, now: Date): number | null {
  if (!birth) return null
  const born = new Date(birth)
  let age = now.getUTCFullYear() - born.getUTCFullYear()
  const beforeBirthday = now.getUTCMonth() < born.getUTCMonth() || (now.getUTCMonth() === born.getUTCMonth() && now.getUTCDate() < born.getUTCDate())
  if (beforeBirthday) age -= 1
  return age
}

export function languagesText(languages: ProfileLike['languages'], locale: Locale): string {
  return (languages ?? [])
    .map((row) => {
      const name = nameOf(row.language, locale)
      return name ? `${name} (${optionLabel(LANGUAGE_LEVEL_OPTIONS, row.level, locale).toLowerCase()})` : ''
    })
    .filter(Boolean)
    .join(', ')
}

export function identityColumns<T extends ProfileLike>(m: ExportMessages, locale: Locale, now: Date): ExportColumn<T>[] {
  const c = m.columns
  return [
    { key: 'code', header: c.code, width: 14, value: (doc) => doc.code ?? '' },
    { key: 'lastName', header: c.lastName, width: 20, value: (doc) => doc.lastName ?? '' },
    { key: 'firstName', header: c.firstName, width: 20, value: (doc) => doc.firstName ?? '' },
    { key: 'stageName', header: c.stageName, width: 18, value: (doc) => doc.stageName ?? '' },
    { key: 'gender', header: c.gender, width: 12, value: (doc) => optionLabel(GENDER_OPTIONS, doc.gender, locale) },
    { key: 'dateOfBirth', header: c.dateOfBirth, width: 14, numFmt: DATE_FORMAT, value: (doc) => dayOf(doc.dateOfBirth) },
    { key: 'age', header: c.age, width: 7, value: (doc) => ageOn(doc.dateOfBirth, now) },
    { key: 'nationality', header: c.nationality, width: 18, value: (doc) => nameOf(doc.nationality, locale) },
    { key: 'country', header: c.country, width: 18, value: (doc) => nameOf(doc.country, locale) },
    { key: 'city', header: c.city, width: 18, value: (doc) => nameOf(doc.city, locale) },
    { key: 'categories', header: c.categories, width: 30, value: (doc) => namesOf(doc.categories, locale) },
    { key: 'languages', header: c.languages, width: 34, value: (doc) => languagesText(doc.languages, locale) },
    { key: 'skills', header: c.skills, width: 34, value: (doc) => namesOf(doc.skills, locale) },
  ]
}

export function privateContactColumns<T extends ProfileLike>(m: ExportMessages): ExportColumn<T>[] {
  const c = m.columns
  return [
    { key: 'phone', header: c.phone, width: 18, value: (doc) => doc.phone ?? '' },
    { key: 'whatsapp', header: c.whatsapp, width: 18, value: (doc) => doc.whatsapp ?? '' },
    { key: 'address', header: c.address, width: 30, value: (doc) => doc.address ?? '' },
    { key: 'idDocumentNumber', header: c.idDocumentNumber, width: 20, value: (doc) => doc.idDocumentNumber ?? '' },
    { key: 'emergencyContact', header: c.emergencyContact, width: 24, value: (doc) => doc.emergencyContact ?? '' },
  ]
}

export function trailingColumns<T extends ProfileLike>(m: ExportMessages): ExportColumn<T>[] {
  return [
    { key: 'isPublic', header: m.columns.isPublic, width: 10, value: (doc) => (doc.isPublic ? m.yes : m.no) },
    { key: 'createdAt', header: m.columns.createdAt, width: 14, numFmt: DATE_FORMAT, value: (doc) => dayOf(doc.createdAt) },
  ]
}

/** What every export reads of a profile's relations (names only). */
export const PROFILE_POPULATE = {
  countries: { nameFr: true, nameEn: true },
  cities: { name: true },
  categories: { nameFr: true, nameEn: true },
  skills: { nameFr: true, nameEn: true },
  languages: { nameFr: true, nameEn: true },
  nationalities: { nameFr: true, nameEn: true },
} as const

export const PUBLIC_PROFILE_SELECT = {
  code: true,
  firstName: true,
  lastName: true,
  stageName: true,
  gender: true,
  dateOfBirth: true,
  nationality: true,
  country: true,
  city: true,
  categories: true,
  languages: true,
  skills: true,
  isPublic: true,
  createdAt: true,
} as const

export const PRIVATE_PROFILE_SELECT = {
  phone: true,
  whatsapp: true,
  address: true,
  idDocumentNumber: true,
  emergencyContact: true,
} as const
