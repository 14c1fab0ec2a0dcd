import { z } from 'zod'

import { LANGUAGE_LEVEL_OPTIONS } from '@/talents/profileOptions'

export const LANGUAGE_LEVELS = LANGUAGE_LEVEL_OPTIONS.map(({ value }) => value) as ['basic', 'intermediate', 'fluent', 'native']
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number]

export const ANALYSIS_LOCALES = ['fr', 'en'] as const
export type AnalysisLocale = (typeof ANALYSIS_LOCALES)[number]

/**
 * What is stored on a CV after an analysis, whichever engine made it. Skills, languages and
 * categories carry our reference slug/code when they match our lists (null otherwise), so the
 * talent can apply them to the profile and pages can name them in either language.
 */
export const cvAnalysisResultSchema = z.object({
  source: z.enum(['llm', 'local']),
  /** The LLM model id, or null for the local analyser. */
  model: z.string().nullable(),
  cvLanguage: z.enum(ANALYSIS_LOCALES),
  summaryLanguage: z.enum(ANALYSIS_LOCALES),
  summary: z.string(),
  skills: z.array(z.object({ slug: z.string().nullable(), name: z.string() })),
  languages: z.array(z.object({ code: z.string().nullable(), name: z.string(), level: z.enum(LANGUAGE_LEVELS).nullable() })),
  categories: z.array(z.object({ slug: z.string(), name: z.string() })),
  yearsOfExperience: z.number().int().min(0).max(80).nullable(),
  score: z.number().int().min(0).max(100),
  scoreReasons: z.array(z.string()),
  strengths: z.array(z.string()),
  suggestions: z.array(z.string()),
})

export type CvAnalysisResult = z.infer<typeof cvAnalysisResultSchema>

export const ANALYSIS_STATUSES = ['pending', 'done', 'failed'] as const
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number]
