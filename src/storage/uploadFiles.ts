import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { s3Settings, type S3Settings } from './s3Settings'

/**
 * Reading and writing the files of upload collections outside Payload's upload pipeline
 * (backups, restores, badges, CV analysis), the same way whether files live on local disk
 * (the collection's `upload.staticDir`) or in the S3 bucket (`<slug>/<filename>`, see
 * storagePlugin.ts). These functions check no access: callers decide who may read what.
 */

function uploadConfig(payload: Payload, collection: string) {
  const config = payload.collections[collection as keyof typeof payload.collections]?.config
  if (!config?.upload) throw new Error(`La collection « ${collection} » ne stocke pas de fichiers.`)
  return config.upload
}

/** A stored file name never contains a folder: refuse anything that could walk out of its place. */
function safeName(filename: string): string {
  if (!filename || filename !== path.basename(filename) || filename === '.' || filename === '..' || filename.includes('\\')) {
    throw new Error(`Nom de fichier refusé : ${JSON.stringify(filename)}`)
  }
  return filename
}

type Location = { kind: 's3'; settings: S3Settings; key: string } | { kind: 'disk'; file: string }

function locate(payload: Payload, collection: string, filename: string): Location {
  const upload = uploadConfig(payload, collection)
  const name = safeName(filename)
  const settings = s3Settings()
  // storagePlugin turns local storage off for every collection it sends to the bucket.
  if (upload.disableLocalStorage && settings) return { kind: 's3', settings, key: `${collection}/${name}` }
  const staticDir = upload.staticDir ?? collection
  return { kind: 'disk', file: path.join(path.resolve(staticDir), name) }
}

const clients = new Map<string, S3Client>()
function clientFor(settings: S3Settings): S3Client {
  const cacheKey = JSON.stringify([settings.config.endpoint, settings.config.region, settings.config.credentials])
  let client = clients.get(cacheKey)
  if (!client) {
    client = new S3Client(settings.config)
    clients.set(cacheKey, client)
  }
  return client
}

const isMissing = (error: unknown) => {
  const e = error as { code?: string; name?: string; $metadata?: { httpStatusCode?: number } }
  return e?.code === 'ENOENT' || e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404
}

/** The file's bytes, or null when it does not exist. */
export async function readUploadFile(payload: Payload, collection: string, filename: string): Promise<Buffer | null> {
  const where = locate(payload, collection, filename)
  try {
    if (where.kind === 'disk') return await readFile(where.file)
    const object = await clientFor(where.settings).send(new GetObjectCommand({ Bucket: where.settings.bucket, Key: where.key }))
    if (!object.Body) return null
    return Buffer.from(await object.Body.transformToByteArray())
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}

/** Writes (or replaces) a file. */
export async function writeUploadFile(
  payload: Payload,
  collection: string,
  filename: string,
  data: Buffer,
  mimeType: string,
): Promise<void> {
  const where = locate(payload, collection, filename)
  if (where.kind === 'disk') {
    await mkdir(path.dirname(where.file), { recursive: true })
    await writeFile(where.file, data)
    return
  }
  await clientFor(where.settings).send(
    new PutObjectCommand({ Bucket: where.settings.bucket, Key: where.key, Body: data, ContentType: mimeType, ACL: 'private' }),
  )
}

/** Deletes a file; a file already gone is not an error. */
export async function deleteUploadFile(payload: Payload, collection: string, filename: string): Promise<void> {
  const where = locate(payload, collection, filename)
  if (where.kind === 'disk') {
    await rm(where.file, { force: true })
    return
  }
  await clientFor(where.settings).send(new DeleteObjectCommand({ Bucket: where.settings.bucket, Key: where.key }))
}

/** Slugs of every collection with `upload` in the running config. */
export function uploadCollections(payload: Payload): string[] {
  return payload.config.collections.filter((collection) => Boolean(collection.upload)).map((collection) => collection.slug)
}

/** Where files are kept, for the health check and the admin: 's3' or 'disk'. */
export function storageKind(payload: Payload, collection: string): 's3' | 'disk' {
  return locate(payload, collection, 'probe').kind
}
