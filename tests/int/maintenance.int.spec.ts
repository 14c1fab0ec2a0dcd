import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { mkdir, rm, stat, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { BACKUP_TEMP_DIR, databasePool } from '@/backup/createBackup'
import { localUploadDir } from '@/backup/uploadStore'
import { flushLogs } from '@/logs'
import type { IntegrityReport } from '@/maintenance/integrity'
import config from '../../payload.config'
import { jpegPhoto } from '../helpers/files'
import { getTestPayload } from '../helpers/payload'
import { TEST_ADMIN } from '../helpers/testEnv'
import { createUser } from '../helpers/users'

/** Admin endpoints of the Sauvegarde and Maintenance pages, through Payload's real REST handler. */

let payload: Payload
let adminToken: string
let talentToken: string
let seoToken: string

async function rest(method: 'GET' | 'POST', route: string, { token, body, contentType }: { token?: string; body?: BodyInit; contentType?: string } = {}) {
  const headers = new Headers({ 'user-agent': 'MaintenanceTest/1.0' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (contentType) headers.set('content-type', contentType)
  const request = new Request(`http://localhost/api${route}`, { method, headers, body, ...(body ? { duplex: 'half' } : {}) } as RequestInit)
  const handler = (method === 'GET' ? REST_GET : REST_POST)(config)
  return handler(request, { params: Promise.resolve({ slug: route.split('?')[0].split('/').filter(Boolean) }) })
}

async function json(method: 'GET' | 'POST', route: string, options: Parameters<typeof rest>[2] = {}) {
  const response = await rest(method, route, options)
  return { status: response.status, body: (await response.json().catch(() => null)) as any }
}

async function tokenOf(email: string, password: string) {
  return (await payload.login({ collection: 'users', data: { email, password } })).token!
}

async function lastLog(collection: 'activity-logs' | 'security-logs', action: string) {
  await flushLogs()
  const { docs } = await payload.find({ collection, where: { action: { equals: action } }, sort: '-createdAt', limit: 1, overrideAccess: true, depth: 0 })
  return docs[0] as { action: string; severity: string; actorEmail?: string | null; metadata?: Record<string, any> | null } | undefined
}

const ROUTES: ['GET' | 'POST', string][] = [
  ['GET', '/admin/backup'],
  ['POST', '/admin/backup/restore'],
  ['GET', '/admin/maintenance/snapshot'],
  ['POST', '/admin/maintenance/vacuum'],
  ['POST', '/admin/maintenance/temp-cleanup'],
  ['GET', '/admin/maintenance/integrity'],
  ['GET', '/admin/maintenance/cache'],
  ['POST', '/admin/maintenance/cache/clear'],
  ['POST', '/admin/maintenance/data-clean'],
  ['POST', '/admin/maintenance/demo-seed'],
]

beforeAll(async () => {
  payload = await getTestPayload()
  adminToken = await tokenOf(TEST_ADMIN.email, TEST_ADMIN.password)
  const talent = await createUser(payload, { roles: ['talent'] })
  talentToken = await tokenOf(talent.email, talent.password)
  const seo = await createUser(payload, { roles: ['seo'] })
  seoToken = await tokenOf(seo.email, seo.password)
}, 120_000)

describe('access', () => {
  it('every backup and maintenance endpoint refuses anonymous callers (401) and non-admins (403), before doing anything', async () => {
    for (const [method, route] of ROUTES) {
      const body = method === 'POST' ? JSON.stringify({ confirm: 'SUPPRIMER' }) : undefined
      const contentType = method === 'POST' ? 'application/json' : undefined
      expect((await json(method, route, { body, contentType })).status, `${method} ${route} anonymous`).toBe(401)
      for (const token of [talentToken, seoToken]) {
        const answer = await json(method, route, { token, body, contentType })
        expect(answer.status, `${method} ${route}`).toBe(403)
        expect(answer.body.error.code).toBe('forbidden')
      }
    }
    // The refused clean-up removed nothing: the talent can still sign in.
    expect(talentToken).toBeTruthy()
    expect((await payload.count({ collection: 'users' })).totalDocs).toBeGreaterThanOrEqual(3)
  })
})

describe('backup endpoints', () => {
  it('an admin downloads a ZIP (logged), and a foreign ZIP sent back is refused with the reasons in French (logged as a security event)', async () => {
    const response = await rest('GET', '/admin/backup', { token: adminToken })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="taalentio-sauvegarde-\d{8}-\d{6}\.zip"/)
    const zip = Buffer.from(await response.arrayBuffer())
    expect(zip.subarray(0, 2).toString()).toBe('PK')
    expect(zip.length).toBe(Number(response.headers.get('content-length')))
    const created = await lastLog('activity-logs', 'backup.created')
    expect(created?.actorEmail).toBe(TEST_ADMIN.email)
    expect(created?.metadata?.bytes).toBe(zip.length)

    const truncated = await json('POST', '/admin/backup/restore', { token: adminToken, body: zip.subarray(0, 500), contentType: 'application/zip' })
    expect(truncated.status).toBe(422)
    expect(truncated.body.error.code).toBe('backup_refused')
    expect(truncated.body.error.message).toBe('Sauvegarde refusée : rien n’a été modifié.')
    expect(truncated.body.error.problems[0]).toMatchObject({ code: 'zip_unreadable', message: 'Le fichier n’est pas un ZIP lisible (tronqué ou endommagé).' })
    const refused = await lastLog('security-logs', 'backup.restore_refused')
    expect(refused?.severity).toBe('warning')
    expect(refused?.metadata?.problems?.[0]?.code).toBe('zip_unreadable')

    const empty = await json('POST', '/admin/backup/restore?lang=en', { token: adminToken, body: new Uint8Array(0), contentType: 'application/zip' })
    expect(empty.status).toBe(400)
    expect(empty.body.error.message).toBe('Choose the backup ZIP file to restore.')
  })
})

describe('maintenance actions', () => {
  it('VACUUM ANALYZE reports the time it took and is logged', async () => {
    const answer = await json('POST', '/admin/maintenance/vacuum', { token: adminToken })
    expect(answer.status).toBe(200)
    expect(answer.body.ms).toBeGreaterThanOrEqual(0)
    expect(answer.body.tables).toBeGreaterThan(20)
    expect(answer.body.databaseBytesAfter).toBeGreaterThan(0)
    expect((await lastLog('activity-logs', 'maintenance.vacuum'))?.metadata?.ms).toBe(answer.body.ms)
  })

  it('temporary clean-up removes old temp files with their sizes and keeps recent ones', async () => {
    await mkdir(BACKUP_TEMP_DIR, { recursive: true })
    const old = path.join(BACKUP_TEMP_DIR, `old-test-${Date.now()}.zip`)
    const recent = path.join(BACKUP_TEMP_DIR, `recent-test-${Date.now()}.zip`)
    await writeFile(old, Buffer.alloc(12_345, 1))
    await writeFile(recent, Buffer.alloc(10, 1))
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000)
    await utimes(old, twoHoursAgo, twoHoursAgo)
    const answer = await json('POST', '/admin/maintenance/temp-cleanup', { token: adminToken })
    expect(answer.status).toBe(200)
    expect(answer.body.removed).toContainEqual({ kind: 'backup', path: old, files: 1, bytes: 12_345 })
    expect(answer.body.bytes).toBeGreaterThanOrEqual(12_345)
    await expect(stat(old)).rejects.toThrow()
    expect((await stat(recent)).size).toBe(10)
    await rm(recent, { force: true })
    expect((await lastLog('activity-logs', 'maintenance.temp_cleanup'))?.metadata?.bytes).toBe(answer.body.bytes)
  })

  it('the performance snapshot gives CPU, memory, disk, database and table sizes, and says when slow queries are unavailable', async () => {
    const answer = await json('GET', '/admin/maintenance/snapshot', { token: adminToken })
    expect(answer.status).toBe(200)
    const snapshot = answer.body
    expect(snapshot.cpu.cores).toBeGreaterThan(0)
    expect(snapshot.memory.totalBytes).toBeGreaterThan(snapshot.memory.freeBytes)
    expect(snapshot.disk.totalBytes).toBeGreaterThan(0)
    expect(snapshot.database.sizeBytes).toBeGreaterThan(1_000_000)
    expect(snapshot.database.tables.map((table: { name: string }) => table.name)).toContain('cities')
    const { rows } = await databasePool(payload).query("SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'pg_stat_statements'")
    if (rows[0].n === 0) {
      expect(snapshot.database.slowQueries).toBeNull()
      expect(snapshot.database.slowQueriesUnavailable).toBe('extension_missing')
    } else {
      expect(snapshot.database.slowQueries ?? snapshot.database.slowQueriesUnavailable).toBeTruthy()
    }
    expect(await lastLog('activity-logs', 'maintenance.snapshot')).toBeTruthy()
  })

  it('the integrity check finds a malformed code, a missing file and an orphan account, with links to the admin', async () => {
    const owner = await createUser(payload, { roles: ['talent'] })
    const photo = await payload.create({
      collection: 'photos',
      data: { owner: owner.id, alt: 'Intégrité' },
      file: { data: await jpegPhoto(200, 250), mimetype: 'image/jpeg', name: 'integrite.jpg', size: 0 },
    })
    const country = (await payload.find({ collection: 'countries', where: { iso2: { equals: 'CI' } }, limit: 1 })).docs[0]
    const city = (await payload.find({ collection: 'cities', where: { country: { equals: country.id } }, limit: 1 })).docs[0]
    const category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]
    const profileOwner = await createUser(payload, { roles: ['talent'] })
    const talent = await payload.create({
      collection: 'talents',
      data: { user: profileOwner.id, firstName: 'Code', lastName: 'Abîmé', gender: 'F', country: country.id, city: city.id, categories: [category.id] } as never,
    })
    await databasePool(payload).query(`UPDATE talents SET code = 'CIF12ABJ' WHERE id = $1`, [talent.id])
    await rm(path.join(localUploadDir(payload, 'photos'), photo.filename!), { force: true })
    const orphan = await createUser(payload, { roles: ['talent'] })

    const answer = await json('GET', '/admin/maintenance/integrity', { token: adminToken })
    expect(answer.status).toBe(200)
    const report = answer.body as IntegrityReport
    const check = (key: string) => report.checks.find((item) => item.key === key)!
    expect(check('malformed_codes').items).toContainEqual(expect.objectContaining({ collection: 'talents', id: talent.id, href: `/admin/collections/talents/${talent.id}` }))
    expect(check('missing_files').items).toContainEqual(expect.objectContaining({ collection: 'photos', label: photo.filename, href: `/admin/collections/photos/${photo.id}` }))
    expect(check('orphan_accounts').items).toContainEqual(expect.objectContaining({ id: orphan.id, label: orphan.email, href: `/admin/collections/users/${orphan.id}` }))
    // An account with a profile is not an orphan.
    expect(check('orphan_accounts').items.map((item) => item.id)).not.toContain(profileOwner.id)
    expect(report.problems).toBeGreaterThanOrEqual(3)
    expect((await lastLog('activity-logs', 'maintenance.integrity_check'))?.severity).toBe('warning')

    // Repaired, the same problems are gone.
    await databasePool(payload).query(`UPDATE talents SET code = NULL WHERE id = $1`, [talent.id])
    await payload.delete({ collection: 'talents', id: talent.id })
    await payload.delete({ collection: 'photos', id: photo.id })
    await payload.delete({ collection: 'users', id: orphan.id })
    const after = (await json('GET', '/admin/maintenance/integrity', { token: adminToken })).body as IntegrityReport
    const ids = (key: string) => after.checks.find((item) => item.key === key)!.items.map((item) => item.id)
    expect(ids('malformed_codes')).not.toContain(talent.id)
    expect(ids('missing_files')).not.toContain(photo.id)
    expect(ids('orphan_accounts')).not.toContain(orphan.id)
  })

  it('the cache is measured and cleared (reference cache emptied), and the clearing is logged', async () => {
    const size = await json('GET', '/admin/maintenance/cache', { token: adminToken })
    expect(size.status).toBe(200)
    expect(size.body.nextCache.bytes).toBeGreaterThanOrEqual(0)
    const cleared = await json('POST', '/admin/maintenance/cache/clear', { token: adminToken })
    expect(cleared.status).toBe(200)
    expect(cleared.body.referenceCacheCleared).toBe(true)
    expect(await lastLog('activity-logs', 'maintenance.cache_cleared')).toBeTruthy()
  })

  it('the data clean-up refuses to run without the typed confirmation', async () => {
    const users = (await payload.count({ collection: 'users' })).totalDocs
    const answer = await json('POST', '/admin/maintenance/data-clean', { token: adminToken, body: JSON.stringify({ confirm: 'oui' }), contentType: 'application/json' })
    expect(answer.status).toBe(400)
    expect(answer.body.error.code).toBe('confirmation_required')
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(users)
  })
})
