import type { Payload, PayloadRequest } from 'payload'

import { clientIp } from '@/auth/clientIp'
import { actionLabel, isKnownAction, type LogAction, type LogSeverity } from './actions'

export { LOG_ACTIONS, actionLabel, type LogAction, type LogSeverity } from './actions'

/**
 * The one logging service (contract A in the project notes). Every feature records its
 * actions with `logActivity` (activity-logs) or `logSecurity` (security-logs); nothing else
 * writes those collections (their access denies every API write).
 *
 * - IP: right-most X-Forwarded-For entry (src/auth/clientIp.ts); user agent from the request.
 * - Actor: `entry.actor`, else `req.user`; `null` means anonymous visitor or the system. The
 *   e-mail is copied into `actorEmail` because the account may be deleted later.
 * - Never throws: a failed write goes to payload.logger.error and the caller carries on.
 * - Metadata never holds secrets: keys that look like passwords, tokens, hashes or API keys
 *   are masked, long strings are cut.
 *
 * Transactions. A write is one INSERT through the database adapter (no BEGIN/COMMIT of its
 * own, no hooks, no re-read; measured 4–20 ms median on the shared dev machine, mostly the
 * commit when there is no caller transaction, against 30–45 ms through payload.create).
 * - `survivesRollback: false` (default for logActivity): the entry joins the caller's
 *   transaction (`req.transactionID`), so a change that is rolled back leaves no entry
 *   claiming it happened (role change, created account, saved settings…).
 * - `survivesRollback: true` (default for logSecurity): the entry is written on its own
 *   connection, outside the caller's transaction, so it stays when the caller's transaction
 *   is rolled back because of the very thing being logged (failed login, refused restore,
 *   refused signing link). If the caller holds an open transaction, the write is not awaited:
 *   that transaction may hold locks the INSERT waits for (the entry's actor row, when a restore
 *   rewrites the users table), and awaiting it there would wait forever. It completes as soon
 *   as the caller's transaction ends; `flushLogs()` awaits such pending writes (tests, scripts).
 *   Payload's failed logins run no transaction at all (its login opens one only after the
 *   password is accepted), so those entries are written at once.
 */
export type LogEntry = {
  action: LogAction | (string & {})
  severity?: LogSeverity
  actor?: { id: number | string; email?: string | null; collection?: string } | null
  target?: { collection: string; id: number | string; label?: string | null }
  message?: string
  metadata?: Record<string, unknown>
}

export type LogOptions = {
  /** See above. Defaults: false for logActivity, true for logSecurity. */
  survivesRollback?: boolean
}

export type LogCollectionSlug = 'activity-logs' | 'security-logs'

export async function logActivity(req: PayloadRequest, entry: LogEntry, options: LogOptions = {}): Promise<void> {
  await writeLog(req, 'activity-logs', entry, options.survivesRollback ?? false)
}

export async function logSecurity(req: PayloadRequest, entry: LogEntry, options: LogOptions = {}): Promise<void> {
  await writeLog(req, 'security-logs', entry, options.survivesRollback ?? true)
}

const pending = new Set<Promise<void>>()

/** Waits for the entries written outside an open transaction (see above). */
export async function flushLogs(): Promise<void> {
  while (pending.size) await Promise.allSettled([...pending])
}

const SECRET_KEY = /pass(word)?|secret|token|salt|hash|authori[sz]ation|cookie|api_?key|otp|signature/i
const MAX_STRING = 1000
const MAX_DEPTH = 4

/** Copies metadata without secrets, huge strings or deep nesting (JSON-safe). */
export function sanitizeMetadata(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if (typeof value === 'bigint') return value.toString()
  if (value instanceof Date) return value.toISOString()
  if (depth >= MAX_DEPTH) return '…'
  if (Array.isArray(value)) return value.slice(0, 100).map((item) => sanitizeMetadata(item, depth + 1))
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (typeof item === 'function') continue
      out[key] = SECRET_KEY.test(key) && item !== null && item !== undefined && typeof item !== 'boolean' ? '[masqué]' : sanitizeMetadata(item, depth + 1)
    }
    return out
  }
  return String(value)
}

function text(value: unknown, max: number): string | null {
  if (value === null || value === undefined) return null
  const s = String(value).trim()
  if (!s) return null
  return s.length > max ? s.slice(0, max) : s
}

type ActorUser = { id: number | string; email?: string | null; collection?: string }

/** The row written for an entry (exported for the unit tests). */
export function logRow(req: Pick<PayloadRequest, 'headers' | 'user'> | undefined, entry: LogEntry) {
  const name = String(entry.action)
  const known = isKnownAction(name)
  const actor: ActorUser | null | undefined = entry.actor === undefined ? (req?.user as ActorUser | null | undefined) : entry.actor
  const actorIsUser = Boolean(actor && (actor.collection === undefined || actor.collection === 'users'))
  const ip = clientIp(req?.headers)
  const metadata = entry.metadata ? (sanitizeMetadata(entry.metadata) as Record<string, unknown>) : {}
  if (!known) metadata.action = name
  return {
    action: (known ? name : 'other') as LogAction,
    severity: entry.severity ?? 'info',
    actor: actorIsUser && actor ? Number(actor.id) || null : null,
    actorEmail: text(actor?.email, 254),
    message: text(entry.message, 500) ?? actionLabel(name, 'fr'),
    targetCollection: text(entry.target?.collection, 100),
    targetId: text(entry.target?.id, 100),
    targetLabel: text(entry.target?.label, 200),
    ip: ip === 'unknown' ? null : text(ip, 100),
    userAgent: text(req?.headers?.get?.('user-agent'), 512),
    metadata: Object.keys(metadata).length ? metadata : null,
  }
}

type Row = ReturnType<typeof logRow>

/**
 * One INSERT through the database adapter (Payload's own `db.create`, `returning: false`): no
 * access checks (nobody may write these collections through the APIs), no hooks, no re-read.
 * The row is built and checked by logRow; the dates are the event's, not the transaction's.
 */
async function insert(payload: Payload, collection: LogCollectionSlug, data: Row, req?: PayloadRequest): Promise<void> {
  const now = new Date().toISOString()
  await payload.db.create({
    collection,
    data: { ...data, createdAt: now, updatedAt: now },
    returning: false,
    ...(req ? { req } : {}),
  })
}

function isForeignKeyViolation(error: unknown): boolean {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    if ((current as { code?: unknown }).code === '23503') return true
    current = (current as { cause?: unknown }).cause
  }
  return /foreign key/i.test(String((error as Error)?.message ?? ''))
}

async function insertSafely(payload: Payload, collection: LogCollectionSlug, data: Row, req?: PayloadRequest): Promise<void> {
  try {
    await insert(payload, collection, data, req)
  } catch (error) {
    // The actor's account may be gone (deleted in the same operation, or by a restore):
    // keep the entry, with the e-mail snapshot only.
    if (data.actor !== null && isForeignKeyViolation(error) && !req?.transactionID) {
      try {
        await insert(payload, collection, { ...data, actor: null }, req)
        return
      } catch (retryError) {
        error = retryError
      }
    }
    payload.logger.error({ err: error, msg: `[logs] could not record ${data.action} in ${collection}` })
  }
}

async function writeLog(req: PayloadRequest, collection: LogCollectionSlug, entry: LogEntry, survivesRollback: boolean): Promise<void> {
  const payload = req?.payload
  if (!payload) return
  let data: Row
  try {
    data = logRow(req, entry)
    if (data.action === 'other') payload.logger.warn(`[logs] unknown action "${String(entry.action)}" recorded as "other": add it to src/logs/actions.ts`)
  } catch (error) {
    payload.logger.error({ err: error, msg: '[logs] could not build a log entry' })
    return
  }
  if (!survivesRollback) {
    await insertSafely(payload, collection, data, req)
    return
  }
  // Outside the caller's transaction: a request of our own, without its transactionID.
  const write = insertSafely(payload, collection, data)
  if (!req.transactionID) {
    await write
    return
  }
  pending.add(write)
  void write.finally(() => pending.delete(write))
}
