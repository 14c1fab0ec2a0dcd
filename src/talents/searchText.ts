/**
 * Free-text search helpers for the talent directory: what a visitor types is split into
 * terms, and reference names (categories, skills, languages, places) are compared without
 * case or accents, in both forms of French inclusive writing ("Acteur·rice" is found by
 * "acteur" and by "actrice").
 */

/** At most this many words of a query are used; the rest is ignored. */
export const MAX_SEARCH_TERMS = 6
/** Longest query kept, in characters. */
export const MAX_QUERY_LENGTH = 100

/** Lower case, no accents, typographic apostrophes made plain, punctuation as spaces. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()
}

/** Accented letters and the plain ones they stand for, for PostgreSQL's translate() (no extension needed). */
export const ACCENTED_LETTERS = 'ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝàâäáãåçéèêëíìîïñóòôöõúùûüýÿ’‘'
export const PLAIN_LETTERS = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyy''"

/** Without accents and with plain apostrophes, case and punctuation kept: "Traoré" → "Traore". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'")
}

export type SearchTerm = {
  /** As typed, trimmed of punctuation, without accents: compared in the database with accent-folded text. */
  folded: string
  /** Normalized: compared with reference names in memory. */
  normalized: string
}

/** The words of a query, each at least two characters long, at most MAX_SEARCH_TERMS, no duplicates. */
export function searchTerms(query: string | undefined | null): SearchTerm[] {
  if (!query) return []
  const terms: SearchTerm[] = []
  for (const word of query.slice(0, MAX_QUERY_LENGTH).split(/\s+/)) {
    const raw = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    const normalized = normalizeSearchText(raw)
    if (normalized.length < 2 || terms.some((term) => term.normalized === normalized)) continue
    terms.push({ folded: foldAccents(raw), normalized })
    if (terms.length === MAX_SEARCH_TERMS) break
  }
  return terms
}

/** One inclusive word ("Acteur·rice") as its masculine and feminine forms. */
function inclusiveWordForms(word: string): [string, string] {
  const [stem, suffix] = word.split('·')
  if (suffix === undefined) return [word, word]
  if (suffix === 'rice' && stem.endsWith('eur')) return [stem, `${stem.slice(0, -3)}rice`]
  if (suffix === 'se' && stem.endsWith('eur')) return [stem, `${stem.slice(0, -3)}euse`]
  if (suffix === 'ère' && stem.endsWith('ier')) return [stem, `${stem.slice(0, -3)}ière`]
  return [stem, `${stem}${suffix}`]
}

/**
 * The readings of a French name written inclusively: "Chef·fe opérateur·rice" →
 * ["Chef opérateur", "Cheffe opératrice"]; a name without "·" is returned as is.
 */
export function inclusiveForms(name: string): string[] {
  if (!name.includes('·')) return [name]
  const words = name.split(' ').map(inclusiveWordForms)
  return [words.map(([masculine]) => masculine).join(' '), words.map(([, feminine]) => feminine).join(' ')]
}

/** A reference row prepared for matching: its id and every normalized name it goes by. */
export type SearchableReference = { id: number; keys: string[] }

export function searchableReference(id: number, names: (string | null | undefined)[]): SearchableReference {
  const keys = new Set<string>()
  for (const name of names) {
    if (!name) continue
    for (const form of inclusiveForms(name)) keys.add(normalizeSearchText(form))
  }
  return { id, keys: [...keys] }
}

/** Ids of the references one of whose names contains the term. */
export function referencesMatching(references: SearchableReference[], term: SearchTerm): number[] {
  return references.filter((reference) => reference.keys.some((key) => key.includes(term.normalized))).map(({ id }) => id)
}
