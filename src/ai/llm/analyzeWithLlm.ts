import type { AnalysisLocale, CvAnalysisResult } from '../analysisResult'
import { fromLlmAnswer } from './fromLlmAnswer'
import { parseLlmAnswer } from './llmAnswer'
import { chatCompletion, LlmFailure, openRouterClient, type ChatMessage, type LlmFailureReason, type LlmSettings } from './openRouterChat'
import { analysisPrompt, correctionPrompt } from './prompt'

export type LlmAnalysisOptions = {
  settings: LlmSettings
  cvLanguage: AnalysisLocale
  locale: AnalysisLocale
  log?: (message: string) => void
}

/**
 * Asks the model for the analysis. An answer that is not the JSON we asked for gets one
 * corrective request; a second bad answer is an `invalidJson` failure. Transport errors are
 * retried inside chatCompletion. Throws LlmFailure.
 */
export async function analyzeWithLlm(cvText: string, { settings, cvLanguage, locale, log }: LlmAnalysisOptions): Promise<CvAnalysisResult> {
  const client = openRouterClient(settings)
  const onRetry = ({ attempt, reason, waitMs }: { attempt: number; reason: LlmFailureReason; waitMs: number }) =>
    log?.(`CV analysis: ${reason} on try ${attempt}, retrying in ${waitMs} ms`)
  const messages: ChatMessage[] = analysisPrompt(cvText, { cvLanguage, locale })

  const first = await chatCompletion(client, settings, messages, onRetry)
  let parsed = parseLlmAnswer(first)
  if (!parsed.ok) {
    log?.(`CV analysis: invalid answer (${parsed.problem}), asking once more`)
    messages.push({ role: 'assistant', content: first }, { role: 'user', content: correctionPrompt(parsed.problem, cvLanguage) })
    parsed = parseLlmAnswer(await chatCompletion(client, settings, messages, onRetry))
    if (!parsed.ok) throw new LlmFailure('invalidJson', `Invalid answer after one correction: ${parsed.problem}`)
  }
  return fromLlmAnswer(parsed.answer, { model: settings.model, cvLanguage, locale })
}
