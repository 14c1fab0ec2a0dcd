import { createLocalReq, type Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { CATEGORY_GROUPS } from '@/reference-data/categories'
import { listPublicCitiesOfCountry, listPublicCountries } from '@/reference-data/publicReferenceQueries'
import { SKILL_GROUPS } from '@/reference-data/skills'
import { LANGUAGE_LEVEL_OPTIONS } from '@/talents/profileOptions'

export type Option = { value: number; label: string }
export type OptionGroup = { label: string; options: Option[] }
export type CountryOption = Option & { iso2: string }

/** Every choice the profile form offers, named in the person's language (plain data for a client component). */
export type ProfileFormOptions = {
  countries: { label: string; options: CountryOption[] }[]
  /** Cities of the talent's current country; the form loads others when the country changes. */
  cities: Option[]
  nationalities: Option[]
  categories: OptionGroup[]
  languages: OptionGroup[]
  skills: OptionGroup[]
  levels: { value: string; label: string }[]
}

// Languages of international productions, offered first whatever their place in the alphabet.
const INTERNATIONAL_LANGUAGE_CODES = ['fr', 'en', 'ar', 'pt', 'es']

function grouped<G extends string>(
  groups: readonly { value: G; label: Record<Locale, string> }[],
  docs: { id: number; group: G; nameFr: string; nameEn: string }[],
  locale: Locale,
): OptionGroup[] {
  return groups
    .map((group) => ({
      label: group.label[locale],
      options: docs
        .filter((doc) => doc.group === group.value)
        .map((doc) => ({ value: doc.id, label: locale === 'en' ? doc.nameEn : doc.nameFr })),
    }))
    .filter((group) => group.options.length > 0)
}

export async function loadProfileFormOptions(
  payload: Payload,
  { locale, countryId }: { locale: Locale; countryId: number | null },
): Promise<ProfileFormOptions> {
  const m = talentSpaceMessages[locale].profile.fields
  const req = await createLocalReq({}, payload)
  const common = { pagination: false, depth: 0, sort: 'sortOrder', overrideAccess: false, req } as const

  const [countries, nationalities, categories, languages, skills] = await Promise.all([
    listPublicCountries(req),
    payload.find({ collection: 'nationalities', pagination: false, depth: 0, sort: 'nameFr', overrideAccess: false, req, select: { nameFr: true, nameEn: true, flag: true } }),
    payload.find({ ...common, collection: 'categories', select: { nameFr: true, nameEn: true, group: true } }),
    payload.find({ ...common, collection: 'languages', select: { code: true, nameFr: true, nameEn: true, isAfrican: true } }),
    payload.find({ ...common, collection: 'skills', select: { nameFr: true, nameEn: true, group: true } }),
  ])
  const country = countries.find((candidate) => candidate.id === countryId)
  const cities = country ? await listPublicCitiesOfCountry(req, country) : []

  const countryOption = (c: (typeof countries)[number]): CountryOption => ({
    value: Number(c.id),
    iso2: c.iso2,
    label: `${c.flag ?? ''} ${locale === 'en' ? c.nameEn : c.nameFr}`.trim(),
  })
  const byName = (a: Option, b: Option) => a.label.localeCompare(b.label, locale)
  const languageOption = (l: (typeof languages.docs)[number]): Option => ({ value: l.id, label: locale === 'en' ? l.nameEn : l.nameFr })
  const international = INTERNATIONAL_LANGUAGE_CODES.flatMap((code) => languages.docs.filter((l) => l.code === code))

  return {
    countries: [
      { label: m.africa, options: countries.filter((c) => c.isAfrican).map(countryOption) },
      { label: m.restOfWorld, options: countries.filter((c) => !c.isAfrican).map(countryOption).sort(byName) },
    ],
    cities: cities.map((city) => ({ value: Number(city.id), label: city.name })),
    nationalities: nationalities.docs
      .map((n) => ({ value: n.id, label: `${n.flag ?? ''} ${locale === 'en' ? n.nameEn : n.nameFr}`.trim() }))
      .sort((a, b) => a.label.replace(/^\P{L}+/u, '').localeCompare(b.label.replace(/^\P{L}+/u, ''), locale)),
    categories: grouped(CATEGORY_GROUPS, categories.docs, locale),
    languages: [
      { label: m.commonLanguages, options: international.map(languageOption) },
      { label: m.africanLanguages, options: languages.docs.filter((l) => l.isAfrican).map(languageOption) },
      {
        label: m.otherLanguages,
        options: languages.docs
          .filter((l) => !l.isAfrican && !INTERNATIONAL_LANGUAGE_CODES.includes(l.code))
          .map(languageOption)
          .sort(byName),
      },
    ],
    skills: grouped(SKILL_GROUPS, skills.docs, locale),
    levels: LANGUAGE_LEVEL_OPTIONS.map((level) => ({ value: level.value, label: level.label[locale] })),
  }
}
