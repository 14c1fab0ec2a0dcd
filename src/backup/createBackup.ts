import { ZipArchive } from 'archiver'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { finished } from 'node:stream/promises'
import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

import { appVersion, BACKUP_APP, BACKUP_FORMAT, filePath, MANIFEST_NAME, tablePath, type BackupManifest } from './manifest'
import { latestMigration, listDataTables, qualified, quoteIdent, schemaName } from './schema'
import { listStoredFiles, openStoredFile, collectionTableName } from './uploadStore'

export type BackupResult = { path: string; filename: string; bytes: number; ms: number; manifest: BackupManifest }

/** Where backups are built before they are sent (removed once downloaded; stale ones by the temp clean-up). */
export const BACKUP_TEMP_DIR = path.join(os.tmpdir(), 'taalentio-backups')

const ROWS_PER_FETCH = 500

export function databasePool(payload: Payload): Pool {
  return (payload.db as unknown as { pool: Pool }).pool
}

export async function withClient<T>(payload: Payload, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await databasePool(payload).connect()
  try {
    return await work(client)
  } finally {
    client.release()
  }
}

/** A pass-through stream that measures what goes through it. */
function measuringStream() {
  const hash = createHash('sha256')
  let bytes = 0
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk)
      bytes += chunk.length
      callback(null, chunk)
    },
  })
  return { stream, result: () => ({ bytes, sha256: hash.digest('hex') }) }
}

async function write(stream: Transform, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain')
}

/**
 * One ZIP with every data table (one NDJSON file per table, one row per line as PostgreSQL's
 * own `to_jsonb` text, so values round-trip exactly), every uploaded file, and a manifest
 * (app, format, app version, migration, counts, SHA-256 and size of each part). Rows are read
 * in one REPEATABLE READ snapshot through a cursor, and everything streams to a temp file:
 * memory stays flat whatever the size of the data.
 */
export async function createBackup(payload: Payload, { createdBy }: { createdBy: string | null }): Promise<BackupResult> {
  const started = Date.now()
  await mkdir(BACKUP_TEMP_DIR, { recursive: true })
  const createdAt = new Date()
  const stamp = createdAt.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  const filename = `taalentio-sauvegarde-${stamp}.zip`
  const target = path.join(BACKUP_TEMP_DIR, `${process.pid}-${Date.now()}-${filename}`)

  const archive = new ZipArchive({ zlib: { level: 6 } })
  const output = createWriteStream(target)
  archive.pipe(output)
  let archiveError: Error | undefined
  archive.on('error', (error) => (archiveError = error))
  const written = finished(output)

  const addStream = async (name: string, source: Readable | null, fill?: (stream: Transform) => Promise<void>) => {
    const measured = measuringStream()
    archive.append(measured.stream, { name, date: createdAt })
    if (source) source.pipe(measured.stream)
    else if (fill) {
      await fill(measured.stream)
      measured.stream.end()
    }
    await finished(measured.stream)
    if (archiveError) throw archiveError
    return measured.result()
  }

  const schema = schemaName(payload)
  const manifest: BackupManifest = {
    app: BACKUP_APP,
    format: BACKUP_FORMAT,
    appVersion: appVersion(),
    migration: '',
    createdAt: createdAt.toISOString(),
    createdBy,
    database: { schema, tables: [], sequences: [] },
    files: [],
    missingFiles: [],
    counts: {},
  }

  try {
    const client = await databasePool(payload).connect()
    let storedFiles
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
      manifest.migration = await latestMigration(client, schema)
      const tables = await listDataTables(client, schema)
      for (const table of tables) {
        let rows = 0
        const order = table.primaryKey.length ? ` ORDER BY ${table.primaryKey.map(quoteIdent).join(', ')}` : ''
        const measured = await addStream(tablePath(table.name), null, async (stream) => {
          await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS line FROM ${qualified(schema, table.name)} t${order}`)
          for (;;) {
            const { rows: batch } = await client.query<{ line: string }>(`FETCH ${ROWS_PER_FETCH} FROM backup_rows`)
            if (batch.length === 0) break
            rows += batch.length
            await write(stream, batch.map((row) => row.line).join('\n') + '\n')
          }
          await client.query('CLOSE backup_rows')
        })
        manifest.database.tables.push({ name: table.name, path: tablePath(table.name), columns: table.columns, rows, ...measured })
        for (const { sequence } of table.sequences) {
          const { rows: state } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${sequence}`)
          manifest.database.sequences.push({ sequence, lastValue: state[0].last_value, isCalled: state[0].is_called })
        }
      }
      storedFiles = await listStoredFiles(client, payload, schema)
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    } finally {
      client.release()
    }

    const rowsByTable = new Map(manifest.database.tables.map((table) => [table.name, table.rows]))
    for (const collection of payload.config.collections) {
      manifest.counts[collection.slug] = rowsByTable.get(collectionTableName(payload, collection.slug)) ?? 0
    }

    for (const file of storedFiles) {
      const source = await openStoredFile(payload, file)
      if (!source) {
        manifest.missingFiles.push({ collection: file.collection, filename: file.filename })
        continue
      }
      const name = filePath(file.collection, file.filename)
      const measured = await addStream(name, source)
      manifest.files.push({ collection: file.collection, filename: file.filename, path: name, ...measured })
    }

    archive.append(JSON.stringify(manifest, null, 2), { name: MANIFEST_NAME, date: createdAt })
    await archive.finalize()
    await written
    if (archiveError) throw archiveError
  } catch (error) {
    archive.abort()
    output.destroy()
    await rm(target, { force: true })
    throw error
  }

  const { size } = await stat(target)
  return { path: target, filename, bytes: size, ms: Date.now() - started, manifest }
}
