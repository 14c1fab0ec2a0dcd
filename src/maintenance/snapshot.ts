import { statfs } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

import { withClient } from '@/backup/createBackup'
import { localUploadDir, uploadCollectionSlugs } from '@/backup/uploadStore'

export type PerformanceSnapshot = {
  takenAt: string
  cpu: { cores: number; model: string; loadAverage: number[]; processCpuMs: number; uptimeSeconds: number }
  memory: { totalBytes: number; freeBytes: number; processRssBytes: number; processHeapUsedBytes: number }
  disk: { path: string; totalBytes: number; freeBytes: number } | null
  database: {
    sizeBytes: number
    version: string
    connections: number
    tables: { name: string; rows: number; totalBytes: number }[]
    slowQueries: { query: string; calls: number; meanMs: number; totalMs: number }[] | null
    /** Why slowQueries is null: pg_stat_statements is not installed or not readable. */
    slowQueriesUnavailable: string | null
  }
}

/** CPU, memory, disk, database and table sizes and, when pg_stat_statements is there, the slowest queries. */
export async function performanceSnapshot(payload: Payload): Promise<PerformanceSnapshot> {
  const cpus = os.cpus()
  const usage = process.cpuUsage()
  const memory = process.memoryUsage()
  const firstUpload = uploadCollectionSlugs(payload)[0]
  const diskPath = firstUpload ? path.dirname(localUploadDir(payload, firstUpload)) : process.cwd()
  const disk = await statfs(diskPath)
    .catch(() => statfs(process.cwd()))
    .then((info) => ({ path: diskPath, totalBytes: info.blocks * info.bsize, freeBytes: info.bavail * info.bsize }))
    .catch(() => null)

  const database = await withClient(payload, async (client) => {
    const one = async <T extends Record<string, unknown>>(text: string) => (await client.query<T>(text)).rows[0]
    const size = await one<{ bytes: string }>('SELECT pg_database_size(current_database())::text AS bytes')
    const version = await one<{ server_version: string }>('SHOW server_version')
    const connections = await one<{ n: string }>('SELECT count(*)::text AS n FROM pg_stat_activity WHERE datname = current_database()')
    const { rows: tables } = await client.query<{ name: string; rows: string; bytes: string }>(
      `SELECT relname AS name, n_live_tup::text AS rows, pg_total_relation_size(relid)::text AS bytes
         FROM pg_stat_user_tables ORDER BY pg_total_relation_size(relid) DESC LIMIT 15`,
    )
    let slowQueries: PerformanceSnapshot['database']['slowQueries'] = null
    let slowQueriesUnavailable: string | null = null
    const extension = await one<{ present: boolean }>("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements') AS present")
    if (!extension.present) {
      slowQueriesUnavailable = 'extension_missing'
    } else {
      try {
        const { rows } = await client.query<{ query: string; calls: string; mean: string; total: string }>(
          `SELECT left(query, 300) AS query, calls::text, round(mean_exec_time::numeric, 2)::text AS mean, round(total_exec_time::numeric, 1)::text AS total
             FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            ORDER BY mean_exec_time DESC LIMIT 10`,
        )
        slowQueries = rows.map((row) => ({ query: row.query, calls: Number(row.calls), meanMs: Number(row.mean), totalMs: Number(row.total) }))
      } catch {
        slowQueriesUnavailable = 'not_readable'
      }
    }
    return {
      sizeBytes: Number(size.bytes),
      version: version.server_version,
      connections: Number(connections.n),
      tables: tables.map((table) => ({ name: table.name, rows: Number(table.rows), totalBytes: Number(table.bytes) })),
      slowQueries,
      slowQueriesUnavailable,
    }
  })

  return {
    takenAt: new Date().toISOString(),
    cpu: {
      cores: cpus.length,
      model: cpus[0]?.model ?? '',
      loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
      processCpuMs: Math.round((usage.user + usage.system) / 1000),
      uptimeSeconds: Math.round(process.uptime()),
    },
    memory: { totalBytes: os.totalmem(), freeBytes: os.freemem(), processRssBytes: memory.rss, processHeapUsedBytes: memory.heapUsed },
    disk,
    database,
  }
}
