import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { analyzeLocally } from '@/ai/local/analyzeLocally'
import { estimateExperience, monthsCovered, periodsIn } from '@/ai/local/experienceYears'
import { levelIn } from '@/ai/local/languageLevels'
import { splitSections } from '@/ai/local/sections'
import { RUBRIC } from '@/ai/local/scoreRubric'
import { cvAnalysisResultSchema } from '@/ai/analysisResult'

type Label = {
  file: string
  cvLanguage: 'fr' | 'en'
  years: number | null
  categories: string[]
  skills: string[]
  languages: Record<string, string>
}

const FIXTURES = path.resolve(__dirname, '../fixtures/cvs')
const { referenceDate, cvs } = JSON.parse(readFileSync(path.join(FIXTURES, 'labels.json'), 'utf8')) as { referenceDate: string; cvs: Label[] }
const now = new Date(referenceDate)

type Counts = { truePositives: number; found: number; expected: number }
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)

function tally(counts: Counts, found: string[], expected: string[]) {
  counts.found += found.length
  counts.expected += expected.length
  counts.truePositives += found.filter((item) => expected.includes(item)).length
}

describe('local CV analyser on the labelled set (tests/fixtures/cvs)', () => {
  const results = cvs.map((label) => ({ label, result: analyzeLocally(readFileSync(path.join(FIXTURES, label.file), 'utf8'), { locale: 'fr', now }) }))

  it('has at least 12 labelled CVs, in French and English, with African languages', () => {
    expect(cvs.length).toBeGreaterThanOrEqual(12)
    expect(new Set(cvs.map((cv) => cv.cvLanguage))).toEqual(new Set(['fr', 'en']))
    expect(cvs.some((cv) => ['wo', 'bm', 'ln', 'mos', 'sw'].some((code) => code in cv.languages))).toBe(true)
  })

  it('finds skills, languages, levels and years well enough (precision/recall printed)', () => {
    const skills: Counts = { truePositives: 0, found: 0, expected: 0 }
    const languages: Counts = { truePositives: 0, found: 0, expected: 0 }
    const categories: Counts = { truePositives: 0, found: 0, expected: 0 }
    let levelsRight = 0
    let levelsCompared = 0
    let yearsExact = 0
    let yearsWithinOne = 0
    let cvLanguageRight = 0
    const misses: string[] = []

    for (const { label, result } of results) {
      expect(cvAnalysisResultSchema.safeParse(result).success).toBe(true)
      const foundSkills = result.skills.map((skill) => skill.slug as string)
      const foundLanguages = result.languages.map((language) => language.code as string)
      tally(skills, foundSkills, label.skills)
      tally(languages, foundLanguages, Object.keys(label.languages))
      tally(categories, result.categories.map((category) => category.slug), label.categories)
      for (const language of result.languages) {
        const expected = label.languages[language.code as string]
        if (!expected) continue
        levelsCompared += 1
        if (language.level === expected) levelsRight += 1
      }
      if (result.yearsOfExperience === label.years) yearsExact += 1
      if (label.years === null ? result.yearsOfExperience === null : Math.abs((result.yearsOfExperience ?? -99) - label.years) <= 1) yearsWithinOne += 1
      if (result.cvLanguage === label.cvLanguage) cvLanguageRight += 1
      const missed = label.skills.filter((slug) => !foundSkills.includes(slug))
      const extra = foundSkills.filter((slug) => !label.skills.includes(slug))
      if (missed.length || extra.length) misses.push(`${label.file}: skills missed [${missed}] extra [${extra}]`)
      const missedLanguages = Object.keys(label.languages).filter((code) => !foundLanguages.includes(code))
      const extraLanguages = foundLanguages.filter((code) => !(code in label.languages))
      if (missedLanguages.length || extraLanguages.length) misses.push(`${label.file}: languages missed [${missedLanguages}] extra [${extraLanguages}]`)
      if (result.yearsOfExperience !== label.years) misses.push(`${label.file}: years ${result.yearsOfExperience} (expected ${label.years})`)
    }

    const report = {
      cvs: cvs.length,
      skills: { precision: ratio(skills.truePositives, skills.found), recall: ratio(skills.truePositives, skills.expected) },
      languages: { precision: ratio(languages.truePositives, languages.found), recall: ratio(languages.truePositives, languages.expected) },
      languageLevels: { accuracy: ratio(levelsRight, levelsCompared), compared: levelsCompared },
      categories: { precision: ratio(categories.truePositives, categories.found), recall: ratio(categories.truePositives, categories.expected) },
      years: { exact: ratio(yearsExact, cvs.length), withinOneYear: ratio(yearsWithinOne, cvs.length) },
      cvLanguage: { accuracy: ratio(cvLanguageRight, cvs.length) },
    }
    console.log(`Local CV analyser accuracy:\n${JSON.stringify(report, null, 2)}${misses.length ? `\nDifferences:\n${misses.join('\n')}` : ''}`)

    expect(report.skills.recall).toBeGreaterThanOrEqual(0.8)
    expect(report.skills.precision).toBeGreaterThanOrEqual(0.8)
    expect(report.languages.recall).toBeGreaterThanOrEqual(0.85)
    expect(report.languages.precision).toBeGreaterThanOrEqual(0.85)
    expect(report.languageLevels.accuracy).toBeGreaterThanOrEqual(0.8)
    expect(report.years.withinOneYear).toBeGreaterThanOrEqual(0.75)
    expect(report.cvLanguage.accuracy).toBe(1)
  })

  it('writes its summary in the platform language and labels itself local', () => {
    const text = readFileSync(path.join(FIXTURES, '02-director-lagos.txt'), 'utf8')
    const french = analyzeLocally(text, { locale: 'fr', now })
    const english = analyzeLocally(text, { locale: 'en', now })
    expect(french.source).toBe('local')
    expect(french.model).toBeNull()
    expect(french.summary).toMatch(/ans d’expérience/)
    expect(english.summary).toMatch(/years of experience/)
    const sentences = english.summary.split(/(?<=\.)\s+/)
    expect(sentences.length).toBeGreaterThanOrEqual(2)
    expect(sentences.length).toBeLessThanOrEqual(4)
  })
})

describe('local analyser building blocks', () => {
  it('reads date ranges in French and English, "present" included, and counts overlaps once', () => {
    expect(periodsIn('Mars 2019 - présent : comédienne', now)).toEqual([{ start: 2019 * 12 + 2, end: 2026 * 12 + 10 }])
    expect(periodsIn('09/2015 - 06/2018 Cadreuse', now)).toEqual([{ start: 2015 * 12 + 8, end: 2018 * 12 + 5 }])
    expect(periodsIn('Jan 2012 – Dec 2015 Assistant director', now)).toEqual([{ start: 2012 * 12, end: 2015 * 12 + 11 }])
    expect(periodsIn('2011 à 2014 : troupe', now)).toHaveLength(1)
    expect(periodsIn('Depuis 2024 : coordinateur', now)[0].end).toBe(2026 * 12 + 10)
    expect(periodsIn('Téléphone 07 08 09 10 11', now)).toEqual([])
    expect(monthsCovered([{ start: 0, end: 24 }, { start: 12, end: 36 }, { start: 48, end: 60 }])).toBe(48)
  })

  it('prefers the years the talent states, and ignores education dates', () => {
    const stated = splitSections('Profil\nPlus de 12 ans d’expérience sur les plateaux\nExpérience\n2020 - 2022 : régisseur')
    expect(estimateExperience(stated, now)).toMatchObject({ years: 12, basis: 'stated' })
    const education = splitSections('Formation\n2000 - 2010 : université\nExpérience\n2020 - 2022 : régisseur')
    expect(estimateExperience(education, now)).toMatchObject({ years: 2, datedEntries: 1, basis: 'dates' })
  })

  it('maps level words and CEFR grades to our four levels', () => {
    expect(levelIn('anglais niveau b2')).toBe('intermediate')
    expect(levelIn('wolof langue maternelle')).toBe('native')
    expect(levelIn('english fluent')).toBe('fluent')
    expect(levelIn('espagnol notions')).toBe('basic')
    expect(levelIn('espagnol')).toBeNull()
  })

  it('scores out of 100 exactly, each reason showing its points', () => {
    expect(RUBRIC.reduce((sum, criterion) => sum + criterion.max, 0)).toBe(100)
    const empty = analyzeLocally('Curriculum vitae de quelqu’un qui n’a encore rien écrit dans son document.', { locale: 'fr', now })
    expect(empty.score).toBe(0)
    expect(empty.strengths).toEqual([])
    expect(empty.suggestions).toHaveLength(RUBRIC.length)
    expect(empty.scoreReasons.every((reason) => /\d+\/\d+$/.test(reason))).toBe(true)
  })

  it('does not take a city or a common word for a language outside a languages section', () => {
    const result = analyzeLocally('Monteuse à Douala\nExpérience\n2019 - 2021 : montage à Ga-Rankuwa', { locale: 'fr', now })
    expect(result.languages).toEqual([])
  })
})
