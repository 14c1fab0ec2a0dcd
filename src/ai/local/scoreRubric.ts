import { format } from '@/i18n'
import type { AnalysisLocale } from '../analysisResult'
import { cvAnalysisMessages } from '../messages'

/** What the rubric reads from a CV. */
export type RubricInput = {
  hasContact: boolean
  words: number
  datedEntries: number
  years: number | null
  skills: number
  languages: number
  languagesWithLevel: number
  hasEducation: boolean
}

type Criterion = { key: keyof (typeof cvAnalysisMessages)['fr']['rubric']; max: number; points: (input: RubricInput) => number; values: (input: RubricInput) => Record<string, string | number> }

/** The transparent rubric: seven criteria, 100 points in all; each reason shows its points. */
export const RUBRIC: Criterion[] = [
  { key: 'contact', max: 10, points: (i) => (i.hasContact ? 10 : 0), values: () => ({}) },
  { key: 'length', max: 15, points: (i) => (i.words >= 250 ? 15 : i.words >= 120 ? 10 : i.words >= 60 ? 5 : 0), values: (i) => ({ words: i.words }) },
  { key: 'experience', max: 20, points: (i) => (i.datedEntries >= 3 ? 20 : i.datedEntries === 2 ? 15 : i.datedEntries === 1 ? 10 : 0), values: (i) => ({ count: i.datedEntries }) },
  { key: 'years', max: 15, points: (i) => ((i.years ?? 0) >= 5 ? 15 : (i.years ?? 0) >= 3 ? 10 : (i.years ?? 0) >= 1 ? 5 : 0), values: (i) => ({ years: i.years ?? '?' }) },
  { key: 'skills', max: 15, points: (i) => Math.min(15, i.skills * 4), values: (i) => ({ count: i.skills }) },
  {
    key: 'languages',
    max: 15,
    points: (i) => Math.min(10, i.languages * 5) + (i.languages > 0 && i.languagesWithLevel === i.languages ? 5 : 0),
    values: (i) => ({ count: i.languages, levels: `${i.languagesWithLevel}/${i.languages}` }),
  },
  { key: 'education', max: 10, points: (i) => (i.hasEducation ? 10 : 0), values: () => ({}) },
]

export type RubricOutcome = { score: number; reasons: string[]; strengths: string[]; suggestions: string[] }

export function scoreCv(input: RubricInput, locale: AnalysisLocale): RubricOutcome {
  const m = cvAnalysisMessages[locale].rubric
  const outcome: RubricOutcome = { score: 0, reasons: [], strengths: [], suggestions: [] }
  for (const criterion of RUBRIC) {
    const points = criterion.points(input)
    outcome.score += points
    outcome.reasons.push(format(m[criterion.key].reason, { ...criterion.values(input), points, max: criterion.max }))
    if (points === criterion.max) outcome.strengths.push(m[criterion.key].strength)
    else outcome.suggestions.push(m[criterion.key].suggestion)
  }
  return outcome
}
