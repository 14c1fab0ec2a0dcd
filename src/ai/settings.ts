import type { Payload } from 'payload'

import { integrationKey } from '@/settings/integrationKeys'
import type { LlmSettings } from './llm/openRouterChat'

export const CV_ANALYSIS_DEFAULTS = {
  baseURL: 'https://openrouter.ai/api/v1',
  model: 'openai/gpt-4o-mini',
  maxTokens: 1500,
  timeoutMs: 60_000,
  maxAttempts: 3,
  retryBaseMs: 2_000,
} as const

const positiveInteger = (value: string | undefined, fallback: number) => {
  const number = Number(value)
  return value && Number.isInteger(number) && number > 0 ? number : fallback
}

export type CvAnalysisSettings = {
  /** Null without a key: the local analyser runs. */
  llm: LlmSettings | null
  /** When the LLM fails for good, store the local analysis (with the failure noted) instead of a failure. */
  localFallback: boolean
}

/**
 * Where each setting comes from: the key from OPENROUTER_API_KEY or the encrypted admin field;
 * model and max tokens from the admin (Integrations › AI CV analysis), else OPENROUTER_MODEL /
 * OPENROUTER_MAX_TOKENS, else the defaults; base URL, timeout and retries from the environment.
 */
export async function cvAnalysisSettings(payload: Payload): Promise<CvAnalysisSettings> {
  const [apiKey, integrations] = await Promise.all([
    integrationKey(payload, 'openRouterApiKey'),
    payload.findGlobal({ slug: 'integrations', overrideAccess: true, depth: 0 }),
  ])
  const saved = integrations.cvAnalysis
  const localFallback = saved?.localFallback ?? true
  if (!apiKey) return { llm: null, localFallback }
  return {
    localFallback,
    llm: {
      apiKey,
      baseURL: process.env.OPENROUTER_BASE_URL?.trim() || CV_ANALYSIS_DEFAULTS.baseURL,
      model: saved?.model?.trim() || process.env.OPENROUTER_MODEL?.trim() || CV_ANALYSIS_DEFAULTS.model,
      maxTokens: saved?.maxTokens || positiveInteger(process.env.OPENROUTER_MAX_TOKENS, CV_ANALYSIS_DEFAULTS.maxTokens),
      timeoutMs: positiveInteger(process.env.OPENROUTER_TIMEOUT_MS, CV_ANALYSIS_DEFAULTS.timeoutMs),
      maxAttempts: positiveInteger(process.env.OPENROUTER_MAX_ATTEMPTS, CV_ANALYSIS_DEFAULTS.maxAttempts),
      retryBaseMs: positiveInteger(process.env.OPENROUTER_RETRY_BASE_MS, CV_ANALYSIS_DEFAULTS.retryBaseMs),
    },
  }
}
