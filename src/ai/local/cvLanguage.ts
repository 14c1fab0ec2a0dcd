import { normalizeSearchText } from '@/talents/searchText'
import type { AnalysisLocale } from '../analysisResult'

const FRENCH = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'en', 'au', 'aux', 'pour', 'avec', 'dans', 'sur', 'une', 'un', 'de', 'depuis', 'ans', 'langues', 'formation', 'competences', 'experience', 'realisation', 'courant'])
const ENGLISH = new Set(['the', 'and', 'of', 'in', 'for', 'with', 'on', 'at', 'to', 'a', 'an', 'from', 'since', 'years', 'languages', 'education', 'skills', 'experience', 'fluent', 'present'])

/** French or English, by counting each language's common words; French wins a tie (the platform's language). */
export function detectCvLanguage(text: string): AnalysisLocale {
  let french = 0
  let english = 0
  for (const word of normalizeSearchText(text).split(' ')) {
    if (FRENCH.has(word)) french += 1
    if (ENGLISH.has(word)) english += 1
  }
  return english > french ? 'en' : 'fr'
}
