import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

/**
 * Tables left out of a backup, and never touched by a restore:
 * - `payload_migrations` describes the schema, not the data: a backup restores only onto the
 *   same migration (checked), so its rows are already right;
 * - `payload_locked_documents(_rels)` are "someone is editing this" locks of live admin
 *   sessions: restoring them would lock documents for people who are not editing.
 * Everything else is data and is kept: sessions (whoever was signed in at backup time stays
 * signed in), admin preferences, queued jobs (a CV analysis pending at backup time resumes),
 * key-value store, logs, code sequences (so codes are never reissued).
 */
export const EXCLUDED_TABLES: ReadonlySet<string> = new Set([
  'payload_migrations',
  'payload_locked_documents',
  'payload_locked_documents_rels',
])

export type TableInfo = {
  name: string
  columns: string[]
  primaryKey: string[]
  /** Sequences owned by a column (serial ids). */
  sequences: { column: string; sequence: string }[]
}

export type ForeignKey = { name: string; table: string }

export function schemaName(payload: Payload): string {
  return (payload.db as { schemaName?: string }).schemaName || 'public'
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`

export function qualified(schema: string, table: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(table)}`
}

/** Every data table of the app's schema (see EXCLUDED_TABLES), with its columns, key and sequences. */
export async function listDataTables(client: PoolClient, schema: string): Promise<TableInfo[]> {
  const { rows } = await client.query<{ table_name: string; columns: string[]; pk: string[] | null; seqs: { column: string; sequence: string }[] | null }>(
    `SELECT t.table_name,
            (SELECT array_agg(c.column_name::text ORDER BY c.ordinal_position) FROM information_schema.columns c
              WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name) AS columns,
            (SELECT array_agg(a.attname::text ORDER BY array_position(i.indkey, a.attnum)) FROM pg_index i
               JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
              WHERE i.indrelid = format('%I.%I', t.table_schema, t.table_name)::regclass AND i.indisprimary) AS pk,
            (SELECT json_agg(json_build_object('column', c.column_name, 'sequence', pg_get_serial_sequence(format('%I.%I', t.table_schema, t.table_name), c.column_name)))
               FROM information_schema.columns c
              WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                AND pg_get_serial_sequence(format('%I.%I', t.table_schema, t.table_name), c.column_name) IS NOT NULL) AS seqs
       FROM information_schema.tables t
      WHERE t.table_schema = $1 AND t.table_type = 'BASE TABLE'
      ORDER BY t.table_name`,
    [schema],
  )
  return rows
    .filter((row) => !EXCLUDED_TABLES.has(row.table_name))
    .map((row) => ({ name: row.table_name, columns: row.columns, primaryKey: row.pk ?? [], sequences: row.seqs ?? [] }))
}

/** Foreign keys whose both ends are among `tables` and that are not already deferrable. */
export async function immediateForeignKeys(client: PoolClient, schema: string, tables: string[]): Promise<ForeignKey[]> {
  const { rows } = await client.query<{ name: string; table: string }>(
    `SELECT con.conname AS name, rel.relname AS table
       FROM pg_constraint con
       JOIN pg_class rel ON rel.oid = con.conrelid
       JOIN pg_namespace ns ON ns.oid = rel.relnamespace
       JOIN pg_class ref ON ref.oid = con.confrelid
      WHERE con.contype = 'f' AND NOT con.condeferrable AND ns.nspname = $1
        AND rel.relname = ANY ($2) AND ref.relname = ANY ($2)`,
    [schema, tables],
  )
  return rows
}

/** Name of the newest applied migration: a backup restores only onto the same schema. */
export async function latestMigration(client: PoolClient, schema: string): Promise<string> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT name FROM ${qualified(schema, 'payload_migrations')} WHERE name <> 'dev' ORDER BY id DESC LIMIT 1`,
  )
  return rows[0]?.name ?? ''
}
