import type { AnalysisLocale, CvAnalysisResult } from '../analysisResult'
import { referenceTerms, termName, termNamed, type ReferenceTerm } from '../referenceLists'
import type { LlmAnswer } from './llmAnswer'

const byId = (terms: ReferenceTerm[], id: string | null | undefined) => (id ? terms.find((term) => term.id === id.trim().toLowerCase()) : undefined)

/** Keeps the first of each key (the model sometimes repeats an item). */
function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)))
}

/** The model's answer in our stored shape: slugs and codes checked against our lists, names from them when they match. */
export function fromLlmAnswer(answer: LlmAnswer, { model, cvLanguage, locale }: { model: string; cvLanguage: AnalysisLocale; locale: AnalysisLocale }): CvAnalysisResult {
  const { skills, languages, categories } = referenceTerms()
  return {
    source: 'llm',
    model,
    cvLanguage,
    summaryLanguage: locale,
    summary: answer.summary,
    skills: unique(
      answer.skills.map((skill) => {
        const term = byId(skills, skill.slug) ?? termNamed(skill.name, skills)
        return term ? { slug: term.id, name: termName(term, locale) } : { slug: null, name: skill.name }
      }),
      (skill) => skill.slug ?? skill.name.toLowerCase(),
    ),
    languages: unique(
      answer.languages.map((language) => {
        const term = byId(languages, language.code) ?? termNamed(language.name, languages)
        return { code: term?.id ?? null, name: term ? termName(term, locale) : language.name, level: language.level ?? null }
      }),
      (language) => language.code ?? language.name.toLowerCase(),
    ),
    categories: unique(
      answer.categories.flatMap((slug) => {
        const term = byId(categories, slug) ?? termNamed(slug, categories)
        return term ? [{ slug: term.id, name: termName(term, locale) }] : []
      }),
      (category) => category.slug,
    ),
    yearsOfExperience: answer.yearsOfExperience === null ? null : Math.round(answer.yearsOfExperience),
    score: Math.round(answer.score),
    scoreReasons: answer.scoreReasons,
    strengths: answer.strengths,
    suggestions: answer.suggestions,
  }
}
