import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { format } from '@/i18n'
import { logActivity } from '@/logs'
import { readUploadFile } from '@/storage/uploadFiles'
import type { Cv } from '../../payload-types'
import type { AnalysisLocale, CvAnalysisResult } from './analysisResult'
import { extractCvText } from './extract'
import { analyzeWithLlm } from './llm/analyzeWithLlm'
import { LlmFailure } from './llm/openRouterChat'
import { analyzeLocally } from './local/analyzeLocally'
import { detectCvLanguage } from './local/cvLanguage'
import { cvAnalysisMessages } from './messages'
import { cvAnalysisSettings } from './settings'

/** Why an analysis failed or fell back, stored next to the message so pages can explain it in any language. */
export type AnalysisErrorCode = 'noText' | 'unreadable' | 'unsupported' | 'missingFile' | 'llm'

type Outcome =
  | { status: 'done'; result: CvAnalysisResult; errorCode?: AnalysisErrorCode; error?: string }
  | { status: 'failed'; errorCode: AnalysisErrorCode; error: string }

export type CvAnalysisRun = { status: 'done' | 'failed' | 'skipped'; source?: 'llm' | 'local'; errorCode?: AnalysisErrorCode }

/** The language the talent reads the platform in: their account's preference, French by default. */
async function ownerLocale(payload: Payload, cv: Cv, req?: PayloadRequest): Promise<AnalysisLocale> {
  const ownerId = typeof cv.owner === 'object' ? cv.owner?.id : cv.owner
  if (!ownerId) return 'fr'
  const owner = await payload.findByID({ collection: 'users', id: ownerId, depth: 0, disableErrors: true, select: { preferredLanguage: true }, req })
  return owner?.preferredLanguage === 'en' ? 'en' : 'fr'
}

async function analyse(payload: Payload, cv: Cv, locale: AnalysisLocale, now: Date): Promise<Outcome> {
  const m = cvAnalysisMessages[locale]
  let data: Buffer | null
  try {
    // Local disk or the S3 bucket, whichever the CVs are stored in.
    data = cv.filename ? await readUploadFile(payload, 'cvs', cv.filename) : null
  } catch {
    data = null
  }
  if (!data) return { status: 'failed', errorCode: 'missingFile', error: m.extraction.missingFile }
  const extracted = await extractCvText(data, cv.mimeType)
  if (!extracted.ok) {
    const error = m.extraction[extracted.reason] + (extracted.detail ? ` (${extracted.detail.slice(0, 200)})` : '')
    return { status: 'failed', errorCode: extracted.reason, error }
  }

  const settings = await cvAnalysisSettings(payload)
  if (!settings.llm) return { status: 'done', result: analyzeLocally(extracted.text, { locale, now }) }
  try {
    const result = await analyzeWithLlm(extracted.text, {
      settings: settings.llm,
      cvLanguage: detectCvLanguage(extracted.text),
      locale,
      log: (message) => payload.logger.info({ msg: message, cv: cv.id }),
    })
    return { status: 'done', result }
  } catch (error) {
    if (!(error instanceof LlmFailure)) throw error
    const reason = m.llmReasons[error.reason]
    payload.logger.warn({ msg: `CV analysis: LLM failed for CV ${cv.id}: ${error.message}`, cv: cv.id, reason: error.reason })
    if (settings.localFallback) {
      return { status: 'done', result: analyzeLocally(extracted.text, { locale, now }), errorCode: 'llm', error: format(m.llmFailedFallback, { reason }) }
    }
    return { status: 'failed', errorCode: 'llm', error: format(m.llmFailed, { reason }) }
  }
}

/**
 * Analyses one CV and stores the outcome on it (status done or failed, date, source, result or
 * error). Failures are recorded, never thrown: the upload has long been saved. A run whose
 * request was superseded (the CV replaced or re-analysed meanwhile) stores nothing.
 * Failures are journaled (`cv.analysis_failed`, activity log).
 */
export async function runCvAnalysis(payload: Payload, cvId: number, { req, now = new Date() }: { req?: PayloadRequest; now?: Date } = {}): Promise<CvAnalysisRun> {
  const cv = await payload.findByID({ collection: 'cvs', id: cvId, depth: 0, disableErrors: true, req })
  if (!cv) return { status: 'skipped' }
  const requestedAt = cv.analysis?.requestedAt ?? null
  const locale = await ownerLocale(payload, cv, req)
  const outcome = await analyse(payload, cv, locale, now)

  const current = await payload.findByID({ collection: 'cvs', id: cvId, depth: 0, disableErrors: true, select: { analysis: true }, req })
  if (!current || (current.analysis?.requestedAt ?? null) !== requestedAt) return { status: 'skipped' }

  if (outcome.status === 'failed') {
    const ownerId = typeof cv.owner === 'object' && cv.owner ? cv.owner.id : cv.owner
    await logActivity(req ?? (await createLocalReq({}, payload)), {
      action: 'cv.analysis_failed',
      severity: 'warning',
      actor: null,
      target: { collection: 'cvs', id: cvId, label: cv.filename ?? null },
      message: `Échec de l’analyse du CV : ${outcome.error}`.slice(0, 500),
      metadata: { errorCode: outcome.errorCode, owner: ownerId ?? null },
    })
  }
  await payload.update({
    collection: 'cvs',
    id: cvId,
    data: {
      analysis: {
        status: outcome.status,
        requestedAt,
        analysedAt: new Date().toISOString(),
        source: outcome.status === 'done' ? outcome.result.source : null,
        model: outcome.status === 'done' ? outcome.result.model : null,
        result: outcome.status === 'done' ? outcome.result : null,
        errorCode: outcome.errorCode ?? null,
        error: outcome.error ?? null,
      },
    },
    overrideAccess: true,
    context: { cvAnalysis: true },
    req,
  })
  return { status: outcome.status, source: outcome.status === 'done' ? outcome.result.source : undefined, errorCode: outcome.errorCode }
}
