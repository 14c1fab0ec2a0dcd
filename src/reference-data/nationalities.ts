import { listedSourceCountries } from './countries'
import { nationalityLabel } from './nationalityLabel'
import { capitalizeFirst } from './text'
import type { NationalityRow } from './types'

/** One nationality per listed country, named with world-countries' demonyms. */
export function buildNationalities(): NationalityRow[] {
  return listedSourceCountries()
    .map((country) => {
      const french = country.demonyms.fra
      const english = country.demonyms.eng
      const nameFr = capitalizeFirst(french.f)
      return {
        countryIso2: country.cca2,
        nameFr,
        nameFrMasculine: capitalizeFirst(french.m),
        nameEn: english.m,
        flag: country.flag,
        label: nationalityLabel(country.flag, nameFr),
      }
    })
    .sort((a, b) => a.countryIso2.localeCompare(b.countryIso2))
}

