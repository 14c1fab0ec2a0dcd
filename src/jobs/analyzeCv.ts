import type { TaskConfig } from 'payload'

import { runCvAnalysis } from '@/ai/analyzeCv'

/** Slug of the CV analysis task, queued by the Cvs hooks and the staff re-run endpoint. */
export const ANALYZE_CV_TASK = 'analyzeCv'

/**
 * Extracts a CV's text and analyses it (LLM or local), storing the outcome on the CV. Analysis
 * failures are stored by runCvAnalysis; only unexpected errors (database) throw, and Payload
 * retries those.
 */
export const analyzeCvTask: TaskConfig<{ input: { cv: number }; output: { status: string } }> = {
  slug: ANALYZE_CV_TASK,
  label: 'Analyse de CV',
  inputSchema: [{ name: 'cv', type: 'number', required: true }],
  outputSchema: [{ name: 'status', type: 'text', required: true }],
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, req }) => {
    const run = await runCvAnalysis(req.payload, input.cv, { req })
    return { output: { status: run.status } }
  },
}
