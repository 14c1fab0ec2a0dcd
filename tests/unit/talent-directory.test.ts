import { describe, expect, it } from 'vitest'

import { pageWindow } from '@/components/Pagination'
import { etagMatches, qrEtag } from '@/qr/talentQrCode'
import { activeFilterCount, directoryHref, parseDirectoryFilters } from '@/talents/directoryFilters'
import { containsPattern } from '@/talents/searchPublicTalents'
import { ACCENTED_LETTERS, foldAccents, inclusiveForms, normalizeSearchText, PLAIN_LETTERS, referencesMatching, searchableReference, searchTerms } from '@/talents/searchText'
import { ageOn } from '@/talents/talentProfile'

describe('search text', () => {
  it('compares without case, accents or typographic apostrophes', () => {
    expect(normalizeSearchText('Côte d’Ivoire')).toBe("cote d'ivoire")
    expect(normalizeSearchText('  ÉTALONNEUR·SE / voix-off ')).toBe('etalonneur se voix off')
  })

  it('reads French inclusive names in both forms', () => {
    expect(inclusiveForms('Acteur·rice')).toEqual(['Acteur', 'Actrice'])
    expect(inclusiveForms('Chef·fe opérateur·rice')).toEqual(['Chef opérateur', 'Cheffe opératrice'])
    expect(inclusiveForms('Danseur·se')).toEqual(['Danseur', 'Danseuse'])
    expect(inclusiveForms('Costumier·ère')).toEqual(['Costumier', 'Costumière'])
    expect(inclusiveForms('Comédien·ne de doublage / voix off')).toEqual(['Comédien de doublage / voix off', 'Comédienne de doublage / voix off'])
    expect(inclusiveForms('Mannequin')).toEqual(['Mannequin'])
  })

  it('splits a query into distinct words of two letters or more, at most six', () => {
    expect(searchTerms('  Comédienne, Dakar! a CIF0001ABJ comédienne ')).toEqual([
      { folded: 'Comedienne', normalized: 'comedienne' },
      { folded: 'Dakar', normalized: 'dakar' },
      { folded: 'CIF0001ABJ', normalized: 'cif0001abj' },
    ])
    expect(searchTerms('un deux trois quatre cinq six sept')).toHaveLength(6)
    expect(searchTerms('% _ !')).toEqual([])
    expect(searchTerms(undefined)).toEqual([])
  })

  it('finds reference rows by any of their names', () => {
    const rows = [searchableReference(1, ['Acteur·rice', 'Actor']), searchableReference(2, ['Danseur·se', 'Dancer'])]
    const [actrice, dance, tor] = searchTerms('ACTRICE danse tor')
    expect(referencesMatching(rows, actrice)).toEqual([1])
    expect(referencesMatching(rows, dance)).toEqual([2])
    expect(referencesMatching(rows, tor)).toEqual([1])
  })

  it('folds accents the same way in memory and in PostgreSQL’s translate()', () => {
    expect(foldAccents('Traoré Ouédraogo Keïta d’Ivoire')).toBe("Traore Ouedraogo Keita d'Ivoire")
    expect([...ACCENTED_LETTERS]).toHaveLength([...PLAIN_LETTERS].length)
    for (const [index, letter] of [...ACCENTED_LETTERS].entries()) expect(foldAccents(letter), letter).toBe([...PLAIN_LETTERS][index])
  })

  it('escapes LIKE wildcards', () => {
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%')
  })
})

describe('directory filters in the URL', () => {
  it('keeps well-formed values, in canonical form, and drops the rest', () => {
    expect(parseDirectoryFilters({ q: '  awa ', category: 'acteur', country: 'ci', city: 'abj', language: 'WO', skill: 'chant', gender: 'f', page: '3' })).toEqual({
      q: 'awa',
      category: 'acteur',
      country: 'CI',
      city: 'ABJ',
      language: 'wo',
      skill: 'chant',
      gender: 'F',
      page: 3,
    })
    expect(parseDirectoryFilters({ category: 'x y', country: 'CIV', city: '<b>', gender: 'Z', page: '-1' })).toEqual({
      q: undefined,
      category: undefined,
      country: undefined,
      city: undefined,
      language: undefined,
      skill: undefined,
      gender: undefined,
      page: 1,
    })
    expect(parseDirectoryFilters(new URLSearchParams('category=12&page=2')).category).toBe('12')
  })

  it('builds short links that keep the filters, and reset the page and the city when needed', () => {
    const filters = parseDirectoryFilters({ q: 'awa', country: 'CI', city: 'ABJ', page: '2' })
    expect(directoryHref(filters, { page: 3 })).toBe('/talents?q=awa&country=CI&city=ABJ&page=3')
    expect(directoryHref(filters, { q: undefined })).toBe('/talents?country=CI&city=ABJ')
    expect(directoryHref(filters, { country: 'SN' })).toBe('/talents?q=awa&country=SN')
    expect(directoryHref(filters, { country: undefined })).toBe('/talents?q=awa')
    expect(directoryHref(parseDirectoryFilters({}))).toBe('/talents')
    expect(activeFilterCount(filters)).toBe(2)
  })

  it('shows the first, the last and the neighbouring pages', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(1, 3)).toEqual([1, 2, 3])
    expect(pageWindow(6, 12)).toEqual([1, null, 5, 6, 7, null, 12])
    expect(pageWindow(12, 12)).toEqual([1, null, 11, 12])
  })
})

describe('profile values', () => {
  it('counts whole years of age in UTC, birthday included', () => {
    const born = '1995-06-15T12:00:00.000Z'
    expect(ageOn(born, new Date('2026-06-14T23:00:00Z'))).toBe(30)
    expect(ageOn(born, new Date('2026-06-15T00:00:00Z'))).toBe(31)
    expect(ageOn('not a date', new Date())).toBeUndefined()
    expect(ageOn('2030-01-01', new Date('2026-01-01'))).toBeUndefined()
    expect(ageOn(null, new Date())).toBeUndefined()
  })
})

describe('QR code caching', () => {
  it('gives one strong ETag per URL, format and size', () => {
    const url = 'https://taalentio.example.org/talents/CIF0001ABJ'
    const etag = qrEtag(url, 'png', undefined)
    expect(etag).toMatch(/^"qr-[\w-]{27}"$/)
    expect(qrEtag(url, 'png', undefined)).toBe(etag)
    expect(new Set([etag, qrEtag(url, 'svg', undefined), qrEtag(url, 'png', 256), qrEtag(`${url}X`, 'png', undefined)]).size).toBe(4)
  })

  it('reads If-None-Match lists, weak tags and *', () => {
    expect(etagMatches(null, '"a"')).toBe(false)
    expect(etagMatches('"b", W/"a"', '"a"')).toBe(true)
    expect(etagMatches('*', '"a"')).toBe(true)
    expect(etagMatches('"b"', '"a"')).toBe(false)
  })
})
