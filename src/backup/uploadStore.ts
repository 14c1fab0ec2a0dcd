import { createReadStream } from 'node:fs'
import { access, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

import { deleteUploadFile, readUploadFile, storageKind, uploadCollections, writeUploadFile } from '@/storage/uploadFiles'
import { qualified } from './schema'

/**
 * Uploaded files as the backup sees them: one entry per stored file (the original and each
 * resized image), listed from the upload collections' rows so a backup holds exactly the
 * files the records point to.
 */
export type StoredFile = { collection: string; filename: string; recordId?: number }

/** Slugs of every collection that stores files. */
export function uploadCollectionSlugs(payload: Payload): string[] {
  return uploadCollections(payload)
}

const onDisk = (payload: Payload, slug: string) => storageKind(payload, slug) === 'disk'

export function collectionTableName(payload: Payload, slug: string): string {
  const config = payload.collections[slug as keyof typeof payload.collections]?.config
  return (typeof config?.dbName === 'string' && config.dbName) || slug.replace(/-/g, '_')
}

/** Directory holding the collection's files on this server's disk. */
export function localUploadDir(payload: Payload, slug: string): string {
  const upload = payload.collections[slug as keyof typeof payload.collections]?.config.upload
  const staticDir = typeof upload === 'object' && upload.staticDir ? upload.staticDir : slug
  return path.resolve(staticDir)
}

/** Every file named by an upload collection's rows (`filename` and each `sizes_*_filename`). */
export async function listStoredFiles(client: PoolClient, payload: Payload, schema: string): Promise<StoredFile[]> {
  const files: StoredFile[] = []
  for (const collection of uploadCollectionSlugs(payload)) {
    const table = collectionTableName(payload, collection)
    const { rows: columns } = await client.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = $1 AND table_name = $2 AND (column_name = 'filename' OR column_name ~ '^sizes_.+_filename$')`,
      [schema, table],
    )
    if (columns.length === 0) continue
    const names = columns.map((column) => `"${column.column_name}"`).join(', ')
    const { rows } = await client.query<{ filename: string; id: number }>(
      `SELECT DISTINCT ON (filename) filename, id FROM (SELECT id, unnest(ARRAY[${names}]) AS filename FROM ${qualified(schema, table)}) f
        WHERE filename IS NOT NULL AND filename <> '' ORDER BY filename, id`,
    )
    for (const row of rows) files.push({ collection, filename: row.filename, recordId: row.id })
  }
  return files
}

/** A stored file's bytes as a stream, or null when it is missing. */
export async function openStoredFile(payload: Payload, file: StoredFile): Promise<Readable | null> {
  if (!onDisk(payload, file.collection)) {
    const bytes = await readUploadFile(payload, file.collection, file.filename)
    return bytes ? Readable.from([bytes]) : null
  }
  const target = path.join(localUploadDir(payload, file.collection), safeFilename(file.filename))
  try {
    await access(target)
  } catch {
    return null
  }
  return createReadStream(target)
}

export async function storedFileExists(payload: Payload, file: StoredFile): Promise<boolean> {
  if (!onDisk(payload, file.collection)) return (await readUploadFile(payload, file.collection, file.filename)) !== null
  try {
    const info = await stat(path.join(localUploadDir(payload, file.collection), safeFilename(file.filename)))
    return info.isFile()
  } catch {
    return false
  }
}

/**
 * Removes the stored files of the collections (data clean-up): on disk every file of each
 * collection's folder, in the bucket the files `known` lists (those the records named).
 */
export async function removeStoredFiles(payload: Payload, collections: string[], known: StoredFile[]): Promise<{ files: number; bytes: number }> {
  let files = 0
  let bytes = 0
  for (const collection of collections) {
    if (!onDisk(payload, collection)) {
      for (const file of known.filter((item) => item.collection === collection)) {
        await deleteUploadFile(payload, collection, file.filename)
        files += 1
      }
      continue
    }
    const directory = localUploadDir(payload, collection)
    const entries = await readdir(directory, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (!entry.isFile()) continue
      const target = path.join(directory, entry.name)
      bytes += (await stat(target)).size
      await rm(target, { force: true })
      files += 1
    }
  }
  return { files, bytes }
}

/**
 * Puts staged directories (one per collection, already complete) in place of the live ones:
 * each live directory is renamed aside, the staged one renamed in, then the old one removed.
 * Renames on one file system are atomic, so readers see either the old or the new files.
 */
export async function swapInStagedFiles(payload: Payload, stagedRoot: string, collections: string[], previous: StoredFile[]): Promise<void> {
  for (const collection of collections) {
    if (!onDisk(payload, collection)) {
      await replaceInBucket(payload, path.join(stagedRoot, collection), collection, previous)
      continue
    }
    const live = localUploadDir(payload, collection)
    const staged = path.join(stagedRoot, collection)
    await mkdir(staged, { recursive: true })
    await mkdir(path.dirname(live), { recursive: true })
    const aside = `${live}.before-restore-${Date.now()}`
    const hadLive = await stat(live).then(() => true, () => false)
    if (hadLive) await rename(live, aside)
    try {
      await rename(staged, live)
    } catch (error) {
      if (hadLive) await rename(aside, live)
      throw error
    }
    if (hadLive) await rm(aside, { recursive: true, force: true })
  }
}

/** In the bucket: write every staged file, then delete the previous files the backup does not have. */
async function replaceInBucket(payload: Payload, staged: string, collection: string, previous: StoredFile[]): Promise<void> {
  const names = await readdir(staged).catch(() => [] as string[])
  for (const name of names) await writeUploadFile(payload, collection, name, await readFile(path.join(staged, name)), mimeTypeOf(name))
  const kept = new Set(names)
  for (const file of previous) {
    if (file.collection === collection && !kept.has(file.filename)) await deleteUploadFile(payload, collection, file.filename)
  }
}

const MIME_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

export function mimeTypeOf(filename: string): string {
  return MIME_TYPES[path.extname(filename).toLowerCase()] ?? 'application/octet-stream'
}

/** Where a restore stages files: beside the live upload directories, so the swap is a rename. */
export function stagingRoot(payload: Payload): string {
  const first = uploadCollectionSlugs(payload)[0]
  const base = first ? path.dirname(localUploadDir(payload, first)) : path.resolve('uploads')
  return path.join(base, `.restore-${process.pid}-${Date.now()}`)
}

/** A file name from a record or a ZIP is used as one path segment only. */
export function safeFilename(filename: string): string {
  const name = path.basename(filename)
  if (!name || name === '.' || name === '..' || name !== filename) throw new Error(`Nom de fichier refusé : ${filename}`)
  return name
}
