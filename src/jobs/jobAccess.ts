import { timingSafeEqual } from 'node:crypto'
import type { RunJobAccess } from 'payload'

import { isStaffUser } from '@/access'

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Who may trigger GET /api/payload-jobs/run: signed-in staff, or a scheduler sending
 * `Authorization: Bearer $CRON_SECRET` (see README, "Analyse des CV et tâches de fond").
 */
export const canRunJobs: RunJobAccess = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const secret = process.env.CRON_SECRET
  const header = req.headers.get('authorization') ?? ''
  return Boolean(secret) && header.startsWith('Bearer ') && sameSecret(header.slice('Bearer '.length), secret as string)
}

/** Queuing or cancelling jobs through Payload's API is for staff; the app queues its own jobs. */
export const staffOnlyJobs: RunJobAccess = ({ req }) => isStaffUser(req.user)
