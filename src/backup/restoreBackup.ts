import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Payload } from 'payload'
import yauzl from 'yauzl'

import { clearReferenceCache } from '@/reference-data/referenceCache'
import { databasePool, withClient } from './createBackup'
import { BACKUP_APP, BACKUP_FORMAT, MANIFEST_NAME, filePath, manifestSchema, tablePath, type BackupManifest } from './manifest'
import { immediateForeignKeys, latestMigration, listDataTables, qualified, quoteIdent, schemaName } from './schema'
import { listStoredFiles, safeFilename, stagingRoot, swapInStagedFiles, uploadCollectionSlugs } from './uploadStore'

export type RestoreProblemCode =
  | 'zip_unreadable'
  | 'manifest_missing'
  | 'manifest_invalid'
  | 'foreign_app'
  | 'format_unsupported'
  | 'migration_mismatch'
  | 'schema_mismatch'
  | 'part_missing'
  | 'part_unexpected'
  | 'part_unreadable'
  | 'size_mismatch'
  | 'hash_mismatch'
  | 'count_mismatch'

export type RestoreProblem = { code: RestoreProblemCode; part?: string; expected?: string | number; actual?: string | number }

/** A backup that failed verification: nothing was changed. */
export class RestoreRefused extends Error {
  constructor(readonly problems: RestoreProblem[]) {
    super(`Restauration refusée : ${problems.map((problem) => problem.code + (problem.part ? ` (${problem.part})` : '')).join(', ')}`)
    this.name = 'RestoreRefused'
  }
}

export type RestoreSummary = {
  createdAt: string
  appVersion: string
  migration: string
  tables: number
  rows: number
  files: number
  fileBytes: number
  counts: Record<string, number>
  verifyMs: number
  applyMs: number
}

type Verified = { manifest: BackupManifest; stagingDir: string }

const MAX_PROBLEMS = 25
const MANIFEST_MAX_BYTES = 64 * 1024 * 1024
const INSERT_BATCH_BYTES = 4 * 1024 * 1024
const INSERT_BATCH_ROWS = 2_000

/**
 * Restores a backup ZIP: verifies everything first (`verifyBackup`), then replaces every data
 * table in ONE transaction and swaps the staged upload directories in after the commit.
 * A refused or failed restore leaves the database and the files as they were.
 */
export async function restoreBackup(payload: Payload, zipPath: string): Promise<RestoreSummary> {
  const verifyStarted = Date.now()
  const { manifest, stagingDir } = await verifyBackup(payload, zipPath)
  const verifyMs = Date.now() - verifyStarted
  const applyStarted = Date.now()
  try {
    const previousFiles = await withClient(payload, (client) => listStoredFiles(client, payload, schemaName(payload)))
    await applyRows(payload, manifest, stagingDir)
    await swapInStagedFiles(payload, path.join(stagingDir, 'files'), uploadCollectionSlugs(payload), previousFiles)
  } finally {
    await rm(stagingDir, { recursive: true, force: true })
  }
  clearReferenceCache()
  return {
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    migration: manifest.migration,
    tables: manifest.database.tables.length,
    rows: manifest.database.tables.reduce((sum, table) => sum + table.rows, 0),
    files: manifest.files.length,
    fileBytes: manifest.files.reduce((sum, file) => sum + file.bytes, 0),
    counts: manifest.counts,
    verifyMs,
    applyMs: Date.now() - applyStarted,
  }
}

/**
 * Reads the whole ZIP and checks it against its manifest and this instance: our app and format,
 * the same schema migration and tables, every part present, nothing unexpected, and each part's
 * size, SHA-256 and row count. Parts are streamed to a staging directory while being checked.
 * Throws RestoreRefused with every problem found (the staging directory is then removed).
 */
export async function verifyBackup(payload: Payload, zipPath: string): Promise<Verified> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true })
  } catch {
    throw new RestoreRefused([{ code: 'zip_unreadable' }])
  }
  const stagingDir = stagingRoot(payload)
  try {
    const entries = new Map<string, yauzl.Entry>()
    try {
      for await (const entry of zip.eachEntry()) {
        if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry)
      }
    } catch {
      throw new RestoreRefused([{ code: 'zip_unreadable' }])
    }

    const manifestEntry = entries.get(MANIFEST_NAME)
    if (!manifestEntry) throw new RestoreRefused([{ code: 'manifest_missing' }])
    let manifest: BackupManifest
    try {
      if (manifestEntry.uncompressedSize > MANIFEST_MAX_BYTES) throw new Error('manifest too large')
      const text = await readEntryText(zip, manifestEntry)
      const parsed = manifestSchema.safeParse(JSON.parse(text))
      if (!parsed.success) {
        const app = (JSON.parse(text) as { app?: unknown })?.app
        throw new RestoreRefused([{ code: app === BACKUP_APP ? 'manifest_invalid' : 'foreign_app', actual: typeof app === 'string' ? app : undefined }])
      }
      manifest = parsed.data
    } catch (error) {
      if (error instanceof RestoreRefused) throw error
      throw new RestoreRefused([{ code: 'manifest_invalid' }])
    }
    if (manifest.app !== BACKUP_APP) throw new RestoreRefused([{ code: 'foreign_app', expected: BACKUP_APP, actual: manifest.app }])
    if (manifest.format !== BACKUP_FORMAT) throw new RestoreRefused([{ code: 'format_unsupported', expected: BACKUP_FORMAT, actual: manifest.format }])

    const problems: RestoreProblem[] = []
    const add = (problem: RestoreProblem) => {
      if (problems.length < MAX_PROBLEMS) problems.push(problem)
    }
    await checkSchema(payload, manifest, add)
    if (problems.length) throw new RestoreRefused(problems)

    // Every part the manifest names must be there, under the name it would have been written as.
    const uploadSlugs = new Set(uploadCollectionSlugs(payload))
    const expected = new Map<string, { kind: 'table'; table: BackupManifest['database']['tables'][number] } | { kind: 'file'; file: BackupManifest['files'][number] }>()
    for (const table of manifest.database.tables) {
      if (table.path !== tablePath(table.name)) add({ code: 'manifest_invalid', part: table.path })
      expected.set(table.path, { kind: 'table', table })
    }
    for (const file of manifest.files) {
      let safe = true
      try {
        safeFilename(file.filename)
      } catch {
        safe = false
      }
      if (!safe || file.path !== filePath(file.collection, file.filename) || !uploadSlugs.has(file.collection)) add({ code: 'manifest_invalid', part: file.path })
      expected.set(file.path, { kind: 'file', file })
    }
    for (const name of entries.keys()) {
      if (name !== MANIFEST_NAME && !expected.has(name)) add({ code: 'part_unexpected', part: name })
    }
    for (const name of expected.keys()) if (!entries.has(name)) add({ code: 'part_missing', part: name })
    if (problems.length) throw new RestoreRefused(problems)

    await mkdir(path.join(stagingDir, 'database'), { recursive: true })
    for (const slug of uploadSlugs) await mkdir(path.join(stagingDir, 'files', slug), { recursive: true })
    for (const [name, part] of expected) {
      const entry = entries.get(name)!
      const declaredBytes = part.kind === 'table' ? part.table.bytes : part.file.bytes
      if (entry.uncompressedSize !== declaredBytes) {
        add({ code: 'size_mismatch', part: name, expected: declaredBytes, actual: entry.uncompressedSize })
        continue
      }
      const destination =
        part.kind === 'table' ? path.join(stagingDir, 'database', `${part.table.name}.ndjson`) : path.join(stagingDir, 'files', part.file.collection, part.file.filename)
      let measured: { bytes: number; sha256: string; lines: number }
      try {
        measured = await stageEntry(zip, entry, destination, declaredBytes)
      } catch {
        add({ code: 'part_unreadable', part: name })
        continue
      }
      const declaredHash = part.kind === 'table' ? part.table.sha256 : part.file.sha256
      if (measured.bytes !== declaredBytes) add({ code: 'size_mismatch', part: name, expected: declaredBytes, actual: measured.bytes })
      else if (measured.sha256 !== declaredHash) add({ code: 'hash_mismatch', part: name })
      else if (part.kind === 'table' && measured.lines !== part.table.rows) add({ code: 'count_mismatch', part: name, expected: part.table.rows, actual: measured.lines })
    }
    if (problems.length) throw new RestoreRefused(problems)
    return { manifest, stagingDir }
  } catch (error) {
    await rm(stagingDir, { recursive: true, force: true })
    throw error
  } finally {
    zip.close()
  }
}

async function checkSchema(payload: Payload, manifest: BackupManifest, add: (problem: RestoreProblem) => void): Promise<void> {
  const client = await databasePool(payload).connect()
  try {
    const schema = schemaName(payload)
    const migration = await latestMigration(client, schema)
    if (manifest.migration !== migration) {
      add({ code: 'migration_mismatch', expected: migration, actual: manifest.migration })
      return
    }
    const tables = await listDataTables(client, schema)
    const inBackup = new Map(manifest.database.tables.map((table) => [table.name, table]))
    for (const table of tables) {
      const saved = inBackup.get(table.name)
      if (!saved) add({ code: 'schema_mismatch', part: table.name })
      else if (saved.columns.join(',') !== table.columns.join(',')) add({ code: 'schema_mismatch', part: table.name })
      inBackup.delete(table.name)
    }
    for (const name of inBackup.keys()) add({ code: 'schema_mismatch', part: name })
  } finally {
    client.release()
  }
}

async function readEntryText(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<string> {
  const stream = await zip.openReadStreamPromise(entry)
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Copies one entry to disk, hashing it, counting its lines and never writing more than declared. */
async function stageEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, destination: string, maxBytes: number) {
  const hash = createHash('sha256')
  let bytes = 0
  let lines = 0
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length
      if (bytes > maxBytes) return callback(new Error('entry larger than declared'))
      hash.update(chunk)
      for (const byte of chunk) if (byte === 0x0a) lines += 1
      callback(null, chunk)
    },
  })
  const source: Readable = await zip.openReadStreamPromise(entry)
  await pipeline(source, measure, createWriteStream(destination))
  return { bytes, sha256: hash.digest('hex'), lines }
}

/**
 * Replaces every data table's rows in one transaction: TRUNCATE them all, insert the staged
 * rows in batches (PostgreSQL turns each JSON line back into the row with
 * jsonb_populate_recordset), put each sequence back where it was. Foreign keys are checked
 * once at the end (made deferrable for the transaction only), so the order of tables and any
 * cycle between them do not matter.
 */
async function applyRows(payload: Payload, manifest: BackupManifest, stagingDir: string): Promise<void> {
  const schema = schemaName(payload)
  const client = await databasePool(payload).connect()
  try {
    await client.query('BEGIN')
    const tables = manifest.database.tables.map((table) => table.name)
    // Every table locked at once, up front: no request can slip a write in between, and no
    // lock is taken table by table later (which could deadlock with a running request).
    if (tables.length) await client.query(`LOCK TABLE ${tables.map((table) => qualified(schema, table)).join(', ')} IN ACCESS EXCLUSIVE MODE`)
    const foreignKeys = await immediateForeignKeys(client, schema, tables)
    for (const key of foreignKeys) {
      await client.query(`ALTER TABLE ${qualified(schema, key.table)} ALTER CONSTRAINT ${quoteIdent(key.name)} DEFERRABLE`)
    }
    await client.query('SET CONSTRAINTS ALL DEFERRED')
    if (tables.length) await client.query(`TRUNCATE ${tables.map((table) => qualified(schema, table)).join(', ')} CASCADE`)

    for (const table of manifest.database.tables) {
      if (table.rows === 0) continue
      const insert = `INSERT INTO ${qualified(schema, table.name)} SELECT * FROM jsonb_populate_recordset(NULL::${qualified(schema, table.name)}, $1::jsonb)`
      const lines = createInterface({ input: createReadStream(path.join(stagingDir, 'database', `${table.name}.ndjson`), 'utf8'), crlfDelay: Infinity })
      let batch: string[] = []
      let batchBytes = 0
      for await (const line of lines) {
        if (!line) continue
        batch.push(line)
        batchBytes += line.length
        if (batch.length >= INSERT_BATCH_ROWS || batchBytes >= INSERT_BATCH_BYTES) {
          await client.query(insert, [`[${batch.join(',')}]`])
          batch = []
          batchBytes = 0
        }
      }
      if (batch.length) await client.query(insert, [`[${batch.join(',')}]`])
    }
    for (const sequence of manifest.database.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [sequence.sequence, sequence.lastValue, sequence.isCalled])
    }

    await client.query('SET CONSTRAINTS ALL IMMEDIATE')
    for (const key of foreignKeys) {
      await client.query(`ALTER TABLE ${qualified(schema, key.table)} ALTER CONSTRAINT ${quoteIdent(key.name)} NOT DEFERRABLE`)
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
  // Planner statistics now, not at autovacuum's next pass: right after a bulk load the planner
  // still sees the old table sizes (measured on 50,000 fresh profiles: an export 60× slower).
  await withClient(payload, (client) => client.query('ANALYZE')).catch((error: unknown) =>
    payload.logger.warn({ err: error, msg: 'ANALYZE after the restore failed' }),
  )
}
