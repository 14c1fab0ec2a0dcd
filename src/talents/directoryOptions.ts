import type { Locale } from '@/i18n/locales'
import type { TalentMessages } from '@/i18n/messages/talents'
import { CATEGORY_GROUPS } from '@/reference-data/categories'
import { SKILL_GROUPS } from '@/reference-data/skills'
import type { DirectoryFilterKey, DirectoryFilters } from './directoryFilters'
import { findByKeyOrId, type DirectoryReferences } from './directoryReferences'
import { GENDER_OPTIONS } from './profileOptions'
import { localName } from './talentProfile'

export type FilterOption = { value: string; label: string }
export type FilterOptionGroup = { label: string; options: FilterOption[] }

/** The choices of the directory's filter selects, in the visitor's language, values as in the URL. */
export type DirectoryOptions = {
  categories: FilterOptionGroup[]
  countries: FilterOptionGroup[]
  /** Cities of the chosen country, alphabetical; empty until a country is chosen. */
  cities: FilterOption[]
  languages: FilterOptionGroup[]
  skills: FilterOptionGroup[]
  genders: FilterOption[]
}

type Grouped = { id: number; nameFr: string; nameEn: string; group: string }

function byGroup<T extends Grouped>(
  rows: T[],
  groups: readonly { value: string; label: Record<Locale, string> }[],
  locale: Locale,
  value: (row: T) => string,
): FilterOptionGroup[] {
  return groups
    .map((group) => ({
      label: group.label[locale],
      options: rows.filter((row) => row.group === group.value).map((row) => ({ value: value(row), label: localName(row, locale) })),
    }))
    .filter((group) => group.options.length > 0)
}

export function directoryOptions(
  references: DirectoryReferences,
  filters: Pick<DirectoryFilters, 'country'>,
  locale: Locale,
  messages: TalentMessages['directory']['filters'],
): DirectoryOptions {
  const collator = new Intl.Collator(locale === 'en' ? 'en' : 'fr', { sensitivity: 'base' })
  const country = filters.country ? findByKeyOrId(references.countries, 'iso2', filters.country) : undefined
  const countryOption = (row: DirectoryReferences['countries'][number]) => ({
    value: row.iso2,
    label: `${row.flag ?? ''} ${localName(row, locale)}`.trim(),
  })
  const alphabetical = (options: FilterOption[]) => [...options].sort((a, b) => collator.compare(a.label, b.label))
  return {
    categories: byGroup(references.categories, CATEGORY_GROUPS, locale, (row) => row.slug),
    countries: [
      { label: messages.africa, options: references.countries.filter((row) => row.isAfrican).map(countryOption) },
      { label: messages.restOfWorld, options: references.countries.filter((row) => !row.isAfrican).map(countryOption) },
    ],
    cities: country
      ? alphabetical(references.cities.filter((city) => city.countryId === country.id).map((city) => ({ value: city.code, label: city.name })))
      : [],
    languages: [
      { label: messages.africanLanguages, options: alphabetical(references.languages.filter((row) => row.isAfrican).map((row) => ({ value: row.code, label: localName(row, locale) }))) },
      { label: messages.otherLanguages, options: alphabetical(references.languages.filter((row) => !row.isAfrican).map((row) => ({ value: row.code, label: localName(row, locale) }))) },
    ],
    skills: byGroup(references.skills, SKILL_GROUPS, locale, (row) => row.slug),
    genders: GENDER_OPTIONS.map((option) => ({ value: option.value, label: option.label[locale] })),
  }
}

/** The filters in force, named for the visitor ("🇨🇮 Côte d'Ivoire", "Acteur·rice"…), for the removable chips. */
export function activeFilterLabels(
  filters: DirectoryFilters,
  references: DirectoryReferences,
  locale: Locale,
): { key: DirectoryFilterKey; label: string }[] {
  const labels: { key: DirectoryFilterKey; label: string }[] = []
  const country = filters.country ? findByKeyOrId(references.countries, 'iso2', filters.country) : undefined
  const named = (row: { nameFr: string; nameEn: string } | undefined, fallback: string) => (row ? localName(row, locale) : fallback)

  if (filters.category) labels.push({ key: 'category', label: named(findByKeyOrId(references.categories, 'slug', filters.category), filters.category) })
  if (filters.country) labels.push({ key: 'country', label: country ? `${country.flag ?? ''} ${localName(country, locale)}`.trim() : filters.country })
  if (filters.city) {
    const cities = country ? references.cities.filter((city) => city.countryId === country.id) : references.cities
    labels.push({ key: 'city', label: findByKeyOrId(cities, 'code', filters.city)?.name ?? filters.city })
  }
  if (filters.language) labels.push({ key: 'language', label: named(findByKeyOrId(references.languages, 'code', filters.language), filters.language) })
  if (filters.skill) labels.push({ key: 'skill', label: named(findByKeyOrId(references.skills, 'slug', filters.skill), filters.skill) })
  if (filters.gender) labels.push({ key: 'gender', label: GENDER_OPTIONS.find((option) => option.value === filters.gender)?.label[locale] ?? filters.gender })
  return labels
}
