import { beforeAll, describe, expect, it } from 'vitest'

import { buildCitiesFromPackages } from '@/reference-data/buildReferenceData'
import { assignCityCodes, cityCodeCandidates } from '@/reference-data/cityCodes'
import { type CitySources, loadCitySources } from '@/reference-data/citySources'
import { buildCountries } from '@/reference-data/countries'
import { EXPECTED_ROW_COUNTS } from '@/reference-data/expectedRowCounts'
import type { CityRow } from '@/reference-data/types'

/** Large African cities that talents will pick first; GeoNames spellings. */
const MAJOR_AFRICAN_CITIES: [iso2: string, name: string][] = [
  ['CI', 'Abidjan'],
  ['NG', 'Lagos'],
  ['CD', 'Kinshasa'],
  ['SN', 'Dakar'],
  ['ML', 'Bamako'],
  ['BF', 'Ouagadougou'],
  ['CM', 'Douala'],
  ['CM', 'Yaoundé'],
  ['GH', 'Accra'],
  ['KE', 'Nairobi'],
  ['ET', 'Addis Ababa'],
  ['ZA', 'Johannesburg'],
  ['MA', 'Casablanca'],
  ['EG', 'Cairo'],
  ['TG', 'Lomé'],
  ['BJ', 'Cotonou'],
  ['NE', 'Niamey'],
  ['GN', 'Conakry'],
  ['GA', 'Libreville'],
  ['CG', 'Brazzaville'],
  ['NG', 'Abuja'],
  ['NG', 'Kano'],
  ['CI', 'Bouaké'],
  ['TZ', 'Dar es Salaam'],
  ['UG', 'Kampala'],
  ['RW', 'Kigali'],
  ['AO', 'Luanda'],
  ['DZ', 'Algiers'],
  ['TN', 'Tunis'],
  ['MG', 'Antananarivo'],
]

describe('cities', () => {
  const countries = buildCountries()
  let sources: CitySources
  let cities: CityRow[]
  const find = (iso2: string, name: string) =>
    cities.find((city) => city.countryIso2 === iso2 && city.name === name)

  beforeAll(async () => {
    sources = await loadCitySources()
    cities = await buildCitiesFromPackages(countries, sources)
  })

  it('covers at least 1,710 cities in at least 142 countries', () => {
    expect(cities.length).toBeGreaterThanOrEqual(1710)
    expect(new Set(cities.map((city) => city.countryIso2)).size).toBeGreaterThanOrEqual(142)
    expect(cities).toHaveLength(EXPECTED_ROW_COUNTS.cities)
  })

  it('gives every city a 3-letter code unique within its country', () => {
    const seen = new Set<string>()
    for (const city of cities) {
      expect(city.code, city.name).toMatch(/^[A-Z]{3}$/)
      const key = `${city.countryIso2}:${city.code}`
      expect(seen.has(key), key).toBe(false)
      seen.add(key)
    }
  })

  it('prefers the airport code of the city', () => {
    expect(find('CI', 'Abidjan')?.code).toBe('ABJ')
    expect(find('SN', 'Dakar')?.code).toBe('DKR')
    expect(find('NG', 'Lagos')?.code).toBe('LOS')
    expect(find('CM', 'Yaoundé')?.code).toBe('YAO')
    expect(find('KE', 'Nairobi')?.code).toBe('NBO')
    expect(find('FR', 'Paris')?.code).toBe('PAR')
    expect(find('US', 'New York City')?.code).toBe('NYC')
  })

  it.each(MAJOR_AFRICAN_CITIES)('includes %s %s', (iso2, name) => {
    expect(find(iso2, name)).toBeDefined()
  })

  it('includes the capital of every African country', () => {
    for (const country of countries.filter((candidate) => candidate.isAfrican)) {
      const capitals = cities.filter((city) => city.countryIso2 === country.iso2 && city.isCapital)
      expect(capitals, country.nameFr).toHaveLength(1)
    }
  })

  it('includes every capital GeoNames knows for a listed country', () => {
    const listed = new Set(countries.map((country) => country.iso2))
    const capitals = sources.geoNamesCities.filter((city) => city.featureCode === 'PPLC' && listed.has(city.country))
    for (const capital of capitals) {
      expect(find(capital.country, capital.name)?.isCapital, `${capital.country} ${capital.name}`).toBe(true)
    }
  })

  it('links every city to a listed country and keeps coordinates in range', () => {
    const listed = new Set(countries.map((country) => country.iso2))
    for (const city of cities) {
      expect(listed.has(city.countryIso2)).toBe(true)
      expect(Math.abs(city.latitude)).toBeLessThanOrEqual(90)
      expect(Math.abs(city.longitude)).toBeLessThanOrEqual(180)
    }
    expect(find('CI', 'Abidjan')?.latitude).toBeCloseTo(5.35, 1)
  })

  it('gives the same codes when built again', async () => {
    const again = await buildCitiesFromPackages(countries, await loadCitySources())
    expect(again).toEqual(cities)
  })
})

describe('city codes', () => {
  it('derives a code from the first letter and the following consonants, accents removed', () => {
    expect(cityCodeCandidates('Ouagadougou').next().value).toBe('OGD')
    expect(cityCodeCandidates('Bouaké').next().value).toBe('BKO')
    expect(cityCodeCandidates('Ébolowa').next().value).toBe('EBL')
  })

  it('hands out airport codes first, then derives free codes in order', () => {
    const codes = assignCityCodes([
      { name: 'Abobo' },
      { name: 'Abidjan', preferredCode: 'ABB' },
      { name: 'Abbo' },
    ])
    expect(codes[1]).toBe('ABB')
    expect(new Set(codes).size).toBe(3)
    codes.forEach((code) => expect(code).toMatch(/^[A-Z]{3}$/))
  })

  it('ignores a preferred code that is not three capital letters', () => {
    expect(assignCityCodes([{ name: 'Cairo', preferredCode: '70J' }])).toEqual(['CRA'])
  })

  it('still finds a code for names without Latin letters', () => {
    expect(assignCityCodes([{ name: '東京' }, { name: '大阪' }])).toEqual(['AAA', 'AAB'])
  })
})
