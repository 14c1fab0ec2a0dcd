import { Client as SendGridClient } from '@sendgrid/client'
import OpenAI, { APIConnectionError, APIError } from 'openai'

import { CV_ANALYSIS_DEFAULTS } from '@/ai/settings'
import { SENDGRID_DEFAULT_API_URL } from '@/email/transportChoice'
import { OmdbError, omdbClient } from '@/omdb/omdbClient'

export const KEY_SERVICES = ['sendgrid', 'openrouter', 'omdb'] as const
export type KeyService = (typeof KEY_SERVICES)[number]

export type KeyTestFailure = 'invalid' | 'unreachable' | 'unexpected'
export type KeyTestResult = { ok: true } | { ok: false; reason: KeyTestFailure; status?: number }

const TIMEOUT_MS = 10_000

/** A title OMDB has known for years: a lookup by its IMDb id needs a valid key and returns it. */
export const OMDB_PROBE_IMDB_ID = 'tt0111161'

/**
 * SendGrid: GET /v3/scopes lists what the key may do — authenticated, sends nothing.
 * SENDGRID_API_URL points at a stand-in server in tests, as for sending.
 */
async function testSendGrid(apiKey: string, env: Record<string, string | undefined>): Promise<KeyTestResult> {
  const client = new SendGridClient()
  client.setApiKey(apiKey)
  client.setDefaultRequest('baseUrl', env.SENDGRID_API_URL?.trim() || SENDGRID_DEFAULT_API_URL)
  client.setDefaultRequest('timeout' as never, TIMEOUT_MS as never)
  try {
    const [response] = await client.request({ method: 'GET', url: '/v3/scopes' })
    return response.statusCode >= 200 && response.statusCode < 300 ? { ok: true } : { ok: false, reason: 'unexpected', status: response.statusCode }
  } catch (error) {
    const status = (error as { code?: unknown }).code
    if (status === 401 || status === 403) return { ok: false, reason: 'invalid', status }
    if (typeof status === 'number') return { ok: false, reason: 'unexpected', status }
    return { ok: false, reason: 'unreachable' }
  }
}

/**
 * OpenRouter: GET /key describes the key (credit, limits) and needs it to be valid; the model
 * list would not do, it is public. OPENROUTER_BASE_URL as for the CV analysis.
 */
async function testOpenRouter(apiKey: string, env: Record<string, string | undefined>): Promise<KeyTestResult> {
  const client = new OpenAI({
    apiKey,
    baseURL: env.OPENROUTER_BASE_URL?.trim() || CV_ANALYSIS_DEFAULTS.baseURL,
    timeout: TIMEOUT_MS,
    maxRetries: 0,
  })
  try {
    await client.get('/key')
    return { ok: true }
  } catch (error) {
    if (error instanceof APIConnectionError) return { ok: false, reason: 'unreachable' }
    if (error instanceof APIError && (error.status === 401 || error.status === 403)) return { ok: false, reason: 'invalid', status: error.status }
    if (error instanceof APIError && typeof error.status === 'number') return { ok: false, reason: 'unexpected', status: error.status }
    return { ok: false, reason: 'unexpected' }
  }
}

/** OMDB: a lookup of a known title through the app's own client (OMDB_BASE_URL honoured). */
async function testOmdb(apiKey: string, env: Record<string, string | undefined>): Promise<KeyTestResult> {
  try {
    const film = await omdbClient({ apiKey, ...(env.OMDB_BASE_URL ? { baseUrl: env.OMDB_BASE_URL } : {}) }).filmDetails(OMDB_PROBE_IMDB_ID)
    return film ? { ok: true } : { ok: false, reason: 'unexpected' }
  } catch (error) {
    if (error instanceof OmdbError) {
      if (error.reason === 'invalidKey') return { ok: false, reason: 'invalid' }
      if (error.reason === 'timeout') return { ok: false, reason: 'unreachable' }
      // A daily limit reached proves the key is known to OMDB, but the service is not usable now.
      return { ok: false, reason: error.reason === 'unavailable' && /fetch failed|ECONNREFUSED|ENOTFOUND/i.test(error.message) ? 'unreachable' : 'unexpected' }
    }
    return { ok: false, reason: 'unexpected' }
  }
}

const TESTERS: Record<KeyService, (apiKey: string, env: Record<string, string | undefined>) => Promise<KeyTestResult>> = {
  sendgrid: testSendGrid,
  openrouter: testOpenRouter,
  omdb: testOmdb,
}

/** Calls the service with the key; never throws, never includes the key in its result. */
export function testServiceKey(service: KeyService, apiKey: string, env: Record<string, string | undefined> = process.env): Promise<KeyTestResult> {
  return TESTERS[service](apiKey, env)
}
