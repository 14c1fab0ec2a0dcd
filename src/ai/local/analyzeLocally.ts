import { format, plural } from '@/i18n'
import { capitalizeFirst } from '@/reference-data/text'
import { normalizeSearchText } from '@/talents/searchText'
import type { AnalysisLocale, CvAnalysisResult, LanguageLevel } from '../analysisResult'
import { cvAnalysisMessages } from '../messages'
import { AMBIGUOUS_LANGUAGE_CODES, findTerms, referenceTerms, termName } from '../referenceLists'
import { detectCvLanguage } from './cvLanguage'
import { estimateExperience } from './experienceYears'
import { levelIn } from './languageLevels'
import { scoreCv } from './scoreRubric'
import { splitSections, type CvLine } from './sections'

export type LocalAnalysisOptions = {
  /** The language of the summary and advice: the platform's (the talent's preferred language). */
  locale: AnalysisLocale
  /** "Today", for ranges ending in "present". */
  now?: Date
}

/** Words that make a line about languages even outside a languages section. */
const LANGUAGE_CONTEXT = /(?<![\p{L}])(langues?|languages?|parle|parlees?|speaks?|spoken|lu|ecrit|written)(?![\p{L}])/u
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|(?:\+|00)\d[\d\s.-]{7,}\d|(?<!\d)0\d(?:[\s.-]?\d{2}){4}(?!\d)/

function detectSkills(lines: CvLine[]) {
  const { skills } = referenceTerms()
  // Inside the languages section "Langue des signes" is a skill too, so every line is read.
  const found = new Map<string, (typeof skills)[number]>()
  for (const line of lines) for (const { term } of findTerms(line.normalized, skills)) found.set(term.id, term)
  return [...found.values()]
}

function detectLanguages(lines: CvLine[]) {
  const { languages } = referenceTerms()
  const found = new Map<string, { term: (typeof languages)[number]; level: LanguageLevel | null }>()
  for (const line of lines) {
    const inSection = line.section === 'languages'
    const namesLanguages = inSection || LANGUAGE_CONTEXT.test(line.normalized)
    if (!namesLanguages && !levelIn(line.normalized)) continue
    // "Fon", "Ga", "Douala"… are languages only where the line is plainly about languages.
    const matches = findTerms(line.normalized, languages).filter(({ term }) => namesLanguages || !AMBIGUOUS_LANGUAGE_CODES.has(term.id))
    matches.forEach((match, index) => {
      // A level belongs to the language it follows: "Français (courant), Wolof (maternelle)".
      const next = matches[index + 1]?.start ?? line.normalized.length
      const level = levelIn(line.normalized.slice(match.end, next)) ?? (matches.length === 1 ? levelIn(line.normalized) : null)
      const previous = found.get(match.term.id)
      if (!previous || (!previous.level && level)) found.set(match.term.id, { term: match.term, level })
    })
  }
  return [...found.values()]
}

function detectCategories(lines: CvLine[]) {
  const { categories } = referenceTerms()
  const counts = new Map<string, { term: (typeof categories)[number]; count: number; inHeader: boolean; first: number }>()
  lines.forEach((line, index) => {
    for (const { term } of findTerms(line.normalized, categories)) {
      const entry = counts.get(term.id) ?? { term, count: 0, inHeader: false, first: index }
      entry.count += 1
      entry.inHeader ||= line.section === 'header' || line.section === 'other'
      counts.set(term.id, entry)
    }
  })
  // A trade named in the title or profile, or twice, is the talent's; a passing mention is not.
  return [...counts.values()]
    .filter((entry) => entry.inHeader || entry.count >= 2)
    .sort((a, b) => Number(b.inHeader) - Number(a.inHeader) || b.count - a.count || a.first - b.first)
    .slice(0, 4)
    .map(({ term }) => term)
}

const listFormat = (locale: AnalysisLocale, items: string[]) => new Intl.ListFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { type: 'conjunction' }).format(items)

/**
 * The local analyser: deterministic, from the CV text alone, with our reference lists.
 * Same result shape as the LLM's, marked `source: 'local'`.
 */
export function analyzeLocally(text: string, { locale, now = new Date() }: LocalAnalysisOptions): CvAnalysisResult {
  const lines = splitSections(text)
  const skills = detectSkills(lines)
  const languages = detectLanguages(lines)
  const categories = detectCategories(lines)
  const experience = estimateExperience(lines, now)
  const words = normalizeSearchText(text).split(' ').filter(Boolean).length
  const rubric = scoreCv(
    {
      hasContact: CONTACT.test(text),
      words,
      datedEntries: experience.datedEntries,
      years: experience.years,
      skills: skills.length,
      languages: languages.length,
      languagesWithLevel: languages.filter(({ level }) => level).length,
      hasEducation: lines.some((line) => line.section === 'education'),
    },
    locale,
  )

  const m = cvAnalysisMessages[locale]
  const profile = categories.length
    ? capitalizeFirst(format(m.summary.profileOf, { categories: listFormat(locale, categories.map((term) => termName(term, locale).toLowerCase())) }))
    : m.summary.genericProfile
  const sentences = [
    experience.years !== null
      ? format(m.summary.withYears, { profile, years: format(plural(locale, experience.years, m.summary.year), { count: experience.years }) })
      : format(m.summary.withoutYears, { profile }),
  ]
  if (skills.length) sentences.push(format(m.summary.skills, { skills: skills.slice(0, 6).map((term) => termName(term, locale)).join(', ') }))
  if (languages.length) {
    const named = languages.map(({ term, level }) => `${termName(term, locale)}${level ? ` (${m.levels[level]})` : ''}`)
    sentences.push(format(m.summary.languages, { languages: named.join(', ') }))
  }
  sentences.push(format(m.summary.score, { score: rubric.score }))

  return {
    source: 'local',
    model: null,
    cvLanguage: detectCvLanguage(text),
    summaryLanguage: locale,
    summary: sentences.join(' '),
    skills: skills.map((term) => ({ slug: term.id, name: termName(term, locale) })),
    languages: languages.map(({ term, level }) => ({ code: term.id, name: termName(term, locale), level })),
    categories: categories.map((term) => ({ slug: term.id, name: termName(term, locale) })),
    yearsOfExperience: experience.years,
    score: rubric.score,
    scoreReasons: rubric.reasons,
    strengths: rubric.strengths,
    suggestions: rubric.suggestions,
  }
}
