import { randomUUID } from 'node:crypto'
import { sql } from '@payloadcms/db-postgres'
import type { Endpoint, Payload } from 'payload'

import { migrations } from '../../migrations'
import { sharedRedis } from '@/security/redis'
import { deleteUploadFile, readUploadFile, storageKind, uploadCollections, writeUploadFile } from '@/storage/uploadFiles'

/**
 * GET /api/health — for load balancers, container orchestrators and uptime monitors.
 * 200 when the instance can serve: database reachable, every migration of the code applied,
 * file storage writable. 503 otherwise. The job queue depth and Redis are reported without
 * failing the check (a stuck queue or a Redis outage degrades the site, it does not stop it).
 * Public, never cached, and free of secrets: no address, bucket, key or error detail.
 */
type Check = { ok: boolean; ms: number } & Record<string, unknown>

const TIMEOUT_MS = 3_000

/** Runs one check within TIMEOUT_MS; it may report `ok: false` itself, and a throw is a failure. */
async function timed(run: () => Promise<Record<string, unknown> | void>): Promise<Check> {
  const started = Date.now()
  let timer: NodeJS.Timeout | undefined
  try {
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS)))
    const details = (await Promise.race([run(), timeout])) ?? {}
    return { ok: true, ...details, ms: Date.now() - started }
  } catch (error) {
    return { ok: false, ms: Date.now() - started, error: (error as Error).message === 'timeout' ? 'timeout' : 'failed' }
  } finally {
    clearTimeout(timer)
  }
}

export async function healthReport(payload: Payload) {
  const [database, migrationsCheck, storage, jobs, redis] = await Promise.all([
    timed(async () => {
      await payload.db.drizzle.execute(sql`select 1`)
    }),
    timed(async () => {
      const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false, depth: 0, overrideAccess: true })
      const applied = new Set(docs.map((doc) => doc.name))
      const pending = migrations.filter((migration) => !applied.has(migration.name)).length
      // The names are in the code anyway; the count is enough to act on.
      return { ok: pending === 0, applied: migrations.length - pending, pending }
    }),
    timed(async () => {
      const [collection] = uploadCollections(payload)
      if (!collection) return { kind: 'none' }
      const name = `.health-${randomUUID()}`
      const probe = Buffer.from('ok')
      await writeUploadFile(payload, collection, name, probe, 'text/plain')
      const back = await readUploadFile(payload, collection, name)
      await deleteUploadFile(payload, collection, name)
      if (!back?.equals(probe)) throw new Error('failed')
      return { kind: storageKind(payload, collection) }
    }),
    timed(async () => {
      const queued = await payload.count({
        collection: 'payload-jobs',
        where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
        overrideAccess: true,
      })
      const { docs } = await payload.find({
        collection: 'payload-jobs',
        where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
        sort: 'createdAt',
        limit: 1,
        depth: 0,
        select: { createdAt: true },
        overrideAccess: true,
      })
      const oldest = docs[0]?.createdAt ? Math.round((Date.now() - new Date(docs[0].createdAt).getTime()) / 1000) : null
      return { queued: queued.totalDocs, oldestQueuedSeconds: oldest }
    }),
    sharedRedis() ? timed(async () => void (await sharedRedis()!.ping())) : Promise.resolve(null),
  ])
  const ok = database.ok && migrationsCheck.ok && storage.ok
  return {
    status: ok ? (jobs.ok && (redis?.ok ?? true) ? 'ok' : 'degraded') : 'error',
    checks: { database, migrations: migrationsCheck, storage, jobs, ...(redis ? { redis } : {}) },
    uptimeSeconds: Math.round(process.uptime()),
    time: new Date().toISOString(),
  }
}

export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const report = await healthReport(req.payload)
    return Response.json(report, {
      status: report.status === 'error' ? 503 : 200,
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
