import { stripAccents } from '@/reference-data/text'
import type { CvLine, SectionKind } from './sections'

/** A period worked, in months since year 0 (end excluded). */
export type Period = { start: number; end: number }

const MONTHS: Record<string, number> = {
  jan: 0, janv: 0, janvier: 0, january: 0,
  fev: 1, fevr: 1, fevrier: 1, feb: 1, february: 1,
  mar: 2, mars: 2, march: 2,
  avr: 3, avril: 3, apr: 3, april: 3,
  mai: 4, may: 4,
  juin: 5, jun: 5, june: 5,
  juil: 6, juillet: 6, jul: 6, july: 6,
  aou: 7, aout: 7, aug: 7, august: 7,
  sep: 8, sept: 8, septembre: 8, september: 8,
  oct: 9, octobre: 9, october: 9,
  nov: 10, novembre: 10, november: 10,
  dec: 11, decembre: 11, december: 11,
}

const MONTH = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`
const DATE = `(?:(${MONTH})\\s+|(\\d{1,2})\\s*[/.-]\\s*)?((?:19|20)\\d{2})`
const NOW = `(present|presente|aujourd'?hui|ce jour|a ce jour|maintenant|now|current|currently|today|en cours|actuellement|actuel|date|ongoing)`
const SEPARATOR = `\\s*(?:-|–|—|to|a|au|until|till|jusqu'?(?:a|au|en))\\s*`
const RANGE = new RegExp(`${DATE}${SEPARATOR}(?:${DATE}|${NOW})`, 'g')
const SINCE = new RegExp(`(?:depuis|since|des)\\s+(?:(${MONTH})\\s+|(\\d{1,2})\\s*[/.-]\\s*)?((?:19|20)\\d{2})`, 'g')
const STATED = /(\d{1,2})\s*\+?\s*(?:ans|annees|years?|yrs)\s+(?:d'?\s*experience|of\s+(?:professional\s+)?experience|experience)/

/** Year-only dates count from mid-year, so "2015 – 2020" is five years. */
function monthIndex(monthName: string | undefined, monthNumber: string | undefined, year: string): number {
  const month = monthName ? MONTHS[monthName.replace('.', '')] : monthNumber ? Number(monthNumber) - 1 : 6
  return Number(year) * 12 + (month >= 0 && month <= 11 ? month : 6)
}

/** The lowercase, accentless form the date patterns read, with dashes kept. */
const dateText = (text: string) => stripAccents(text).toLowerCase().replace(/[’‘]/g, "'")

/** Periods written as ranges or "since …" in one line. */
export function periodsIn(line: string, now: Date): Period[] {
  const text = dateText(line)
  const current = now.getUTCFullYear() * 12 + now.getUTCMonth()
  const periods: Period[] = []
  for (const found of text.matchAll(RANGE)) {
    const start = monthIndex(found[1], found[2], found[3])
    const end = found[7] ? current : monthIndex(found[4], found[5], found[6])
    // A stay within one month or year still counts for something; inverted ranges are typos.
    if (end >= start && end - start <= 12 * 60) periods.push({ start, end: Math.max(end, start + 1) })
  }
  if (periods.length === 0) {
    for (const found of text.matchAll(SINCE)) {
      const start = monthIndex(found[1], found[2], found[3])
      if (start <= current) periods.push({ start, end: Math.max(current, start + 1) })
    }
  }
  return periods
}

/** Months covered by at least one period (overlapping jobs count once). */
export function monthsCovered(periods: Period[]): number {
  const sorted = [...periods].sort((a, b) => a.start - b.start)
  let total = 0
  let cursorEnd = -Infinity
  for (const { start, end } of sorted) {
    if (end <= cursorEnd) continue
    total += end - Math.max(start, cursorEnd)
    cursorEnd = end
  }
  return total
}

const WORK_SECTIONS: SectionKind[] = ['experience']

export type ExperienceEstimate = {
  years: number | null
  /** How many dated entries were read (work periods). */
  datedEntries: number
  /** Where the figure comes from: the talent's own statement, or the dates. */
  basis: 'stated' | 'dates' | null
}

/**
 * Years of experience: what the CV states ("10 ans d'expérience") when it does, otherwise
 * the months covered by the dated entries of its experience sections (of the whole CV
 * except education when it has no experience heading), rounded to whole years.
 */
export function estimateExperience(lines: CvLine[], now: Date): ExperienceEstimate {
  const hasExperienceSection = lines.some((line) => line.section === 'experience')
  const counted = lines.filter((line) =>
    hasExperienceSection ? WORK_SECTIONS.includes(line.section) : line.section !== 'education' && line.section !== 'languages',
  )
  const periods = counted.flatMap((line) => periodsIn(line.text, now))

  for (const line of lines) {
    const stated = dateText(line.text).match(STATED)
    if (stated) return { years: Math.min(Number(stated[1]), 80), datedEntries: periods.length, basis: 'stated' }
  }
  if (periods.length === 0) return { years: null, datedEntries: 0, basis: null }
  return { years: Math.round(monthsCovered(periods) / 12), datedEntries: periods.length, basis: 'dates' }
}
