import { GetObjectCommand } from '@aws-sdk/client-s3'
import { REST_GET } from '@payloadcms/next/routes'
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pdfFromText } from '../fixtures/cvs/cvFiles'
import { jpegPhoto, pdfCv } from '../helpers/files'
import { startS3Server } from '../helpers/s3Server'
import { TEST_ADMIN } from '../helpers/testEnv'
import { createUser } from '../helpers/users'

// Files of every upload collection go to a local S3-compatible server started here (s3rver):
// uploads, downloads through Payload's access-checked route, deletions, and uploadFiles.ts.
let s3: Awaited<ReturnType<typeof startS3Server>>
let payload: Payload
let config: SanitizedConfig
let storage: typeof import('@/storage/uploadFiles')

beforeAll(async () => {
  s3 = await startS3Server()
  // Before payload.config.ts is first imported: the storage plugin reads them when the config is built.
  Object.assign(process.env, s3.env)
  config = await (await import('../../payload.config')).default
  const { getPayload } = await import('payload')
  payload = await getPayload({ config })
  storage = await import('@/storage/uploadFiles')
})

// Documents whose files live in this run's bucket: removed before the bucket goes, so the
// test files that run next on the same database (backups…) find no document without its file.
const created: { collection: 'cvs' | 'photos'; id: number }[] = []

afterAll(async () => {
  for (const { collection, id } of created) await payload?.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
  for (const name of Object.keys(s3?.env ?? {})) delete process.env[name]
  await s3?.stop()
})

async function tokenOf(email: string, password: string): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return token!
}

/** GET /api/<collection>/file/<filename> through Payload's real REST handler, as Next would serve it. */
async function download(collection: string, filename: string, token?: string) {
  const request = new Request(`http://localhost/api/${collection}/file/${encodeURIComponent(filename)}`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
  const response = await REST_GET(config)(request, { params: Promise.resolve({ slug: [collection, 'file', filename] }) })
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()), type: response.headers.get('content-type') }
}

async function objectBytes(key: string): Promise<Buffer> {
  const object = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))
  return Buffer.from(await object.Body!.transformToByteArray())
}

describe('S3 storage (S3_BUCKET set)', () => {
  it('covers every upload collection of the config, with local storage off', () => {
    const uploads = config.collections.filter((collection) => collection.upload)
    expect(uploads.map((collection) => collection.slug)).toEqual(expect.arrayContaining(['photos', 'cvs', 'production-logos']))
    for (const collection of uploads) expect([collection.slug, collection.upload.disableLocalStorage]).toEqual([collection.slug, true])
    expect(storage.uploadCollections(payload).sort()).toEqual(uploads.map((collection) => collection.slug).sort())
  })

  it('stores a CV in the bucket, never on disk, and serves it only to its owner and staff', async () => {
    const owner = await createUser(payload, { roles: ['talent'] })
    const stranger = await createUser(payload, { roles: ['talent'] })
    const data = await pdfFromText('Awa Diop\nComédienne, Dakar\nExpérience : théâtre, cinéma, doublage (2015 - 2024)\nLangues : français, wolof, anglais')
    const cv = await payload.create({
      collection: 'cvs',
      data: {},
      file: { data, mimetype: 'application/pdf', name: 'cv-s3.pdf', size: data.byteLength },
      overrideAccess: false,
      user: owner,
    })
    created.push({ collection: 'cvs', id: cv.id })

    const key = `cvs/${cv.filename}`
    expect(await s3.keys('cvs/')).toContain(key)
    expect((await objectBytes(key)).equals(data)).toBe(true)
    expect(existsSync(path.resolve(process.env.UPLOADS_DIR || 'uploads', 'cvs', cv.filename!))).toBe(false)
    // The address handed out is the app's access-checked route, never the bucket's.
    expect(cv.url).toBe(`/api/cvs/file/${cv.filename}?prefix=cvs`)
    expect(cv.url).not.toContain(s3.endpoint)

    const asOwner = await download('cvs', cv.filename!, await tokenOf(owner.email, owner.password))
    expect(asOwner.status).toBe(200)
    expect(asOwner.type).toBe('application/pdf')
    expect(asOwner.body.equals(data)).toBe(true)

    const asAdmin = await download('cvs', cv.filename!, await tokenOf(TEST_ADMIN.email, TEST_ADMIN.password))
    expect(asAdmin.status).toBe(200)

    // Knowing the object key is not enough: anonymous visitors and other talents are refused.
    const anonymous = await download('cvs', cv.filename!)
    expect(anonymous.status).toBe(403)
    expect(anonymous.body.includes(data)).toBe(false)
    const asStranger = await download('cvs', cv.filename!, await tokenOf(stranger.email, stranger.password))
    expect(asStranger.status).toBe(403)
    expect(asStranger.body.includes(data)).toBe(false)

    // The background analysis reads the CV from the bucket too (it fails with missingFile otherwise).
    await payload.jobs.run({ queue: 'default', limit: 10 })
    const analysed = await payload.findByID({ collection: 'cvs', id: cv.id, depth: 0 })
    expect(analysed.analysis?.errorCode ?? null).not.toBe('missingFile')
    expect(analysed.analysis?.status).toBe('done')
  })

  it('stores a photo and its resized versions, and deletes them all with the document', async () => {
    const owner = await createUser(payload, { roles: ['talent'] })
    const data = await jpegPhoto(900, 1200)
    const photo = await payload.create({
      collection: 'photos',
      data: {},
      file: { data, mimetype: 'image/jpeg', name: 'portrait.jpg', size: data.byteLength },
      overrideAccess: false,
      user: owner,
    })
    const names = [photo.filename, ...Object.values(photo.sizes ?? {}).map((size) => size?.filename)].filter(Boolean) as string[]
    expect(names.length).toBe(5)
    const keys = await s3.keys('photos/')
    for (const name of names) expect(keys).toContain(`photos/${name}`)
    // Photos of a private profile are not public either.
    expect((await download('photos', photo.filename!)).status).toBe(403)

    await payload.delete({ collection: 'photos', id: photo.id, overrideAccess: false, user: owner })
    const left = await s3.keys('photos/')
    for (const name of names) expect(left).not.toContain(`photos/${name}`)
  })

  it('replacing a CV removes the old object', async () => {
    const owner = await createUser(payload, { roles: ['talent'] })
    const first = pdfCv('Premier CV')
    const cv = await payload.create({
      collection: 'cvs',
      data: {},
      file: { data: first, mimetype: 'application/pdf', name: 'premier.pdf', size: first.byteLength },
      overrideAccess: false,
      user: owner,
    })
    created.push({ collection: 'cvs', id: cv.id })
    const second = pdfCv('Second CV')
    const replaced = await payload.update({
      collection: 'cvs',
      id: cv.id,
      data: {},
      file: { data: second, mimetype: 'application/pdf', name: 'second.pdf', size: second.byteLength },
      overrideAccess: false,
      user: owner,
    })
    const keys = await s3.keys('cvs/')
    expect(keys).toContain(`cvs/${replaced.filename}`)
    expect(keys).not.toContain(`cvs/${cv.filename}`)
    expect((await objectBytes(`cvs/${replaced.filename}`)).equals(second)).toBe(true)
  })

  it('leaves no object behind once its documents are deleted', async () => {
    for (const { collection, id } of created.splice(0)) await payload.delete({ collection, id, overrideAccess: true })
    expect(await s3.keys('cvs/')).toEqual([])
    expect(await s3.keys('photos/')).toEqual([])
  })

  it('uploadFiles reads, writes and deletes bucket objects (contract B) and refuses paths', async () => {
    const data = Buffer.from('%PDF-1.4 sauvegarde')
    expect(storage.storageKind(payload, 'cvs')).toBe('s3')
    await storage.writeUploadFile(payload, 'cvs', 'restored.pdf', data, 'application/pdf')
    expect((await objectBytes('cvs/restored.pdf')).equals(data)).toBe(true)
    expect((await storage.readUploadFile(payload, 'cvs', 'restored.pdf'))?.equals(data)).toBe(true)
    await storage.deleteUploadFile(payload, 'cvs', 'restored.pdf')
    expect(await s3.keys('cvs/restored')).toEqual([])
    expect(await storage.readUploadFile(payload, 'cvs', 'restored.pdf')).toBeNull()
    await expect(storage.deleteUploadFile(payload, 'cvs', 'restored.pdf')).resolves.toBeUndefined()
    await expect(storage.readUploadFile(payload, 'cvs', '../photos/x.jpg')).rejects.toThrow(/refusé/)
    await expect(storage.readUploadFile(payload, 'users', 'x')).rejects.toThrow(/ne stocke pas/)
  })
})
