import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import type { PayloadRequest } from 'payload'

import { BACKUP_TEMP_DIR } from './createBackup'

export class UploadTooLarge extends Error {}

/** Largest backup accepted by the online restore (BACKUP_MAX_UPLOAD_MB, default 2 GB). */
export function maxRestoreBytes(): number {
  const megabytes = Number(process.env.BACKUP_MAX_UPLOAD_MB)
  return (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 2048) * 1024 * 1024
}

/**
 * Writes the uploaded backup to a temp file and returns its path (null when nothing was sent).
 * The admin page sends the ZIP as the raw body (streamed to disk, memory stays flat); a
 * multipart form with a `file` field (curl -F file=@backup.zip) is accepted too.
 */
export async function receiveBackupUpload(req: PayloadRequest): Promise<string | null> {
  const maxBytes = maxRestoreBytes()
  let source: Readable | null = null
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    const form = await req.formData!()
    const file = form.get('file')
    if (!file || typeof file === 'string' || file.size === 0) return null
    if (file.size > maxBytes) throw new UploadTooLarge()
    source = Readable.fromWeb(file.stream() as unknown as WebReadableStream)
  } else if (req.body) {
    const declared = Number(req.headers.get('content-length'))
    if (declared > maxBytes) throw new UploadTooLarge()
    source = Readable.fromWeb(req.body as unknown as WebReadableStream)
  }
  if (!source) return null

  await mkdir(BACKUP_TEMP_DIR, { recursive: true })
  const target = path.join(BACKUP_TEMP_DIR, `upload-${process.pid}-${Date.now()}.zip`)
  let bytes = 0
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length
      callback(bytes > maxBytes ? new UploadTooLarge() : null, chunk)
    },
  })
  try {
    await pipeline(source, limit, createWriteStream(target))
  } catch (error) {
    await rm(target, { force: true })
    throw error
  }
  if (bytes === 0) {
    await rm(target, { force: true })
    return null
  }
  return target
}
