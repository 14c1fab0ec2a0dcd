import type { TaskConfig } from 'payload'

import { purgeOldLogs } from '@/logs/retention'

export const PURGE_LOGS_TASK = 'purgeLogs'

/**
 * Nightly retention purge of the activity and security logs (src/logs/retention.ts), queued
 * by Payload's scheduler at 03:30 (server time) on the default queue.
 */
export const purgeLogsTask: TaskConfig<{ input: Record<string, never>; output: { activity: number; security: number } }> = {
  slug: PURGE_LOGS_TASK,
  label: 'Purge des journaux (rétention)',
  inputSchema: [],
  outputSchema: [
    { name: 'activity', type: 'number', required: true },
    { name: 'security', type: 'number', required: true },
  ],
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  retries: { attempts: 2 },
  handler: async ({ req }) => {
    const result = await purgeOldLogs(req)
    return { output: { activity: result['activity-logs'].deleted, security: result['security-logs'].deleted } }
  },
}
