import { z } from 'zod'

import { LANGUAGE_LEVELS } from '../analysisResult'

/**
 * The JSON the model must answer. Free names are allowed next to our slugs: what matches our
 * lists is mapped afterwards (src/ai/llm/fromLlmAnswer.ts), the rest is kept as written.
 */
export const llmAnswerSchema = z.object({
  skills: z.array(z.object({ name: z.string().trim().min(1).max(80), slug: z.string().nullish() })).max(40),
  languages: z
    .array(z.object({ name: z.string().trim().min(1).max(60), code: z.string().nullish(), level: z.enum(LANGUAGE_LEVELS).nullish() }))
    .max(20),
  summary: z.string().trim().min(20).max(1500),
  yearsOfExperience: z.number().min(0).max(80).nullable(),
  score: z.number().min(0).max(100),
  scoreReasons: z.array(z.string().trim().min(1).max(300)).min(1).max(10),
  strengths: z.array(z.string().trim().min(1).max(300)).max(8),
  suggestions: z.array(z.string().trim().min(1).max(300)).max(8),
  categories: z.array(z.string()).max(6),
})

export type LlmAnswer = z.infer<typeof llmAnswerSchema>

/** The example shape shown to the model (kept next to the schema so they do not drift apart). */
export const ANSWER_SHAPE = `{
  "skills": [{ "name": string, "slug": string | null }],
  "languages": [{ "name": string, "code": string | null, "level": ${LANGUAGE_LEVELS.map((level) => `"${level}"`).join(' | ')} | null }],
  "summary": string,
  "yearsOfExperience": number | null,
  "score": number,
  "scoreReasons": [string],
  "strengths": [string],
  "suggestions": [string],
  "categories": [string]
}`

/** Parses the model's text as the answer: JSON (optionally in a ``` fence) that the schema accepts. */
export function parseLlmAnswer(content: string): { ok: true; answer: LlmAnswer } | { ok: false; problem: string } {
  const text = content.trim().replace(/^```(?:json)?\s*/i, '').replace(/\s*```$/, '')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, problem: `not JSON (${error instanceof Error ? error.message : String(error)})` }
  }
  const parsed = llmAnswerSchema.safeParse(json)
  if (!parsed.success) {
    return { ok: false, problem: parsed.error.issues.slice(0, 8).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ') }
  }
  return { ok: true, answer: parsed.data }
}
