import type { PayloadRequest } from 'payload'
import { afterEach, describe, expect, it } from 'vitest'

import { canRunJobs, staffOnlyJobs } from '@/jobs/jobAccess'

const request = (user: unknown, authorization?: string) =>
  ({ user, headers: new Headers(authorization ? { authorization } : {}) }) as unknown as PayloadRequest

describe('who may run the job queue (GET /api/payload-jobs/run)', () => {
  afterEach(() => {
    delete process.env.CRON_SECRET
  })

  it('lets staff in, not talents nor visitors', async () => {
    expect(await canRunJobs({ req: request({ roles: ['presence'] }) })).toBe(true)
    expect(await canRunJobs({ req: request({ roles: ['talent'] }) })).toBe(false)
    expect(await canRunJobs({ req: request(null) })).toBe(false)
  })

  it('lets a scheduler in with the right CRON_SECRET only, and nobody by secret when none is set', async () => {
    expect(await canRunJobs({ req: request(null, 'Bearer ') })).toBe(false)
    process.env.CRON_SECRET = 'a-long-random-secret'
    expect(await canRunJobs({ req: request(null, 'Bearer a-long-random-secret') })).toBe(true)
    expect(await canRunJobs({ req: request(null, 'Bearer a-long-random-secreT') })).toBe(false)
    expect(await canRunJobs({ req: request(null, 'a-long-random-secret') })).toBe(false)
  })

  it('keeps queuing and cancelling through the API to staff', async () => {
    expect(await staffOnlyJobs({ req: request({ roles: ['admin'] }) })).toBe(true)
    expect(await staffOnlyJobs({ req: request({ roles: ['talent'] }) })).toBe(false)
  })
})
