import { asciiLetters } from './text'

const VOWELS = new Set(['A', 'E', 'I', 'O', 'U', 'Y'])
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')

export const CITY_CODE_PATTERN = /^[A-Z]{3}$/

/**
 * Three-letter codes to try for a city, best first: its first letter and two of the
 * following consonants ("Ouagadougou" → OGD), then pairs that use vowels, then the
 * first letter with any two letters, then any code at all. Always the same order
 * for the same name, so reloads give the same codes.
 */
export function* cityCodeCandidates(name: string): Generator<string> {
  const letters = asciiLetters(name)
  if (letters.length > 0) {
    const [first, ...rest] = letters
    const ordered = [...rest.filter((letter) => !VOWELS.has(letter)), ...rest.filter((letter) => VOWELS.has(letter))]
    for (let i = 0; i < ordered.length; i++) {
      for (let j = i + 1; j < ordered.length; j++) yield first + ordered[i] + ordered[j]
    }
    for (const second of ALPHABET) for (const third of ALPHABET) yield first + second + third
  }
  for (const first of ALPHABET) for (const second of ALPHABET) for (const third of ALPHABET) yield first + second + third
}

export type CodeRequest = {
  name: string
  /** The IATA code of the city's airport, if it has one. */
  preferredCode?: string
}

/**
 * Gives every city of one country a code unique within that country. Requests must
 * come in a stable order (largest city first): airport codes are handed out first so
 * that a derived code never steals one, then the rest are derived from the names.
 */
export function assignCityCodes(requests: readonly CodeRequest[]): string[] {
  const taken = new Set<string>()
  const codes: (string | undefined)[] = requests.map(() => undefined)

  requests.forEach((request, index) => {
    const code = request.preferredCode
    if (code && CITY_CODE_PATTERN.test(code) && !taken.has(code)) {
      taken.add(code)
      codes[index] = code
    }
  })

  requests.forEach((request, index) => {
    if (codes[index]) return
    for (const candidate of cityCodeCandidates(request.name)) {
      if (taken.has(candidate)) continue
      taken.add(candidate)
      codes[index] = candidate
      return
    }
    throw new Error(`No free city code left for ${request.name}`)
  })

  return codes as string[]
}
