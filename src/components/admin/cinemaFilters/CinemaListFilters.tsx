import type { BeforeListTableServerProps } from 'payload'

import { isStaffUser } from '@/access'
import { AVAILABILITY_OPTIONS } from '@/cinema/cinemaOptions'
import { toLocale } from '@/i18n/locales'
import { getCinemaStaffMessages } from '@/i18n/messages/cinemaStaff'
import { CATEGORY_GROUPS } from '@/reference-data/categories'
import { SKILL_GROUPS } from '@/reference-data/skills'
import { loadDirectoryReferences } from '@/talents/directoryReferences'
import { GENDER_OPTIONS, LANGUAGE_LEVEL_OPTIONS } from '@/talents/profileOptions'
import { localName } from '@/talents/talentProfile'

import { CinemaListFiltersPanel, type AdminFilterOptions } from './CinemaListFiltersPanel'

/**
 * The advanced search above the admin list of cinema talents (`beforeListTable`): the same
 * filters as the staff page, turned into the list's own `where` (see staffFiltersToWhere).
 * Choices are read here, on the server, in the admin's language; values are database ids.
 */
export async function CinemaListFilters({ payload, i18n, user }: BeforeListTableServerProps) {
  if (!isStaffUser(user)) return null
  const locale = toLocale(i18n.language)
  const references = await loadDirectoryReferences(payload)
  const collator = new Intl.Collator(locale, { sensitivity: 'base' })
  const grouped = (rows: { id: number; nameFr: string; nameEn: string; group: string }[], groups: readonly { value: string; label: Record<'fr' | 'en', string> }[]) =>
    groups
      .map((group) => ({
        label: group.label[locale],
        options: rows.filter((row) => row.group === group.value).map((row) => ({ value: String(row.id), label: localName(row, locale) })),
      }))
      .filter((group) => group.options.length > 0)
  const m = getCinemaStaffMessages(locale)

  const options: AdminFilterOptions = {
    categories: grouped(references.categories, CATEGORY_GROUPS),
    skills: grouped(references.skills, SKILL_GROUPS),
    countries: [true, false].map((african) => ({
      label: african ? m.filters.africa : m.filters.restOfWorld,
      options: references.countries
        .filter((row) => row.isAfrican === african)
        .map((row) => ({ value: String(row.id), label: `${row.flag ?? ''} ${localName(row, locale)}`.trim(), iso2: row.iso2 })),
    })),
    languages: [true, false].map((african) => ({
      label: african ? m.filters.africanLanguages : m.filters.otherLanguages,
      options: references.languages
        .filter((row) => row.isAfrican === african)
        .map((row) => ({ value: String(row.id), label: localName(row, locale) }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    })),
    genders: GENDER_OPTIONS.map((option) => ({ value: option.value, label: option.label[locale] })),
    levels: LANGUAGE_LEVEL_OPTIONS.map((option, index) => ({ value: String(index + 1), label: option.label[locale] })),
    availability: AVAILABILITY_OPTIONS.map((option) => ({ value: option.value, label: option.label[locale] })),
  }
  return <CinemaListFiltersPanel locale={locale} options={options} />
}

export default CinemaListFilters
