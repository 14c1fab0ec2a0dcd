import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportCinemaTalents, PDF_MAX_ROWS } from '@/exports/exportResponse'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'
import type { User } from '../../payload-types'

/**
 * Memory of a large export: 50,000 cinema talents inserted by bulk SQL (accounts, profiles and
 * their category rows, each marked with this run's marker in searchText, the staff search's
 * free text, and in their e-mails), exported as XLSX and CSV through the module with the
 * marker as filter, while heapUsed + external is sampled. The rows are deleted afterwards.
 */
const ROWS = Number(process.env.EXPORT_MEMORY_ROWS) || 50_000
const MARKER = `zqm${Date.now().toString(36)}`
const LIMIT_MB = 150

let payload: Payload
let admin: User
const db = () => (payload.db as unknown as PostgresAdapter).drizzle

beforeAll(async () => {
  payload = await getTestPayload()
  admin = await createUser(payload, { roles: ['admin'] })
  const [{ id: country }] = (await payload.find({ collection: 'countries', where: { iso2: { equals: 'CI' } }, limit: 1, depth: 0 })).docs
  const [{ id: city }] = (await payload.find({ collection: 'cities', where: { code: { equals: 'ABJ' }, country: { equals: country } }, limit: 1, depth: 0 })).docs
  const [{ id: category }] = (await payload.find({ collection: 'categories', where: { slug: { equals: 'acteur' } }, limit: 1, depth: 0 })).docs
  const started = Date.now()
  await db().execute(sql`
    WITH accounts AS (
      INSERT INTO users (email) SELECT ${MARKER} || '-' || g || '@memory.test' FROM generate_series(1, ${ROWS}::int) AS g RETURNING id
    )
    INSERT INTO cinema_talents (user_id, code, first_name, last_name, display_name, search_text, gender, date_of_birth, country_id, city_id, availability, height_cm, is_public)
    SELECT id, 'MEM' || id, 'Adjoa ' || id, 'Kouamé-Mɛnsah', 'Adjoa Kouamé-Mɛnsah ' || id, ${MARKER} || ' adjoa kouame mensah', 'F', '1990-05-01', ${country}::int, ${city}::int, 'available', 150 + id % 50, false
    FROM accounts`)
  await db().execute(sql`
    INSERT INTO cinema_talents_rels (parent_id, path, categories_id, "order")
    SELECT id, 'categories', ${category}::int, 1 FROM cinema_talents WHERE search_text LIKE ${`${MARKER}%`}`)
  // As after any bulk load: without fresh statistics the planner reads the rels per profile (60× slower).
  await db().execute(sql`ANALYZE cinema_talents, cinema_talents_rels, users`)
  console.log(`[exports memory] ${ROWS} rows inserted in ${Date.now() - started} ms`)
}, 120_000)

afterAll(async () => {
  await db().execute(sql`DELETE FROM cinema_talents_rels WHERE parent_id IN (SELECT id FROM cinema_talents WHERE search_text LIKE ${`${MARKER}%`})`)
  await db().execute(sql`DELETE FROM cinema_talents WHERE search_text LIKE ${`${MARKER}%`}`)
  await db().execute(sql`DELETE FROM users WHERE email LIKE ${`${MARKER}-%`}`)
}, 120_000)

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
const used = () => {
  const { heapUsed, external, arrayBuffers } = process.memoryUsage()
  return heapUsed + external + arrayBuffers
}

// A full collection before each sample measures what the export keeps alive, not the garbage
// V8 lets pile up between collections (which depends on heap limits, not on the export).
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** Reads the response to its end, counting bytes and CSV lines; samples live memory every second. */
async function measure(format: 'xlsx' | 'csv') {
  gc()
  const baseline = used()
  let peak = baseline
  let rawPeak = baseline
  const sample = () => {
    rawPeak = Math.max(rawPeak, used())
    gc()
    peak = Math.max(peak, used())
  }
  const sampler = setInterval(sample, 1000)
  const started = Date.now()
  const response = await exportCinemaTalents({ payload, user: { ...admin, collection: 'users' }, format, locale: 'fr', params: new URLSearchParams({ q: MARKER }) })
  expect(response.status).toBe(200)
  let size = 0
  let lines = 0
  const reader = response.body!.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (format === 'csv') for (const byte of value) if (byte === 0x0a) lines += 1
  }
  clearInterval(sampler)
  sample()
  const growth = megabytes(peak - baseline)
  console.log(
    `[exports memory] ${format}: ${ROWS} rows, ${megabytes(size)} MB in ${Date.now() - started} ms; peak growth of live heapUsed + external ${growth} MB (${megabytes(rawPeak - baseline)} MB before collections)`,
  )
  return { size, lines, growth }
}

describe(`exports of ${ROWS} cinema talents`, () => {
  it('CSV: every row, memory growth bounded', async () => {
    const { lines, growth } = await measure('csv')
    expect(lines).toBe(ROWS + 1)
    expect(growth).toBeLessThan(LIMIT_MB)
  }, 300_000) // ≈ 4 s here; over 200 s when the planner had no statistics of the fresh rows

  it('XLSX: the whole workbook, memory growth bounded', async () => {
    const { size, growth } = await measure('xlsx')
    // About 50 bytes a row once zipped: a truncated workbook would be far smaller.
    expect(size).toBeGreaterThan(ROWS * 40)
    expect(growth).toBeLessThan(LIMIT_MB)
  }, 300_000)

  it(`PDF: refused above ${PDF_MAX_ROWS} rows with a localized message (react-pdf lays out a whole document in memory)`, async () => {
    const response = await exportCinemaTalents({ payload, user: { ...admin, collection: 'users' }, format: 'pdf', locale: 'fr', params: new URLSearchParams({ q: MARKER }) })
    expect(response.status).toBe(422)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).toContain(`${ROWS} trouvés`)
  })
})
