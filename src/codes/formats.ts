import { CodeError } from './errors'

/**
 * The unique codes of SPEC §2, as pure functions: building a code from its parts
 * (strict: parts must already be canonical) and reading a code someone typed
 * (lenient on case and surrounding spaces, as login by code is).
 */

export const GENDERS = ['M', 'F', 'X'] as const
export type Gender = (typeof GENDERS)[number]

/** feature film, series, short, documentary, commercial, music video, other */
export const PROJECT_TYPES = ['FLM', 'SER', 'CRT', 'DOC', 'PUB', 'CLP', 'AUT'] as const
export type ProjectType = (typeof PROJECT_TYPES)[number]

/** The last number each sequence can issue, set by its width in the code. */
export const SEQUENCE_MAX = { talent: 9999, cinema: 99999, project: 999 } as const

export type TalentCodeParts = { country: string; gender: Gender; sequence: number; cityCode: string }
export type CinemaCodeParts = TalentCodeParts
export type ProjectCodeParts = { country: string; companyCode: string; projectType: ProjectType; sequence: number }

/** `PPGNNNNVVV`, e.g. CIF0001ABJ */
export const TALENT_CODE_PATTERN = /^([A-Z]{2})([MFX])(\d{4})([A-Z]{3})$/
/** `PPVVVNNNNNG`, e.g. CIABJ00001F */
export const CINEMA_CODE_PATTERN = /^([A-Z]{2})([A-Z]{3})(\d{5})([MFX])$/
/** `CCIIISSSNNN`, e.g. CIAKAFLM001 */
export const PROJECT_CODE_PATTERN = /^([A-Z]{2})([A-Z]{3})(FLM|SER|CRT|DOC|PUB|CLP|AUT)(\d{3})$/

const TWO_LETTERS = /^[A-Z]{2}$/
const THREE_LETTERS = /^[A-Z]{3}$/

export function assertCountryCode(value: unknown): asserts value is string {
  if (typeof value !== 'string' || !TWO_LETTERS.test(value)) throw new CodeError('INVALID_COUNTRY', { value })
}

export function assertCityCode(value: unknown): asserts value is string {
  if (typeof value !== 'string' || !THREE_LETTERS.test(value)) throw new CodeError('INVALID_CITY_CODE', { value })
}

export function assertCompanyCode(value: unknown): asserts value is string {
  if (typeof value !== 'string' || !THREE_LETTERS.test(value)) throw new CodeError('INVALID_COMPANY_CODE', { value })
}

export function assertGender(value: unknown): asserts value is Gender {
  if (!GENDERS.includes(value as Gender)) throw new CodeError('INVALID_GENDER', { value })
}

export function assertProjectType(value: unknown): asserts value is ProjectType {
  if (!PROJECT_TYPES.includes(value as ProjectType)) throw new CodeError('INVALID_PROJECT_TYPE', { value })
}

export function assertSequence(value: unknown, max: number): asserts value is number {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > max) {
    throw new CodeError('INVALID_SEQUENCE', { value, max })
  }
}

const padded = (sequence: number, max: number) => String(sequence).padStart(String(max).length, '0')

export function formatTalentCode({ country, gender, sequence, cityCode }: TalentCodeParts): string {
  assertCountryCode(country)
  assertGender(gender)
  assertSequence(sequence, SEQUENCE_MAX.talent)
  assertCityCode(cityCode)
  return `${country}${gender}${padded(sequence, SEQUENCE_MAX.talent)}${cityCode}`
}

export function formatCinemaCode({ country, cityCode, sequence, gender }: CinemaCodeParts): string {
  assertCountryCode(country)
  assertCityCode(cityCode)
  assertSequence(sequence, SEQUENCE_MAX.cinema)
  assertGender(gender)
  return `${country}${cityCode}${padded(sequence, SEQUENCE_MAX.cinema)}${gender}`
}

export function formatProjectCode({ country, companyCode, projectType, sequence }: ProjectCodeParts): string {
  assertCountryCode(country)
  assertCompanyCode(companyCode)
  assertProjectType(projectType)
  assertSequence(sequence, SEQUENCE_MAX.project)
  return `${country}${companyCode}${projectType}${padded(sequence, SEQUENCE_MAX.project)}`
}

/** A typed code in canonical form: no surrounding spaces, upper case. */
export function normalizeCode(input: string): string {
  return input.trim().toUpperCase()
}

function match(pattern: RegExp, input: unknown): RegExpExecArray | null {
  return typeof input === 'string' ? pattern.exec(normalizeCode(input)) : null
}

/** The parts of a talent code, or null when the input is not one (sequence 0000 is never issued). */
export function parseTalentCode(input: unknown): TalentCodeParts | null {
  const parts = match(TALENT_CODE_PATTERN, input)
  if (!parts || Number(parts[3]) < 1) return null
  return { country: parts[1], gender: parts[2] as Gender, sequence: Number(parts[3]), cityCode: parts[4] }
}

export function parseCinemaCode(input: unknown): CinemaCodeParts | null {
  const parts = match(CINEMA_CODE_PATTERN, input)
  if (!parts || Number(parts[3]) < 1) return null
  return { country: parts[1], cityCode: parts[2], sequence: Number(parts[3]), gender: parts[4] as Gender }
}

export function parseProjectCode(input: unknown): ProjectCodeParts | null {
  const parts = match(PROJECT_CODE_PATTERN, input)
  if (!parts || Number(parts[4]) < 1) return null
  return { country: parts[1], companyCode: parts[2], projectType: parts[3] as ProjectType, sequence: Number(parts[4]) }
}

export const isTalentCode = (input: unknown): boolean => parseTalentCode(input) !== null
export const isCinemaCode = (input: unknown): boolean => parseCinemaCode(input) !== null
export const isProjectCode = (input: unknown): boolean => parseProjectCode(input) !== null

export type ParsedCode =
  | ({ kind: 'talent'; code: string } & TalentCodeParts)
  | ({ kind: 'cinema'; code: string } & CinemaCodeParts)
  | ({ kind: 'project'; code: string } & ProjectCodeParts)

/** Which kind of code was typed (the three formats never overlap), with its canonical form. */
export function parseCode(input: unknown): ParsedCode | null {
  if (typeof input !== 'string') return null
  const code = normalizeCode(input)
  const talent = parseTalentCode(code)
  if (talent) return { kind: 'talent', code, ...talent }
  const cinema = parseCinemaCode(code)
  if (cinema) return { kind: 'cinema', code, ...cinema }
  const project = parseProjectCode(code)
  if (project) return { kind: 'project', code, ...project }
  return null
}
