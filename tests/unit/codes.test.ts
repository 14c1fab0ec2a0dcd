import { describe, expect, it } from 'vitest'

import { CodeError } from '@/codes/errors'
import {
  formatCinemaCode,
  formatProjectCode,
  formatTalentCode,
  isCinemaCode,
  isProjectCode,
  isTalentCode,
  parseCinemaCode,
  parseCode,
  parseProjectCode,
  parseTalentCode,
  PROJECT_TYPES,
  type Gender,
  type ProjectType,
} from '@/codes/formats'
import { cinemaSequenceScope, projectSequenceScope, talentSequenceScope } from '@/codes/sequences'

function codeErrorOf(action: () => unknown): CodeError {
  try {
    action()
  } catch (error) {
    expect(error).toBeInstanceOf(CodeError)
    return error as CodeError
  }
  throw new Error('expected a CodeError')
}

describe('talent codes PPGNNNNVVV', () => {
  it('builds the SPEC example and pads the sequence to four digits', () => {
    expect(formatTalentCode({ country: 'CI', gender: 'F', sequence: 1, cityCode: 'ABJ' })).toBe('CIF0001ABJ')
    expect(formatTalentCode({ country: 'SN', gender: 'M', sequence: 42, cityCode: 'DKR' })).toBe('SNM0042DKR')
    expect(formatTalentCode({ country: 'CM', gender: 'X', sequence: 9999, cityCode: 'DLA' })).toBe('CMX9999DLA')
  })

  it('refuses every malformed part with a clear, localized error', () => {
    const valid = { country: 'CI', gender: 'F' as Gender, sequence: 1, cityCode: 'ABJ' }
    const cases: [Partial<typeof valid> | Record<string, unknown>, string][] = [
      [{ country: 'ci' }, 'INVALID_COUNTRY'],
      [{ country: 'CIV' }, 'INVALID_COUNTRY'],
      [{ country: 'C1' }, 'INVALID_COUNTRY'],
      [{ gender: 'f' }, 'INVALID_GENDER'],
      [{ gender: 'W' }, 'INVALID_GENDER'],
      [{ cityCode: 'AB' }, 'INVALID_CITY_CODE'],
      [{ cityCode: 'abj' }, 'INVALID_CITY_CODE'],
      [{ cityCode: 'AB1' }, 'INVALID_CITY_CODE'],
      [{ sequence: 0 }, 'INVALID_SEQUENCE'],
      [{ sequence: 10000 }, 'INVALID_SEQUENCE'],
      [{ sequence: 1.5 }, 'INVALID_SEQUENCE'],
      [{ sequence: '1' }, 'INVALID_SEQUENCE'],
    ]
    for (const [change, code] of cases) {
      const error = codeErrorOf(() => formatTalentCode({ ...valid, ...change } as typeof valid))
      expect(error.code).toBe(code)
    }
    const error = codeErrorOf(() => formatTalentCode({ ...valid, country: 'ci' }))
    expect(error.message).toBe('Code pays invalide : « ci ». Attendu : deux lettres majuscules ISO 3166-1 (ex. CI).')
    expect(error.messageIn('en')).toBe('Invalid country code: "ci". Expected two uppercase ISO 3166-1 letters (e.g. CI).')
    expect(codeErrorOf(() => formatTalentCode({ ...valid, sequence: 10000 })).message).toMatch(/de 1 à 9999/)
  })

  it('parses typed codes in any case and refuses anything else', () => {
    expect(parseTalentCode('CIF0001ABJ')).toEqual({ country: 'CI', gender: 'F', sequence: 1, cityCode: 'ABJ' })
    expect(parseTalentCode(' cim0123abj ')).toEqual({ country: 'CI', gender: 'M', sequence: 123, cityCode: 'ABJ' })
    for (const wrong of ['CIF001ABJ', 'CIF00001ABJ', 'CIW0001ABJ', 'CIF0000ABJ', 'CIF0001AB', 'C1F0001ABJ', 'CIF0001ABJ1', '', null, 42]) {
      expect(parseTalentCode(wrong)).toBeNull()
      expect(isTalentCode(wrong)).toBe(false)
    }
    expect(isTalentCode('SNX9999DKR')).toBe(true)
  })

  it('round-trips every gender', () => {
    for (const gender of ['M', 'F', 'X'] as const) {
      const parts = { country: 'NG', gender, sequence: 77, cityCode: 'LOS' }
      expect(parseTalentCode(formatTalentCode(parts))).toEqual(parts)
    }
  })
})

describe('cinema codes PPVVVNNNNNG', () => {
  it('builds and parses them, with a five-digit sequence', () => {
    const parts = { country: 'CI', cityCode: 'ABJ', sequence: 1, gender: 'F' as Gender }
    expect(formatCinemaCode(parts)).toBe('CIABJ00001F')
    expect(formatCinemaCode({ ...parts, sequence: 99999, gender: 'M' })).toBe('CIABJ99999M')
    expect(parseCinemaCode('ciabj00001f')).toEqual(parts)
    expect(isCinemaCode('CIABJ00000F')).toBe(false)
    expect(isCinemaCode('CIABJ0001F')).toBe(false)
    expect(codeErrorOf(() => formatCinemaCode({ ...parts, sequence: 100000 })).code).toBe('INVALID_SEQUENCE')
    expect(codeErrorOf(() => formatCinemaCode({ ...parts, cityCode: 'AB' })).code).toBe('INVALID_CITY_CODE')
  })
})

describe('project codes CCIIISSSNNN', () => {
  it('builds and parses every project type, with a three-digit sequence', () => {
    expect(PROJECT_TYPES).toEqual(['FLM', 'SER', 'CRT', 'DOC', 'PUB', 'CLP', 'AUT'])
    for (const projectType of PROJECT_TYPES) {
      const parts = { country: 'CI', companyCode: 'AKA', projectType, sequence: 7 }
      const code = formatProjectCode(parts)
      expect(code).toBe(`CIAKA${projectType}007`)
      expect(parseProjectCode(code)).toEqual(parts)
    }
  })

  it('refuses unknown types, bad company codes and sequences past 999', () => {
    const parts = { country: 'CI', companyCode: 'AKA', projectType: 'FLM' as ProjectType, sequence: 1 }
    expect(codeErrorOf(() => formatProjectCode({ ...parts, projectType: 'TVS' as ProjectType })).code).toBe('INVALID_PROJECT_TYPE')
    expect(codeErrorOf(() => formatProjectCode({ ...parts, projectType: 'flm' as ProjectType })).code).toBe('INVALID_PROJECT_TYPE')
    expect(codeErrorOf(() => formatProjectCode({ ...parts, companyCode: 'AK' })).code).toBe('INVALID_COMPANY_CODE')
    expect(codeErrorOf(() => formatProjectCode({ ...parts, sequence: 1000 })).code).toBe('INVALID_SEQUENCE')
    expect(isProjectCode('CIAKATVS001')).toBe(false)
    expect(isProjectCode('CIAKAFLM000')).toBe(false)
  })
})

describe('parseCode', () => {
  it('tells the three formats apart', () => {
    expect(parseCode(' cif0001abj')).toMatchObject({ kind: 'talent', code: 'CIF0001ABJ' })
    expect(parseCode('CIABJ00001F')).toMatchObject({ kind: 'cinema', code: 'CIABJ00001F', sequence: 1 })
    expect(parseCode('CIAKADOC012')).toMatchObject({ kind: 'project', projectType: 'DOC', sequence: 12 })
    expect(parseCode('awa@example.com')).toBeNull()
  })
})

describe('sequence scopes', () => {
  it('are per country and city for profiles, per production company for projects', () => {
    expect(talentSequenceScope('CI', 'ABJ')).toBe('talent:CI:ABJ')
    expect(cinemaSequenceScope('CI', 'ABJ')).toBe('cinema:CI:ABJ')
    expect(projectSequenceScope(12)).toBe('project:12')
    expect(codeErrorOf(() => talentSequenceScope('ci', 'ABJ')).code).toBe('INVALID_COUNTRY')
    expect(codeErrorOf(() => projectSequenceScope('')).code).toBe('INVALID_SCOPE')
  })
})
