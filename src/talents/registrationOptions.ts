import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { CATEGORY_GROUPS } from '@/reference-data/categories'
import { SKILL_GROUPS } from '@/reference-data/skills'

/** One choice of a registration picker; `value` is the record id as a string (form values are strings). */
export type PickerOption = {
  value: string
  label: string
  /** Shown before the label (a flag emoji). */
  prefix?: string
  /** Other words that find this option when typed (the other language, an ISO code…). */
  keywords?: string
  /** Key of the section the option is listed under ("africa", "world"…). */
  section?: string
  /** A short note shown after the label in the list ("capitale"). */
  detail?: string
}

export type PickerGroup = { key: string; label: string; options: PickerOption[] }

export type NationalityOption = PickerOption & { labelMasculine: string }
export type CountryOption = PickerOption & { iso2: string }

export type RegistrationOptions = {
  nationalities: NationalityOption[]
  countries: CountryOption[]
  languages: PickerOption[]
  categories: PickerGroup[]
  skills: PickerGroup[]
}

const AFRICA = 'africa'
const WORLD = 'world'

const collator = (locale: Locale) => new Intl.Collator(locale, { sensitivity: 'base' })

/**
 * Everything the registration form lists, named in the visitor's language and read once
 * on the server (Local API, public reference data): African countries, nationalities and
 * languages first, categories and skills in their reference groups.
 */
export async function getRegistrationOptions(payload: Payload, locale: Locale): Promise<RegistrationOptions> {
  const en = locale === 'en'
  const find = <T extends 'countries' | 'nationalities' | 'languages' | 'categories' | 'skills'>(collection: T) =>
    payload.find({ collection, pagination: false, depth: 0, sort: collection === 'nationalities' ? 'nameFr' : 'sortOrder', overrideAccess: false })
  const [countries, nationalities, languages, categories, skills] = await Promise.all([
    find('countries'),
    find('nationalities'),
    find('languages'),
    find('categories'),
    find('skills'),
  ])

  const countryOptions: CountryOption[] = countries.docs.map((country) => ({
    value: String(country.id),
    iso2: country.iso2,
    label: en ? country.nameEn : country.nameFr,
    prefix: country.flag ?? undefined,
    keywords: `${en ? country.nameFr : country.nameEn} ${country.iso2} ${country.iso3}`,
    section: country.isAfrican ? AFRICA : WORLD,
  }))

  const africanCountryIds = new Set(countries.docs.filter((country) => country.isAfrican).map((country) => country.id))
  const compare = collator(locale)
  const nationalityOptions: NationalityOption[] = nationalities.docs
    .map((nationality) => ({
      value: String(nationality.id),
      // French names the feminine form; the form switches to the masculine one for men.
      label: en ? nationality.nameEn : nationality.nameFr,
      labelMasculine: en ? nationality.nameEn : nationality.nameFrMasculine,
      prefix: nationality.flag ?? undefined,
      keywords: `${nationality.nameFr} ${nationality.nameFrMasculine} ${nationality.nameEn}`,
      section: africanCountryIds.has(nationality.country as number) ? AFRICA : WORLD,
    }))
    .sort((a, b) => Number(b.section === AFRICA) - Number(a.section === AFRICA) || compare.compare(a.label, b.label))

  const languageOptions: PickerOption[] = languages.docs.map((language) => ({
    value: String(language.id),
    label: en ? language.nameEn : language.nameFr,
    keywords: `${en ? language.nameFr : language.nameEn} ${language.code}`,
    section: language.isAfrican ? AFRICA : WORLD,
  }))

  const grouped = <Doc extends { id: number; nameFr: string; nameEn: string; group: string }>(
    docs: Doc[],
    groups: readonly { value: string; label: { fr: string; en: string } }[],
  ): PickerGroup[] => {
    const result = groups.map((group) => ({ key: group.value, label: group.label[locale], options: [] as PickerOption[] }))
    for (const doc of docs) {
      // An unknown group still shows, under the last one ("Autres").
      const group = result.find((candidate) => candidate.key === doc.group) ?? result[result.length - 1]
      group.options.push({ value: String(doc.id), label: en ? doc.nameEn : doc.nameFr, keywords: en ? doc.nameFr : doc.nameEn })
    }
    return result.filter((group) => group.options.length > 0)
  }

  return {
    nationalities: nationalityOptions,
    countries: countryOptions,
    languages: languageOptions,
    categories: grouped(categories.docs, CATEGORY_GROUPS),
    skills: grouped(skills.docs, SKILL_GROUPS),
  }
}
