import type { TaskConfig } from 'payload'

import { runContractDailyPass } from '@/contracts/dailyRun'

export const CONTRACT_REMINDERS_TASK = 'contractReminders'

/**
 * Contracts waiting for a signature: expiry and reminders (src/contracts/dailyRun.ts), queued by
 * Payload's scheduler every day at 08:00 (server time) on the default queue.
 */
export const contractRemindersTask: TaskConfig<{ input: Record<string, never>; output: { expired: number; reminded: number; failed: number } }> = {
  slug: CONTRACT_REMINDERS_TASK,
  label: 'Contrats : relances et expirations',
  inputSchema: [],
  outputSchema: [
    { name: 'expired', type: 'number', required: true },
    { name: 'reminded', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
  ],
  schedule: [{ cron: '0 0 8 * * *', queue: 'default' }],
  retries: { attempts: 2 },
  handler: async ({ req }) => ({ output: await runContractDailyPass(req) }),
}
