import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/** Written in every backup; a ZIP whose manifest does not say this is not ours. */
export const BACKUP_APP = 'taalentio'
export const BACKUP_FORMAT = 1
export const MANIFEST_NAME = 'manifest.json'

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const count = z.number().int().nonnegative()

export const manifestSchema = z.object({
  app: z.string(),
  format: z.number().int(),
  appVersion: z.string(),
  migration: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  database: z.object({
    schema: z.string(),
    tables: z.array(
      z.object({
        name: z.string().regex(/^[a-z0-9_]+$/),
        path: z.string(),
        columns: z.array(z.string()),
        rows: count,
        bytes: count,
        sha256,
      }),
    ),
    sequences: z.array(z.object({ sequence: z.string(), lastValue: z.string(), isCalled: z.boolean() })),
  }),
  files: z.array(
    z.object({ collection: z.string().regex(/^[a-z0-9-]+$/), filename: z.string(), path: z.string(), bytes: count, sha256 }),
  ),
  /** Files the records name but that were missing on disk when the backup was made. */
  missingFiles: z.array(z.object({ collection: z.string(), filename: z.string() })),
  /** Records per Payload collection, for people reading the manifest. */
  counts: z.record(z.string(), count),
})

export type BackupManifest = z.infer<typeof manifestSchema>

export const tablePath = (table: string) => `database/${table}.ndjson`
export const filePath = (collection: string, filename: string) => `files/${collection}/${filename}`

let version: string | undefined
/** The app's version from package.json. */
export function appVersion(): string {
  if (!version) {
    try {
      version = String(JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')).version ?? '0.0.0')
    } catch {
      version = '0.0.0'
    }
  }
  return version
}
