import { describe, expect, it } from 'vitest'

import { ageOn, birthBounds, yearsBefore } from '@/cinema/staffSearch/ageBounds'
import { parseStaffSearch, staffSearchParams, staffSearchTerms, type StaffSearchFilters } from '@/cinema/staffSearch/staffSearchFilters'

const parse = (query: string, locale: 'fr' | 'en' = 'fr') => parseStaffSearch(new URLSearchParams(query), locale)

describe('staff search filters from a URL', () => {
  it('reads every filter, repeatable ones as lists, languages with their minimum level', () => {
    const parsed = parse(
      'q=Koné&category=acteur&category=figurant&country=ci&city=abj&gender=f&ageMin=20&ageMax=35&heightMin=160&heightMax=185' +
        '&lang=wo:3&lang=fr:native&lang=en&skill=chant,danse&availability=available&availability=limited&sort=-height&page=2&limit=50',
    )
    expect(parsed).toEqual({
      success: true,
      filters: {
        q: 'Koné',
        category: ['acteur', 'figurant'],
        country: 'CI',
        city: 'ABJ',
        gender: 'F',
        ageMin: 20,
        ageMax: 35,
        heightMin: 160,
        heightMax: 185,
        lang: [
          { language: 'wo', minLevel: 3 },
          { language: 'fr', minLevel: 4 },
          { language: 'en', minLevel: 1 },
        ],
        skill: ['chant', 'danse'],
        availability: ['available', 'limited'],
        sort: '-height',
        page: 2,
        limit: 50,
      },
    })
  })

  it('gives defaults for an empty URL, and pairs the page form’s language and level fields', () => {
    expect(parse('')).toEqual({ success: true, filters: { category: [], lang: [], skill: [], availability: [], sort: 'name', page: 1, limit: 25 } })
    const parsed = parse('language=wo&level=2&language=fr:4&level=')
    expect(parsed.success && parsed.filters.lang).toEqual([
      { language: 'wo', minLevel: 2 },
      { language: 'fr', minLevel: 4 },
    ])
  })

  it('refuses bad values with messages in the caller’s language, naming each parameter', () => {
    const parsed = parse('ageMin=abc&heightMax=400&lang=wo:7&sort=salary&page=0&limit=1000&gender=Z&availability=soon')
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    const byPath = Object.fromEntries(parsed.errors.map((error) => [error.path, error.message]))
    expect(Object.keys(byPath).sort()).toEqual(['ageMin', 'availability', 'gender', 'heightMax', 'lang', 'limit', 'page', 'sort'])
    expect(byPath.ageMin).toBe('Âge minimum invalide : un nombre entier de 0 à 120 est attendu.')
    expect(byPath.heightMax).toMatch(/de 50 à 250 cm/)
    expect(byPath.limit).toMatch(/de 1 à 100/)

    const english = parse('ageMin=40&ageMax=30', 'en')
    expect(english.success).toBe(false)
    if (!english.success) expect(english.errors).toEqual([{ path: 'ageMin', message: 'The minimum age is above the maximum age.' }])
  })

  it('keeps the valid filters when some are faulty (the page shows what it ignored)', () => {
    const parsed = parse('country=CI&heightMin=20&ageMin=30&ageMax=20&skill=chant')
    expect(parsed.success).toBe(false)
    expect(parsed.filters).toMatchObject({ country: 'CI', skill: ['chant'] })
    expect([parsed.filters.heightMin, parsed.filters.ageMin, parsed.filters.ageMax]).toEqual([undefined, undefined, undefined])
  })

  it('limits repeatable filters, the query length and repeated single parameters', () => {
    const many = Array.from({ length: 11 }, (_, index) => `skill=s${index}`).join('&')
    expect(parse(many).success).toBe(false)
    expect(parse(`q=${'a'.repeat(101)}`).success).toBe(false)
    expect(parse('country=CI&country=SN').success).toBe(false)
  })

  it('writes short shareable URLs that read back to the same filters', () => {
    const parsed = parse('q=awa&category=acteur&country=CI&ageMin=20&lang=wo:3&skill=chant&skill=danse&availability=available&sort=age&page=3')
    if (!parsed.success) throw new Error('unexpected')
    const pageUrl = staffSearchParams(parsed.filters).toString()
    expect(pageUrl).toBe('q=awa&category=acteur&country=CI&ageMin=20&language=wo%3A3&skill=chant&skill=danse&availability=available&sort=age&page=3')
    expect(staffSearchParams(parsed.filters, 'api').getAll('lang')).toEqual(['wo:3'])
    expect(parse(pageUrl)).toEqual(parsed)
    expect(staffSearchParams({ sort: 'name', page: 1, limit: 25 } as StaffSearchFilters).toString()).toBe('')
  })
})

describe('age as birth-date bounds', () => {
  const now = new Date('2026-11-25T15:00:00Z')

  it('counts a birthday today as a year more, a birthday tomorrow not yet', () => {
    expect(ageOn('1996-11-25', now)).toBe(30)
    expect(ageOn('1996-11-26', now)).toBe(29)
    expect(ageOn('1996-11-25T12:00:00.000Z', now)).toBe(30)
  })

  it('turns an age range into [bornFrom, bornBefore) that agrees with ageOn at both ends', () => {
    const { bornBefore, bornFrom } = birthBounds(30, 40, now)
    expect(bornBefore?.toISOString()).toBe('1996-11-26T00:00:00.000Z')
    expect(bornFrom?.toISOString()).toBe('1985-11-26T00:00:00.000Z')
    const inRange = (birth: string) => new Date(birth) < bornBefore! && new Date(birth) >= bornFrom!
    for (const birth of ['1996-11-25', '1996-11-25T12:00:00Z', '1996-11-26', '1985-11-26', '1985-11-25T12:00:00Z', '1985-11-25']) {
      const age = ageOn(birth, now)
      expect(inRange(birth), `${birth} (age ${age})`).toBe(age >= 30 && age <= 40)
    }
  })

  it('handles 29 February', () => {
    expect(yearsBefore(new Date('2028-02-29T00:00:00Z'), 18).toISOString()).toBe('2010-02-28T00:00:00.000Z')
    const leapling = '2008-02-29'
    expect(ageOn(leapling, new Date('2026-02-28T10:00:00Z'))).toBe(17)
    expect(new Date(leapling) < birthBounds(18, undefined, new Date('2026-02-28T10:00:00Z')).bornBefore!).toBe(false)
    expect(new Date(leapling) < birthBounds(18, undefined, new Date('2026-03-01T10:00:00Z')).bornBefore!).toBe(true)
  })
})

describe('free-text words', () => {
  it('folds accents and case as searchText does, drops one-letter words and duplicates', () => {
    expect(staffSearchTerms('  KONÉ  a  Koné Félicité ')).toEqual(['kone', 'felicite'])
  })
})
