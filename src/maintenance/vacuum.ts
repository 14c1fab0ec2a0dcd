import type { Payload } from 'payload'

import { withClient } from '@/backup/createBackup'

export type VacuumReport = { ms: number; databaseBytesBefore: number; databaseBytesAfter: number; tables: number }

/**
 * VACUUM ANALYZE of the whole database: reclaims dead rows and refreshes the planner's
 * statistics. It cannot run inside a transaction, so it gets a connection of its own.
 */
export async function vacuumAnalyze(payload: Payload): Promise<VacuumReport> {
  return withClient(payload, async (client) => {
    const size = async () => Number((await client.query<{ bytes: string }>('SELECT pg_database_size(current_database())::text AS bytes')).rows[0].bytes)
    const databaseBytesBefore = await size()
    const started = process.hrtime.bigint()
    await client.query('VACUUM (ANALYZE)')
    const ms = Number((process.hrtime.bigint() - started) / 1_000_000n)
    const tables = Number((await client.query<{ n: string }>("SELECT count(*)::text AS n FROM pg_stat_user_tables")).rows[0].n)
    return { ms, databaseBytesBefore, databaseBytesAfter: await size(), tables }
  })
}
