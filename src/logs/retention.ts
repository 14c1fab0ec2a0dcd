import type { Payload, PayloadRequest } from 'payload'

import { getSystemSettings } from '@/settings/systemSettings'
import { logActivity, type LogCollectionSlug } from './index'

export const DEFAULT_RETENTION_DAYS: Record<LogCollectionSlug, number> = {
  'activity-logs': 365,
  'security-logs': 730,
}

const ENVIRONMENT_VARIABLE: Record<LogCollectionSlug, string> = {
  'activity-logs': 'LOG_RETENTION_DAYS',
  'security-logs': 'SECURITY_LOG_RETENTION_DAYS',
}

const wholeDays = (raw: unknown): number | null => {
  const days = typeof raw === 'string' ? (raw.trim() ? Number(raw) : NaN) : typeof raw === 'number' ? raw : NaN
  // Under a day would wipe the journal by mistake: such values are ignored.
  return Number.isInteger(days) && days >= 1 ? days : null
}

/**
 * Days an entry is kept. The environment wins (LOG_RETENTION_DAYS, SECURITY_LOG_RETENTION_DAYS),
 * else the admin's setting (System settings → log retention, `settingDays`), else the default.
 * The security log keeps at least its default (730 days) unless its own variable says otherwise.
 */
export function retentionDays(
  collection: LogCollectionSlug,
  { env = process.env, settingDays }: { env?: Record<string, string | undefined>; settingDays?: number | null } = {},
): number {
  const fromEnvironment = wholeDays(env[ENVIRONMENT_VARIABLE[collection]])
  if (fromEnvironment) return fromEnvironment
  const fromSettings = wholeDays(settingDays)
  if (collection === 'security-logs') return Math.max(fromSettings ?? 0, DEFAULT_RETENTION_DAYS['security-logs'])
  return fromSettings ?? DEFAULT_RETENTION_DAYS[collection]
}

/** The retention setting saved in the admin (System settings), when there is one. */
async function savedRetentionDays(payload: Payload): Promise<number | null> {
  try {
    return (await getSystemSettings(payload)).logRetentionDays ?? null
  } catch (error) {
    payload.logger.warn({ err: error, msg: '[logs] system settings unreadable: retention from the environment or the defaults' })
    return null
  }
}

export type PurgeResult = Record<LogCollectionSlug, { days: number; deleted: number }>

/**
 * Deletes the entries older than each journal's retention period (one DELETE per journal,
 * through the database adapter: no hooks, no per-row work), then records the purge itself
 * in the activity log when something was deleted.
 */
export async function purgeOldLogs(
  req: PayloadRequest,
  { now = new Date(), days }: { now?: Date; days?: Partial<Record<LogCollectionSlug, number>> } = {},
): Promise<PurgeResult> {
  const payload: Payload = req.payload
  const result = {} as PurgeResult
  const settingDays = await savedRetentionDays(payload)
  for (const collection of ['activity-logs', 'security-logs'] as const) {
    const keep = days?.[collection] ?? retentionDays(collection, { settingDays })
    const cutoff = new Date(now.getTime() - keep * 24 * 60 * 60 * 1000).toISOString()
    const where = { createdAt: { less_than: cutoff } }
    const { totalDocs } = await payload.count({ collection, where, overrideAccess: true, req })
    if (totalDocs > 0) await payload.db.deleteMany({ collection, where, req })
    result[collection] = { days: keep, deleted: totalDocs }
  }
  const deleted = result['activity-logs'].deleted + result['security-logs'].deleted
  if (deleted > 0) {
    await logActivity(req, {
      action: 'logs.purged',
      actor: null,
      message: `Purge des journaux : ${deleted} entrée(s) supprimée(s).`,
      metadata: result,
    })
  }
  return result
}
