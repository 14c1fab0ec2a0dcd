import { REST_POST } from '@payloadcms/next/routes'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { databasePool } from '@/backup/createBackup'
import { listDataTables, qualified, schemaName } from '@/backup/schema'
import { collectionTableName, localUploadDir } from '@/backup/uploadStore'
import { CINEMA_CODE_PATTERN, PROJECT_CODE_PATTERN, TALENT_CODE_PATTERN } from '@/codes/formats'
import { seedDemo, type DemoReport } from '@/demo/seedDemo'
import { flushLogs } from '@/logs'
import { KEPT_COLLECTIONS } from '@/maintenance/cleanData'
import config from '../../payload.config'
import { getTestPayload } from '../helpers/payload'
import { TEST_ADMIN } from '../helpers/testEnv'
import { createUser } from '../helpers/users'

let payload: Payload
let first: DemoReport

async function tableCounts(): Promise<Record<string, number>> {
  const client = await databasePool(payload).connect()
  try {
    const counts: Record<string, number> = {}
    for (const table of await listDataTables(client, schemaName(payload))) {
      counts[table.name] = (await client.query(`SELECT count(*)::int AS n FROM ${qualified(schemaName(payload), table.name)}`)).rows[0].n
    }
    return counts
  } finally {
    client.release()
  }
}

async function cleanThroughEndpoint() {
  const { token } = await payload.login({ collection: 'users', data: TEST_ADMIN })
  const request = new Request('http://localhost/api/admin/maintenance/data-clean', {
    method: 'POST',
    headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ confirm: 'SUPPRIMER' }),
  })
  const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: ['admin', 'maintenance', 'data-clean'] }) })
  return { status: response.status, body: (await response.json()) as any }
}

beforeAll(async () => {
  payload = await getTestPayload()
}, 120_000)

describe('demo seed', () => {
  it('creates a fictitious, complete demo through the normal code paths, and a second run adds nothing', async () => {
    first = await seedDemo(payload)
    expect(first.counts).toMatchObject({ talents: 8, cinemaTalents: 10, productions: 3, projects: 3, assignments: 11 })
    expect(first.counts.attendances).toBeGreaterThanOrEqual(25)
    const again = await seedDemo(payload)
    expect(again.created).toBe(false)
    expect(again.createdRecords).toBe(0)
    expect(again.counts).toEqual(first.counts)

    // Visibly fictitious, with valid codes issued by the collections' own hooks.
    const talents = await payload.find({ collection: 'talents', where: { lastName: { like: '(démo)' } }, limit: 100, depth: 1, overrideAccess: true })
    for (const talent of talents.docs) {
      expect(talent.code).toMatch(TALENT_CODE_PATTERN)
      expect(talent.lastName).toMatch(/\(démo\)$/)
    }
    const countries = new Set(talents.docs.map((talent) => (talent.country as { iso2: string }).iso2))
    expect(countries.size).toBeGreaterThanOrEqual(6)
    const cinema = await payload.find({ collection: 'cinema-talents', where: { lastName: { like: '(démo)' } }, limit: 100, depth: 1, overrideAccess: true })
    for (const profile of cinema.docs) expect(profile.code).toMatch(CINEMA_CODE_PATTERN)
    const projects = await payload.find({ collection: 'projects', where: { title: { like: '(démo)' } }, limit: 10, overrideAccess: true })
    for (const project of projects.docs) expect(project.code).toMatch(PROJECT_CODE_PATTERN)
    const users = await payload.find({ collection: 'users', where: { email: { like: '@demo.taalentio.test' } }, limit: 100, overrideAccess: true })
    expect(users.docs.every((user) => user.email.endsWith('@demo.taalentio.test'))).toBe(true)

    // Portraits are drawn placeholders (initials on colour), stored like any upload.
    const photo = (cinema.docs[0].photo as { filename: string })!
    const bytes = await readFile(path.join(localUploadDir(payload, 'photos'), photo.filename))
    const meta = await sharp(bytes).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 600, 750])

    // A week of attendance on the project being shot.
    const attendances = await payload.find({ collection: 'attendances', where: { clientScanId: { like: 'demo-' } }, limit: 200, overrideAccess: true, depth: 0 })
    const days = new Set(attendances.docs.map((record) => record.checkInAt.slice(0, 10)))
    expect(days.size).toBeGreaterThanOrEqual(6)
    expect(attendances.docs.filter((record) => record.checkOutAt).every((record) => (record.durationMinutes ?? 0) > 0)).toBe(true)
  }, 600_000)
})

describe('data clean-up', () => {
  it('removes every user-generated record and file, keeps admins, reference data and configuration, and leaves one log entry', async () => {
    await createUser(payload, { roles: ['seo'] })
    await createUser(payload, { roles: ['talent'] })
    const secondAdmin = await createUser(payload, { roles: ['admin'] })
    const before = await tableCounts()
    const demoPhoto = (await payload.find({ collection: 'photos', where: { alt: { like: 'Portrait de démonstration' } }, limit: 1, overrideAccess: true })).docs[0]
    const demoPhotoPath = path.join(localUploadDir(payload, 'photos'), demoPhoto.filename!)
    expect((await stat(demoPhotoPath)).size).toBeGreaterThan(0)
    const admins = (await payload.count({ collection: 'users', where: { roles: { contains: 'admin' } }, overrideAccess: true })).totalDocs
    expect(admins).toBeGreaterThanOrEqual(2)

    const cleanStarted = new Date()
    const { status, body } = await cleanThroughEndpoint()
    expect(status).toBe(200)
    expect(body.keptAdmins).toBe(admins)
    expect(body.files).toBeGreaterThanOrEqual(first.counts.photos)
    await flushLogs()
    const after = await tableCounts()

    // Kept: the kept collections' tables (and their sub-tables), globals, code sequences, key-value store.
    const keptPrefixes = [...KEPT_COLLECTIONS].filter((slug) => slug !== 'users' && slug !== 'payload-preferences').map((slug) => collectionTableName(payload, slug))
    keptPrefixes.push('integrations', 'system_settings', 'seo_settings', 'code_sequences', 'payload_kv', '_pages_v')
    const isKept = (table: string) => keptPrefixes.some((prefix) => table === prefix || table.startsWith(`${prefix}_`))
    for (const [table, count] of Object.entries(after)) {
      if (table === 'security_logs') expect(count, table).toBe(1)
      else if (table === 'users') expect(count, table).toBe(admins)
      // Sessions hang off accounts (foreign key): only admins' remain, including the one that ran the clean-up.
      else if (table === 'users_sessions') continue
      else if (table === 'users_roles' || table.startsWith('payload_preferences')) expect(count, table).toBeLessThanOrEqual(before[table])
      else if (isKept(table)) expect(count, `${table} is kept`).toBe(before[table])
      else if (table.startsWith('payload_jobs')) {
        // Scheduled tasks (log purge, contract reminders) may queue a job (and update their stats global) at any
        // moment: only jobs older than the clean-up must be gone.
        const older = await databasePool(payload).query(`SELECT count(*)::int AS n FROM payload_jobs WHERE created_at < $1`, [cleanStarted])
        expect(older.rows[0].n, table).toBe(0)
      }
      else expect(count, `${table} is emptied`).toBe(0)
    }
    for (const table of ['talents', 'cinema_talents', 'photos', 'productions', 'projects', 'assignments', 'attendances', 'activity_logs']) {
      expect(before[table], `${table} had rows`).toBeGreaterThan(0)
      expect(after[table], table).toBe(0)
    }
    for (const table of ['countries', 'cities', 'nationalities', 'languages', 'categories', 'skills']) expect(after[table], table).toBe(before[table])
    expect(after.countries).toBe(194)
    await expect(stat(demoPhotoPath)).rejects.toThrow()
    expect((await payload.findByID({ collection: 'users', id: secondAdmin.id, overrideAccess: true })).email).toBe(secondAdmin.email)

    const [entry] = (await payload.find({ collection: 'security-logs', overrideAccess: true, depth: 0 })).docs as { action: string; severity: string; actorEmail: string }[]
    expect(entry).toMatchObject({ action: 'data.cleaned', severity: 'critical', actorEmail: TEST_ADMIN.email })

    // Idempotent: a second clean-up finds nothing left but the previous log entry.
    const second = await cleanThroughEndpoint()
    expect(second.body.removedUsers).toBe(0)
    expect(second.body.files).toBe(0)
    // Only log entries written since (the previous data.cleaned, the admin's sign-in) and queued jobs went.
    expect(second.body.removedRows.security_logs).toBeGreaterThanOrEqual(1)
    const others = Object.keys(second.body.removedRows).filter((table) => !['security_logs', 'activity_logs'].includes(table) && !table.startsWith('payload_jobs'))
    expect(others).toEqual([])
    await flushLogs()
    const remaining = (await payload.find({ collection: 'security-logs', overrideAccess: true, depth: 0 })).docs as { action: string }[]
    expect(remaining.map((item) => item.action)).toEqual(['data.cleaned'])
  }, 600_000)
})
