/** Letters that Unicode does not decompose into a base letter plus an accent. */
const LATIN_LIGATURES: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
}

export function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæÆœŒøØłŁđĐðÐþÞı]/g, (letter) => LATIN_LIGATURES[letter] ?? letter)
}

/** A comparison key that ignores accents, case, spaces and punctuation ("Yaoundé" = "yaounde"). */
export function matchKey(name: string): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

/** The A–Z letters of a name, upper-cased, accents removed. */
export function asciiLetters(name: string): string[] {
  return stripAccents(name).toUpperCase().replace(/[^A-Z]/g, '').split('')
}

export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1)
}

const frenchCollator = new Intl.Collator('fr', { sensitivity: 'base' })

export function compareFrench(a: string, b: string): number {
  return frenchCollator.compare(a, b)
}
