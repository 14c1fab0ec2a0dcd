import type { Country } from 'world-countries'

import { compareFrench } from './text'
import type { CountryRow } from './types'
import worldCountries from './worldCountriesData.js'

/**
 * world-countries flags the Holy See as a UN member although it is only an observer
 * state; Palestine is the other observer state, and the one the platform lists.
 */
const NOT_A_UN_MEMBER = new Set(['VA'])
const LISTED_NON_MEMBERS = new Set(['PS'])

/** Where the package's French or English short name is dated or ambiguous. */
const FRENCH_NAME_OVERRIDES: Record<string, string> = {
  CD: 'République démocratique du Congo',
  CG: 'République du Congo',
  CV: 'Cap-Vert',
  MU: 'Maurice',
  PW: 'Palaos',
  SZ: 'Eswatini',
}
const ENGLISH_NAME_OVERRIDES: Record<string, string> = {
  CI: "Côte d'Ivoire",
}

function isListedCountry(country: Country): boolean {
  if (LISTED_NON_MEMBERS.has(country.cca2)) return true
  return country.unMember && !NOT_A_UN_MEMBER.has(country.cca2)
}

/** The 193 UN members and Palestine, as world-countries describes them. */
export function listedSourceCountries(): Country[] {
  return worldCountries.filter(isListedCountry)
}

/**
 * "+225" for Côte d'Ivoire. Countries sharing a root across many area codes
 * (+1 for the USA and Canada, +7 for Russia and Kazakhstan) keep the bare root.
 */
function phonePrefixOf(country: Country): string {
  const { root, suffixes } = country.idd
  return suffixes.length === 1 ? `${root}${suffixes[0]}` : root
}

function frenchNameOf(country: Country): string {
  return FRENCH_NAME_OVERRIDES[country.cca2] ?? country.translations.fra?.common ?? country.name.common
}

function englishNameOf(country: Country): string {
  return ENGLISH_NAME_OVERRIDES[country.cca2] ?? country.name.common
}

/** African countries first (the platform's audience), then by French name. */
export function buildCountries(): CountryRow[] {
  const rows = listedSourceCountries().map((country) => ({
    iso2: country.cca2,
    iso3: country.cca3,
    nameFr: frenchNameOf(country),
    nameEn: englishNameOf(country),
    flag: country.flag,
    phonePrefix: phonePrefixOf(country),
    region: country.subregion || country.region,
    isAfrican: country.region === 'Africa',
    sortOrder: 0,
  }))

  rows.sort((a, b) => Number(b.isAfrican) - Number(a.isAfrican) || compareFrench(a.nameFr, b.nameFr))
  return rows.map((row, index) => ({ ...row, sortOrder: index + 1 }))
}
