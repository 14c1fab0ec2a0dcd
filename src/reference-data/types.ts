/** Rows as the builders produce them and the loader inserts them (no database ids). */

export type CountryRow = {
  iso2: string
  iso3: string
  nameFr: string
  nameEn: string
  flag: string
  phonePrefix: string
  region: string
  isAfrican: boolean
  sortOrder: number
}

export type CityRow = {
  /** Resolved to the country's id at load time. */
  countryIso2: string
  name: string
  code: string
  population: number
  isCapital: boolean
  latitude: number
  longitude: number
}

export type NationalityRow = {
  countryIso2: string
  nameFr: string
  nameFrMasculine: string
  nameEn: string
  flag: string
  /** What pickers show: flag and feminine French form, e.g. "🇨🇮 Ivoirienne". */
  label: string
}

export type LanguageRow = {
  code: string
  nameFr: string
  nameEn: string
  isAfrican: boolean
  sortOrder: number
}

export type CategoryRow = {
  slug: string
  nameFr: string
  nameEn: string
  group: string
  sortOrder: number
}

export type SkillRow = {
  slug: string
  nameFr: string
  nameEn: string
  group: string
  sortOrder: number
}

export type ReferenceDataset = {
  countries: CountryRow[]
  cities: CityRow[]
  nationalities: NationalityRow[]
  languages: LanguageRow[]
  categories: CategoryRow[]
  skills: SkillRow[]
}

export type ReferenceTable = keyof ReferenceDataset

export type TableLoadResult = {
  expected: number
  /** Rows already in the table before this load. */
  present: number
  inserted: number
}

export type ReferenceDataReport = Record<ReferenceTable, TableLoadResult>

/** A group of a select field, labelled in both languages. */
export type GroupOption<Value extends string = string> = {
  value: Value
  label: { fr: string; en: string }
}
