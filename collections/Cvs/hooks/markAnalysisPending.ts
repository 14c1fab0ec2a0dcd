import type { CollectionBeforeChangeHook } from 'payload'

import type { Cv } from '../../../payload-types'

/**
 * A new CV, or a CV whose file is replaced, is waiting for its analysis: the status says so
 * at once, and the previous result goes (it described another file).
 */
export const markAnalysisPending: CollectionBeforeChangeHook<Cv> = ({ data, operation, originalDoc, context }) => {
  if (context.cvAnalysis || context.skipCvAnalysis) return data
  const newFile = operation === 'create' || (Boolean(data.filename) && data.filename !== originalDoc?.filename)
  if (!newFile) return data
  return {
    ...data,
    analysis: { status: 'pending', requestedAt: new Date().toISOString(), analysedAt: null, source: null, model: null, result: null, errorCode: null, error: null },
  }
}
