import type { LanguageLevel } from '../analysisResult'

/** Level words (normalized), most specific first; CEFR grades map to our four levels. */
const LEVEL_WORDS: [LanguageLevel, string[]][] = [
  ['native', ['langue maternelle', 'maternelle', 'natif', 'native', 'mother tongue', 'first language', 'bilingue', 'bilingual', 'c2']],
  ['fluent', ['courant', 'couramment', 'fluent', 'fluently', 'fluide', 'lu ecrit parle', 'ecrit et parle', 'tres bon niveau', 'excellent', 'proficient', 'advanced', 'avance', 'full professional', 'c1']],
  ['intermediate', ['intermediaire', 'intermediate', 'bon niveau', 'professionnel', 'professional working', 'working knowledge', 'conversational', 'conversationnel', 'moyen', 'b1', 'b2']],
  ['basic', ['notions', 'notion', 'debutant', 'debutante', 'beginner', 'basic', 'basique', 'elementaire', 'elementary', 'scolaire', 'a1', 'a2']],
]

const wordPattern = (phrase: string) => new RegExp(`(?<![\\p{L}\\p{N}])${phrase}(?![\\p{L}\\p{N}])`, 'u')
const PATTERNS = LEVEL_WORDS.map(([level, words]) => [level, words.map(wordPattern)] as const)

/** The level written in a piece of normalized text, if any. */
export function levelIn(normalizedText: string): LanguageLevel | null {
  let best: { level: LanguageLevel; index: number } | null = null
  for (const [level, patterns] of PATTERNS) {
    for (const pattern of patterns) {
      const found = pattern.exec(normalizedText)
      if (found && (!best || found.index < best.index)) best = { level, index: found.index }
    }
  }
  return best?.level ?? null
}
