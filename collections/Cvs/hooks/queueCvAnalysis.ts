import type { CollectionAfterChangeHook } from 'payload'

import { ANALYZE_CV_TASK } from '@/jobs/analyzeCv'
import type { Cv } from '../../../payload-types'

/**
 * Queues the analysis of a CV marked pending (new file or re-run requested). The job joins the
 * request's transaction, so it exists only if the CV is saved; the work itself runs later,
 * outside the upload. A failure to queue is logged.
 */
export const queueCvAnalysis: CollectionAfterChangeHook<Cv> = async ({ doc, previousDoc, req, context }) => {
  if (context.cvAnalysis || context.skipCvAnalysis) return doc
  const requested = doc.analysis?.status === 'pending' && doc.analysis.requestedAt !== previousDoc?.analysis?.requestedAt
  if (!requested) return doc
  try {
    await req.payload.jobs.queue({ task: ANALYZE_CV_TASK, input: { cv: doc.id }, req })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `CV analysis: could not queue the analysis of CV ${doc.id}` })
  }
  return doc
}
