import type { Payload } from 'payload'

import { withClient } from '@/backup/createBackup'
import { listDataTables, qualified, schemaName } from '@/backup/schema'
import { collectionTableName, listStoredFiles, removeStoredFiles, uploadCollectionSlugs } from '@/backup/uploadStore'

/**
 * Collections a data clean-up keeps. Everything else is user-generated and goes: profiles,
 * uploads, productions, projects, assignments, attendance, contracts, messages, outbox,
 * logs, queued jobs. Users are kept only when they hold the admin role.
 * - reference data (SPEC §3) and the site's configuration (content pages, SEO images,
 *   contract templates, admins' API keys);
 * - Payload's own migrations and key-value store.
 * Also kept, outside collections: globals (settings, integrations) and `code_sequences`
 * (codes are never reused, even after a clean-up).
 */
export const KEPT_COLLECTIONS: ReadonlySet<string> = new Set([
  'countries',
  'cities',
  'nationalities',
  'languages',
  'categories',
  'skills',
  'pages',
  'seo-images',
  'contract-templates',
  'api-keys',
  'payload-migrations',
  'payload-kv',
  'users',
  'payload-preferences',
])

export type CleanReport = {
  ms: number
  /** Rows removed per database table (only tables that lost rows). */
  removedRows: Record<string, number>
  removedUsers: number
  keptAdmins: number
  files: number
  fileBytes: number
}

async function tableCounts(payload: Payload): Promise<Record<string, number>> {
  return withClient(payload, async (client) => {
    const schema = schemaName(payload)
    const counts: Record<string, number> = {}
    for (const table of await listDataTables(client, schema)) {
      counts[table.name] = Number((await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${qualified(schema, table.name)}`)).rows[0].n)
    }
    return counts
  })
}

/** The collections a clean-up empties. */
export function wipedCollections(payload: Payload): string[] {
  return payload.config.collections.map((collection) => collection.slug).filter((slug) => !KEPT_COLLECTIONS.has(slug))
}

/** What a clean-up would remove, without removing anything (the command's preview). */
export async function previewClean(payload: Payload): Promise<{ collections: Record<string, number>; users: number; admins: number }> {
  return withClient(payload, async (client) => {
    const schema = schemaName(payload)
    const collections: Record<string, number> = {}
    for (const slug of wipedCollections(payload)) {
      const table = collectionTableName(payload, slug)
      const exists = (await client.query('SELECT to_regclass($1) AS t', [`${schema}.${table}`])).rows[0].t
      if (exists) collections[slug] = Number((await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${qualified(schema, table)}`)).rows[0].n)
    }
    const { rows } = await client.query<{ users: string; admins: string }>(
      `SELECT count(*)::text AS users,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ${qualified(schema, 'users_roles')} r WHERE r.parent_id = u.id AND r.value = 'admin'))::text AS admins
         FROM ${qualified(schema, 'users')} u`,
    )
    return { collections, users: Number(rows[0].users) - Number(rows[0].admins), admins: Number(rows[0].admins) }
  })
}

/**
 * Removes all user-generated data in one transaction (see KEPT_COLLECTIONS), then the files of
 * the emptied upload collections. Accounts without the admin role are DELETEd, so the
 * database's own ON DELETE rules clean their roles, sessions and preferences.
 * Idempotent: a second run removes nothing.
 */
export async function cleanData(payload: Payload): Promise<CleanReport> {
  const started = Date.now()
  const before = await tableCounts(payload)
  const schema = schemaName(payload)
  const wiped = wipedCollections(payload)
  const wipedUploads = uploadCollectionSlugs(payload).filter((slug) => wiped.includes(slug))

  const { removedUsers, keptAdmins, files } = await withClient(payload, async (client) => {
    const files = (await listStoredFiles(client, payload, schema)).filter((file) => wipedUploads.includes(file.collection))
    try {
      await client.query('BEGIN')
      // The emptied collections' tables with their array/relation/version sub-tables, in one
      // TRUNCATE (so the order of foreign keys between them does not matter). No CASCADE: if a
      // kept table pointed at one of them, PostgreSQL refuses and nothing is removed.
      const prefixes = wiped.map((slug) => collectionTableName(payload, slug))
      const { rows: tables } = await client.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`,
        [schema],
      )
      // Globals (settings, the jobs scheduler's stats…) are configuration, even when their name
      // starts like an emptied collection's (payload_jobs_stats).
      const globals = payload.config.globals.map((global) => (typeof global.dbName === 'string' && global.dbName) || global.slug.replace(/-/g, '_'))
      const isGlobal = (name: string) => globals.some((table) => name === table || name.startsWith(`${table}_`))
      const toEmpty = tables
        .map((table) => table.name)
        .filter((name) => !isGlobal(name) && prefixes.some((prefix) => [prefix, `_${prefix}_v`].some((base) => name === base || name.startsWith(`${base}_`))))
      if (toEmpty.length) await client.query(`TRUNCATE ${toEmpty.map((name) => qualified(schema, name)).join(', ')}`)
      const isAdmin = `EXISTS (SELECT 1 FROM ${qualified(schema, 'users_roles')} r WHERE r.parent_id = u.id AND r.value = 'admin')`
      const removed = await client.query(`DELETE FROM ${qualified(schema, 'users')} u WHERE NOT ${isAdmin}`)
      const admins = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${qualified(schema, 'users')} u`)
      // Preferences belonged to accounts through their relation rows: drop those left without one.
      await client.query(
        `DELETE FROM ${qualified(schema, 'payload_preferences')} p
          WHERE NOT EXISTS (SELECT 1 FROM ${qualified(schema, 'payload_preferences_rels')} r WHERE r.parent_id = p.id)`,
      )
      await client.query('COMMIT')
      return { removedUsers: removed.rowCount ?? 0, keptAdmins: Number(admins.rows[0].n), files }
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    }
  })

  const removedFiles = await removeStoredFiles(payload, wipedUploads, files)
  const after = await tableCounts(payload)
  const removedRows: Record<string, number> = {}
  for (const [table, count] of Object.entries(before)) {
    const lost = count - (after[table] ?? 0)
    if (lost > 0) removedRows[table] = lost
  }
  return { ms: Date.now() - started, removedRows, removedUsers, keptAdmins, files: removedFiles.files, fileBytes: removedFiles.bytes }
}
