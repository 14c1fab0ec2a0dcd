// `npm run jobs`: the production job runner (CV analysis, nightly log purge…), beside `npm start`, on DATABASE_URL.
// It runs queued jobs until none is left, waits JOBS_POLL_MS, and starts again; it stops
// cleanly on SIGINT/SIGTERM after the current batch.
import 'dotenv/config'
import { getPayload } from 'payload'

const pollMs = Number(process.env.JOBS_POLL_MS) > 0 ? Number(process.env.JOBS_POLL_MS) : 5_000
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (stopping = true))

const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
payload.logger.info(`[jobs] runner started, polling every ${pollMs} ms`)

while (!stopping) {
  try {
    // Queues the scheduled tasks that are due (the nightly purgeLogs…); Payload queues at most
    // one waiting or running job per scheduled task, so several runners do not pile them up.
    await payload.jobs.handleSchedules({ queue: 'default' })
    const { noJobsRemaining } = await payload.jobs.run({ queue: 'default', limit: 10 })
    if (noJobsRemaining) await new Promise((resolve) => setTimeout(resolve, pollMs))
  } catch (error) {
    payload.logger.error({ err: error, msg: '[jobs] run failed; retrying after the poll interval' })
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}
await payload.destroy()
process.exit(0)
