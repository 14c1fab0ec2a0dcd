import { describe, expect, it } from 'vitest'

import { buildCountries } from '@/reference-data/countries'
import { buildNationalities } from '@/reference-data/nationalities'

describe('countries', () => {
  const countries = buildCountries()

  it('lists the 193 UN members and Palestine, nothing else', () => {
    expect(countries).toHaveLength(194)
    const iso2 = countries.map((country) => country.iso2)
    expect(iso2).toContain('PS')
    expect(iso2).toContain('SS')
    expect(iso2).not.toContain('VA')
    expect(iso2).not.toContain('TW')
    expect(iso2).not.toContain('XK')
  })

  it('has unique, well-formed ISO codes', () => {
    expect(new Set(countries.map((country) => country.iso2)).size).toBe(194)
    expect(new Set(countries.map((country) => country.iso3)).size).toBe(194)
    for (const country of countries) {
      expect(country.iso2).toMatch(/^[A-Z]{2}$/)
      expect(country.iso3).toMatch(/^[A-Z]{3}$/)
      expect(country.phonePrefix).toMatch(/^\+\d{1,4}$/)
      expect(country.nameFr).not.toBe('')
      expect(country.nameEn).not.toBe('')
    }
  })

  it("describes Côte d'Ivoire in French with its flag and dialling code", () => {
    const ivoryCoast = countries.find((country) => country.iso2 === 'CI')
    expect(ivoryCoast).toMatchObject({
      iso3: 'CIV',
      nameFr: "Côte d'Ivoire",
      nameEn: "Côte d'Ivoire",
      flag: '🇨🇮',
      phonePrefix: '+225',
      isAfrican: true,
    })
  })

  it('puts the 54 African countries first, each block in French alphabetical order', () => {
    const african = countries.filter((country) => country.isAfrican)
    expect(african).toHaveLength(54)
    expect(countries.slice(0, 54).every((country) => country.isAfrican)).toBe(true)
    expect(countries.map((country) => country.sortOrder)).toEqual(countries.map((_, index) => index + 1))

    const frenchOrder = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b, 'fr'))
    const africanNames = african.map((country) => country.nameFr)
    const otherNames = countries.slice(54).map((country) => country.nameFr)
    expect(africanNames).toEqual(frenchOrder(africanNames))
    expect(otherNames).toEqual(frenchOrder(otherNames))
  })
})

describe('nationalities', () => {
  const nationalities = buildNationalities()

  it('gives one nationality to each country', () => {
    expect(nationalities).toHaveLength(194)
    expect(new Set(nationalities.map((nationality) => nationality.countryIso2)).size).toBe(194)
  })

  it('shows the flag with the feminine French form', () => {
    expect(nationalities.find((nationality) => nationality.countryIso2 === 'CI')).toMatchObject({
      nameFr: 'Ivoirienne',
      nameFrMasculine: 'Ivoirien',
      nameEn: 'Ivorian',
      label: '🇨🇮 Ivoirienne',
    })
    expect(nationalities.find((nationality) => nationality.countryIso2 === 'SN')?.label).toBe('🇸🇳 Sénégalaise')
  })
})
