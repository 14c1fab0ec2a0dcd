import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { BACKUP_TEMP_DIR } from '@/backup/createBackup'
import { localUploadDir, uploadCollectionSlugs } from '@/backup/uploadStore'
import { pathSize } from './sizes'

export type TempCleanupReport = {
  ms: number
  removed: { kind: TempKind; path: string; files: number; bytes: number }[]
  files: number
  bytes: number
  kept: number
}

export type TempKind = 'backup' | 'restore_staging' | 'restore_leftover' | 'image_cache'

/** Younger than this, a temp file may belong to an operation still running: it is kept. */
const MIN_AGE_MS = 60 * 60 * 1000

/**
 * What this app leaves behind and may be removed:
 * - backup ZIPs built for download or received for restore (system temp folder);
 * - restore staging folders (`.restore-*`) and folders set aside during a swap
 *   (`*.before-restore-*`) beside the upload folders, after an interrupted restore;
 * - Next.js's optimised image cache (`.next/cache/images`), rebuilt on demand.
 * Everything younger than an hour is kept (an operation may be using it).
 */
export async function cleanTempFiles(payload: Payload, { now = Date.now() }: { now?: number } = {}): Promise<TempCleanupReport> {
  const started = Date.now()
  const candidates: { kind: TempKind; path: string }[] = []
  for (const name of await readdir(BACKUP_TEMP_DIR).catch(() => [] as string[])) candidates.push({ kind: 'backup', path: path.join(BACKUP_TEMP_DIR, name) })
  const uploadRoots = new Set(uploadCollectionSlugs(payload).map((slug) => path.dirname(localUploadDir(payload, slug))))
  for (const root of uploadRoots) {
    for (const name of await readdir(root).catch(() => [] as string[])) {
      if (name.startsWith('.restore-')) candidates.push({ kind: 'restore_staging', path: path.join(root, name) })
      else if (name.includes('.before-restore-')) candidates.push({ kind: 'restore_leftover', path: path.join(root, name) })
    }
  }
  const imageCache = path.resolve('.next', 'cache', 'images')
  for (const name of await readdir(imageCache).catch(() => [] as string[])) candidates.push({ kind: 'image_cache', path: path.join(imageCache, name) })

  const report: TempCleanupReport = { ms: 0, removed: [], files: 0, bytes: 0, kept: 0 }
  for (const candidate of candidates) {
    const info = await stat(candidate.path).catch(() => null)
    if (!info) continue
    if (candidate.kind !== 'image_cache' && now - info.mtimeMs < MIN_AGE_MS) {
      report.kept += 1
      continue
    }
    const size = await pathSize(candidate.path)
    await rm(candidate.path, { recursive: true, force: true })
    report.removed.push({ ...candidate, ...size })
    report.files += size.files
    report.bytes += size.bytes
  }
  report.ms = Date.now() - started
  return report
}
