import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai'

/** How the analysis talks to OpenRouter (or any OpenAI-compatible chat-completions API). */
export type LlmSettings = {
  apiKey: string
  baseURL: string
  model: string
  maxTokens: number
  /** Per request. */
  timeoutMs: number
  /** Tries per request when the provider times out, rate-limits or fails (5xx). */
  maxAttempts: number
  /** First wait between tries, doubled each time (a Retry-After header wins when longer). */
  retryBaseMs: number
}

export type LlmFailureReason = 'invalidJson' | 'timeout' | 'rateLimited' | 'server' | 'refused' | 'network'

export class LlmFailure extends Error {
  constructor(
    readonly reason: LlmFailureReason,
    message: string,
  ) {
    super(message)
    this.name = 'LlmFailure'
  }
}

export type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string }

/** Longest wait a Retry-After header may impose before we give up waiting. */
const MAX_RETRY_AFTER_MS = 30_000

function classify(error: unknown): { reason: LlmFailureReason; retry: boolean; retryAfterMs?: number } {
  if (error instanceof APIConnectionTimeoutError) return { reason: 'timeout', retry: true }
  if (error instanceof APIConnectionError) return { reason: 'network', retry: true }
  if (error instanceof APIError && typeof error.status === 'number') {
    const retryAfter = Number(error.headers?.get('retry-after'))
    const retryAfterMs = Number.isFinite(retryAfter) && retryAfter >= 0 ? Math.min(retryAfter * 1000, MAX_RETRY_AFTER_MS) : undefined
    if (error.status === 429) return { reason: 'rateLimited', retry: true, retryAfterMs }
    if (error.status >= 500 || error.status === 408) return { reason: 'server', retry: true, retryAfterMs }
    return { reason: 'refused', retry: false }
  }
  return { reason: 'network', retry: false }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function openRouterClient(settings: LlmSettings): OpenAI {
  return new OpenAI({
    apiKey: settings.apiKey,
    baseURL: settings.baseURL,
    timeout: settings.timeoutMs,
    // Retries are ours (below): same rules for every error, delays configurable, each try logged.
    maxRetries: 0,
    defaultHeaders: { 'X-Title': 'Taalentio' },
  })
}

/**
 * One chat completion, asking for a JSON object, retried with exponential backoff on
 * timeouts, network errors, 429 and 5xx; other refusals (bad key, unknown model) fail at once.
 */
export async function chatCompletion(
  client: OpenAI,
  settings: LlmSettings,
  messages: ChatMessage[],
  onRetry?: (info: { attempt: number; reason: LlmFailureReason; waitMs: number }) => void,
): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const completion = await client.chat.completions.create({
        model: settings.model,
        messages,
        max_tokens: settings.maxTokens,
        temperature: 0,
        response_format: { type: 'json_object' },
      })
      const content = completion.choices[0]?.message?.content
      if (typeof content !== 'string' || !content.trim()) throw new LlmFailure('invalidJson', 'Empty answer')
      return content
    } catch (error) {
      if (error instanceof LlmFailure) throw error
      const { reason, retry, retryAfterMs } = classify(error)
      const message = error instanceof Error ? error.message : String(error)
      if (!retry || attempt >= settings.maxAttempts) throw new LlmFailure(reason, `${message} (attempt ${attempt}/${settings.maxAttempts})`)
      const waitMs = Math.max(settings.retryBaseMs * 2 ** (attempt - 1), retryAfterMs ?? 0)
      onRetry?.({ attempt, reason, waitMs })
      await sleep(waitMs)
    }
  }
}
