/**
 * `npm run bench [-- --size N]` — the performance benchmark (README "Performance").
 *
 * 1. creates a separate database (taalentio_bench_<N>) on DATABASE_URL's server, migrates it,
 *    loads the reference data, then bulk-loads N cinema talents, N talents and the cinema
 *    data (bench/seed.ts);
 * 2. starts the app as in production (`next start` on the existing `.next` build, or builds
 *    it first when there is none or with --build);
 * 3. measures: staff search through /api/v1 (5 filter combinations) against the same
 *    queries on PostgreSQL (the floor) and through Payload's generic REST API; profile by
 *    code; public profile pages; presence check-in/out; 50 concurrent registrations;
 *    XLSX/CSV exports of every row with the server's memory; badges of a 500-person project;
 * 4. prints a table and writes bench/results.json (--readme also rewrites README's table).
 *
 * Options: --size N (default 100000), --requests R (per search query; 200 from N = 50,000,
 * else 60), --port P (default 3990), --build (build even when .next exists), --reuse (keep and
 * reuse the loaded database), --only search,profile,presence,registrations,exports,badges, --baseline (server with SQL_READS=off: the Local API reads
 * before the optimisations), --load-only (prepare the database and stop), --out FILE (default bench/results.json), --readme (rewrite the
 * README's table from this run), --db NAME (default taalentio_bench_<N>).
 */
import 'dotenv/config'

import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import pg from 'pg'

import { seed, seedSizes } from './seed'
import { rows, writeReadme } from './report'
import { measure, summarize, textTable } from './stats'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback
}
const flag = (name: string) => args.includes(`--${name}`)
const ONLY = option('only', '').split(',').filter(Boolean)
/** --only search,profile,presence,registrations,exports,badges runs those parts alone. */
const part = (name: string) => ONLY.length === 0 || ONLY.includes(name)
const SIZE = Number(option('size', '100000'))
const REQUESTS = Number(option('requests', SIZE >= 50_000 ? '200' : '60'))
const PORT = Number(option('port', '3990'))
const BASE = `http://127.0.0.1:${PORT}`
const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
/** --db NAME: another database name, for two benchmarks side by side on one server. */
const dbName = option('db', `taalentio_bench_${SIZE}`)
const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}
const DATABASE_URL = withDatabase(serverUrl, dbName)
const ADMIN = { email: 'admin@taalentio.bench', password: 'Bench-Admin-2026!' }
// Fixed for the bench database: the server must read what the loader encrypted.
const SECRETS = { PAYLOAD_SECRET: 'bench-secret-not-for-production', ENCRYPTION_KEY: 'a'.repeat(64) }
const log = (message: string) => console.log(`[bench] ${message}`)
const seconds = (ms: number) => Math.round(ms / 100) / 10

// ------------------------------------------------------------------ database
async function prepareDatabase(): Promise<{ loadSeconds: number | null; seedSeconds: Record<string, number> | null; reused?: boolean }> {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') })
  await admin.connect()
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName])).rowCount
  if (exists && flag('reuse')) {
    const check = new pg.Client({ connectionString: DATABASE_URL })
    await check.connect()
    const loaded = await check.query('SELECT count(*)::int AS n FROM cinema_talents').then(
      (r) => r.rows[0].n,
      () => 0,
    )
    await check.end()
    if (loaded >= SIZE) {
      await admin.end()
      log(`base ${dbName} réutilisée (${loaded} talents cinéma)`)
      // The figures of the load that filled it, kept in the database itself.
      const kept = new pg.Client({ connectionString: DATABASE_URL })
      await kept.connect()
      const info = await kept.query('SELECT info FROM bench_load LIMIT 1').then(
        (r) => r.rows[0]?.info ?? null,
        () => null,
      )
      await kept.end()
      return { loadSeconds: info?.loadSeconds ?? null, seedSeconds: info?.seedSeconds ?? null, reused: true }
    }
  }
  if (exists) await admin.query(`DROP DATABASE "${dbName}" WITH (FORCE)`)
  await admin.query(`CREATE DATABASE "${dbName}"`)
  await admin.end()

  const started = performance.now()
  log(`base ${dbName} : migrations et référentiels`)
  // Payload reads its environment when the config is imported.
  Object.assign(process.env, SECRETS, { DATABASE_URL, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password })
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  await payload.destroy()
  payload.db.pool.on('error', () => {})

  log(`chargement de ${SIZE} talents cinéma et ${SIZE} talents`)
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 2 })
  const result = await seed(pool, seedSizes(SIZE), (message) => log(message))
  const loadSeconds = seconds(performance.now() - started)
  await pool.query('CREATE TABLE bench_load (info jsonb)')
  await pool.query('INSERT INTO bench_load VALUES ($1)', [JSON.stringify({ loadSeconds, seedSeconds: result.seconds, at: new Date().toISOString() })])
  await pool.end()
  log(`données chargées en ${loadSeconds} s`)
  return { loadSeconds, seedSeconds: result.seconds }
}

// ------------------------------------------------------------------ server
function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: root, env, stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${commandArgs.join(' ')}: exit ${code}`))))
  })
}

const serverEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  ...SECRETS,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL,
  NEXT_PUBLIC_SERVER_URL: BASE,
  // The benchmark is one client making thousands of requests: the per-minute limits would answer 429.
  API_V1_RATE_LIMIT_PER_MINUTE: '10000000',
  LOGIN_MAX_FAILURES_PER_IP: '100000',
  // Check-in then check-out of the same person within a second.
  PRESENCE_DEBOUNCE_SECONDS: '0',
  // --baseline: the Local API reads only (src/exports/sqlProfilePages.ts), for before/after figures.
  ...(flag('baseline') ? { SQL_READS: 'off' } : {}),
})

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: root,
    env: serverEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output = (output + chunk).slice(-20_000)))
  child.stderr!.on('data', (chunk) => (output = (output + chunk).slice(-20_000)))
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start s'est arrêté :\n${output}`)
    const ok = await fetch(`${BASE}/api/v1/openapi.json`).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return child
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  child.kill()
  throw new Error(`next start ne répond pas :\n${output}`)
}

/** Resident memory (MB) of the server: the process and its descendants. */
function treeRssMb(pid: number): number {
  const parents = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {}
  }
  const tree = new Set([pid])
  let grew = true
  while (grew) {
    grew = false
    for (const [child, parent] of parents) if (tree.has(parent) && !tree.has(child)) (tree.add(child), (grew = true))
  }
  let kb = 0
  for (const member of tree) {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${member}/status`, 'utf8'))
      kb += Number(match?.[1] ?? 0)
    } catch {}
  }
  return Math.round(kb / 1024)
}

// ------------------------------------------------------------------ HTTP
let token = ''
async function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${BASE}${url}`, { headers: { Authorization: `JWT ${token}`, ...headers } })
}
async function getJson(url: string): Promise<unknown> {
  const response = await get(url)
  const body = await response.text()
  if (!response.ok) throw new Error(`${url} → ${response.status} ${body.slice(0, 300)}`)
  return JSON.parse(body)
}

// ------------------------------------------------------------------ the five searches
type Ids = {
  category: number
  countryNG: number
  countryCI: number
  cityABJ: number
  languageFr: number
  skill: number
  skillSlug: string
}

type SearchCase = {
  key: string
  label: string
  /** Query string of GET /api/v1/cinema-talents. */
  api: (i: number) => string
  /** Query string of Payload's generic GET /api/cinema-talents. */
  rest: (i: number) => string
  /** The WHERE clause and its parameters for the SQL floor, with the ORDER BY and the page. */
  sql: (i: number) => { where: string; params: unknown[]; order: string; offset: number }
  /** Same total on all three paths is checked once. */
}

const TEXTS = ['kone', 'aminata', 'diallo fatou', 'okafor', 'black diamond']
const LIMIT = 25

function ageBounds(ageMin: number, ageMax: number, now = new Date()) {
  // Mirrors src/cinema/staffSearch/ageBounds: at least ageMin (born on or before today − ageMin
  // years), at most ageMax (born after today − (ageMax + 1) years).
  const shift = (years: number) => {
    const date = new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate()))
    return date
  }
  return { bornBefore: shift(ageMin), bornFrom: shift(ageMax + 1) }
}

function searchCases(ids: Ids): SearchCase[] {
  const where = (conditions: [string, string][]) => conditions.map(([key, value], index) => `where[and][${index}]${key}=${encodeURIComponent(value)}`).join('&')
  const restTail = (extra = '') => `&limit=${LIMIT}&depth=1&sort=displayName${extra}`
  const ages = ageBounds(20, 35)
  return [
    {
      key: 'categoryCountryAge',
      label: 'category + country + age',
      api: () => `category=acteur&country=NG&ageMin=20&ageMax=35&limit=${LIMIT}`,
      rest: () =>
        where([
          ['[categories][in]', String(ids.category)],
          ['[country][equals]', String(ids.countryNG)],
          ['[dateOfBirth][greater_than_equal]', ages.bornFrom.toISOString()],
          ['[dateOfBirth][less_than]', ages.bornBefore.toISOString()],
        ]) + restTail(),
      sql: () => ({
        // Categories, skills and language levels: the row's arrays and their GIN indexes
        // (migration 20261125_233000), as the staff search asks them.
        where: `t.country_id = $1 AND t.date_of_birth < $2 AND t.date_of_birth >= $3 AND t.search_category_ids && $4::int[]`,
        params: [ids.countryNG, ages.bornBefore, ages.bornFrom, [ids.category]],
        order: 't.display_name ASC, t.id ASC',
        offset: 0,
      }),
    },
    {
      key: 'languageSkill',
      label: 'language + skill',
      api: () => `language=fr:3&skill=${ids.skillSlug}&limit=${LIMIT}`,
      rest: () =>
        where([
          ['[languages.language][equals]', String(ids.languageFr)],
          ['[languages.levelRank][greater_than_equal]', '3'],
          ['[skills][in]', String(ids.skill)],
        ]) + restTail(),
      sql: () => ({
        // French at level ≥ 3: the code languageId * 8 + 3 (src/cinema/staffSearch languageLevelCode).
        where: `t.search_skill_ids @> $1::int[] AND t.search_language_levels @> $2::int[]`,
        params: [[ids.skill], [ids.languageFr * 8 + 3]],
        order: 't.display_name ASC, t.id ASC',
        offset: 0,
      }),
    },
    {
      key: 'heightGenderCity',
      label: 'height + gender + city',
      api: () => `heightMin=170&heightMax=185&gender=M&country=CI&city=ABJ&limit=${LIMIT}`,
      rest: () =>
        where([
          ['[heightCm][greater_than_equal]', '170'],
          ['[heightCm][less_than_equal]', '185'],
          ['[gender][equals]', 'M'],
          ['[country][equals]', String(ids.countryCI)],
          ['[city][equals]', String(ids.cityABJ)],
        ]) + restTail(),
      sql: () => ({
        where: `t.gender = 'M' AND t.country_id = $1 AND t.city_id = $2 AND t.height_cm >= $3 AND t.height_cm <= $4`,
        params: [ids.countryCI, ids.cityABJ, 170, 185],
        order: 't.display_name ASC, t.id ASC',
        offset: 0,
      }),
    },
    {
      key: 'freeText',
      label: 'free text',
      api: (i) => `q=${encodeURIComponent(TEXTS[i % TEXTS.length])}&limit=${LIMIT}`,
      rest: (i) => `where[searchText][like]=${encodeURIComponent(TEXTS[i % TEXTS.length])}` + restTail(),
      sql: (i) => {
        const terms = TEXTS[i % TEXTS.length].split(' ')
        return {
          where: terms.map((_, index) => `t.search_text LIKE $${index + 1}`).join(' AND '),
          params: terms.map((term) => `%${term}%`),
          order: 't.display_name ASC, t.id ASC',
          offset: 0,
        }
      },
    },
    {
      key: 'deepPage',
      label: 'no filter, sorted, page 200',
      api: () => `sort=name&page=200&limit=${LIMIT}`,
      rest: () => `limit=${LIMIT}&page=200&depth=1&sort=displayName`,
      sql: () => ({ where: 'TRUE', params: [], order: 't.display_name ASC, t.id ASC', offset: 199 * LIMIT }),
    },
  ]
}

/** The floor: what the endpoint must at least ask PostgreSQL — the page of ids and the total, then those rows' list fields. */
async function floorQuery(pool: pg.Pool, search: SearchCase, i: number): Promise<number> {
  const { where, params, order, offset } = search.sql(i)
  const [page, total] = await Promise.all([
    pool.query(`SELECT t.id FROM cinema_talents t WHERE ${where} ORDER BY ${order} LIMIT ${LIMIT} OFFSET ${offset}`, params),
    pool.query(`SELECT count(*)::int AS n FROM cinema_talents t WHERE ${where}`, params),
  ])
  const ids = page.rows.map((row) => row.id)
  if (ids.length) {
    await pool.query(
      `SELECT t.id, t.code, t.display_name, t.first_name, t.last_name, t.stage_name, t.gender, t.date_of_birth, t.height_cm, t.availability, t.photo_id, t.is_public, t.created_at,
         co.iso2, co.name_fr, co.name_en, co.flag, ci.name AS city, ci.code AS city_code,
         (SELECT json_agg(json_build_object('id', c.id, 'slug', c.slug, 'nameFr', c.name_fr, 'nameEn', c.name_en) ORDER BY r."order")
            FROM cinema_talents_rels r JOIN categories c ON c.id = r.categories_id WHERE r.parent_id = t.id AND r.path = 'categories') AS categories
       FROM cinema_talents t JOIN countries co ON co.id = t.country_id JOIN cities ci ON ci.id = t.city_id WHERE t.id = ANY($1::int[])`,
      [ids],
    )
  }
  return total.rows[0].n
}

// ------------------------------------------------------------------ main
type Results = Record<string, unknown>

async function main() {
  const started = performance.now()
  const results: Results = {
    date: new Date().toISOString(),
    size: SIZE,
    requestsPerQuery: REQUESTS,
    baseline: flag('baseline'),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadBefore: os.loadavg().map((v) => Math.round(v * 100) / 100),
    },
  }
  const { loadSeconds, seedSeconds, reused } = await prepareDatabase()
  results.load = { seconds: loadSeconds, steps: seedSeconds, sizes: seedSizes(SIZE), reusedDatabase: Boolean(reused) }
  if (flag('load-only')) return log(`base ${dbName} prête (--load-only)`)

  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 4 })
  const pgVersion = (await pool.query('SHOW server_version')).rows[0].server_version
  ;(results.machine as Results).postgres = pgVersion

  if (flag('build') || !existsSync(path.join(root, '.next/BUILD_ID'))) {
    log('next build')
    const buildStarted = performance.now()
    await run(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], serverEnv())
    results.buildSeconds = seconds(performance.now() - buildStarted)
  }
  log('next start')
  const server = await startServer()
  const stop = () => server.exitCode === null && server.kill('SIGTERM')
  process.on('exit', stop)
  try {
    const login = await fetch(`${BASE}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
    if (!login.ok) throw new Error(`connexion admin : ${login.status} ${await login.text()}`)
    token = ((await login.json()) as { token: string }).token

    const one = async (text: string, params: unknown[] = []) => (await pool.query(text, params)).rows[0]
    const skill = await one(
      `SELECT s.id, s.slug FROM skills s JOIN cinema_talents_rels r ON r.skills_id = s.id AND r.path = 'skills' GROUP BY s.id ORDER BY count(*) DESC LIMIT 1`,
    )
    const ids: Ids = {
      category: (await one(`SELECT id FROM categories WHERE slug = 'acteur'`)).id,
      countryNG: (await one(`SELECT id FROM countries WHERE iso2 = 'NG'`)).id,
      countryCI: (await one(`SELECT id FROM countries WHERE iso2 = 'CI'`)).id,
      cityABJ: (await one(`SELECT ci.id FROM cities ci JOIN countries co ON co.id = ci.country_id WHERE co.iso2 = 'CI' AND ci.code = 'ABJ'`)).id,
      languageFr: (await one(`SELECT id FROM languages WHERE code = 'fr'`)).id,
      skill: skill.id,
      skillSlug: skill.slug,
    }

    // ---- search: API v1, floor, generic REST
    const search: Results = {}
    for (const current of part('search') ? searchCases(ids) : []) {
      log(`recherche « ${current.label} »`)
      let apiTotal = -1
      let restTotal = -1
      let floorTotal = -1
      const api = await measure(REQUESTS, async (i) => {
        const body = (await getJson(`/api/v1/cinema-talents?${current.api(i)}`)) as { totalDocs: number; docs: unknown[] }
        if (i === 0) apiTotal = body.totalDocs
      })
      const floor = await measure(REQUESTS, async (i) => {
        const total = await floorQuery(pool, current, i)
        if (i === 0) floorTotal = total
      })
      const rest = await measure(
        Math.max(20, Math.round(REQUESTS / 2)),
        async (i) => {
          const body = (await getJson(`/api/cinema-talents?${current.rest(i)}`)) as { totalDocs: number }
          if (i === 0) restTotal = body.totalDocs
        },
        2,
      )
      search[current.key] = {
        label: current.label,
        api,
        floor,
        rest,
        totals: { api: apiTotal, floor: floorTotal, rest: restTotal },
        apiOverFloor: Math.round((api.p50 / floor.p50) * 100) / 100,
        restOverApi: Math.round((rest.p50 / api.p50) * 100) / 100,
      }
    }
    if (part('search')) results.search = search

    // ---- profile by code (API) and public pages (TTFB)
    const sample = async (tableName: string, where = 'TRUE') =>
      (await pool.query(`SELECT code FROM ${tableName} WHERE ${where} ORDER BY (id * 7919) % 100003 LIMIT 200`)).rows.map((row) => row.code as string)
    const cinemaCodes = await sample('cinema_talents')
    const talentCodes = await sample('talents')
    const publicCinemaCodes = await sample('cinema_talents', 'is_public')
    const publicTalentCodes = await sample('talents', 'is_public')
    if (part('profile')) {
      log('profil par code')
      const byCode = {
        cinema: await measure(REQUESTS, async (i) => void (await getJson(`/api/v1/cinema-talents/${cinemaCodes[i % cinemaCodes.length]}`))),
        talent: await measure(REQUESTS, async (i) => void (await getJson(`/api/v1/talents/${talentCodes[i % talentCodes.length]}`))),
      }
      log('pages publiques (TTFB)')
      const pageTimes = async (urls: string[]) => {
        const ttfb: number[] = []
        const complete: number[] = []
        for (let i = -3; i < urls.length; i++) {
          const url = urls[Math.max(i, 0)]
          const t0 = performance.now()
          const response = await fetch(`${BASE}${url}`)
          const t1 = performance.now()
          await response.arrayBuffer()
          if (response.status !== 200) throw new Error(`${url} → ${response.status}`)
          if (i >= 0) (ttfb.push(t1 - t0), complete.push(performance.now() - t0))
        }
        return { ttfb: summarize(ttfb), complete: summarize(complete) }
      }
      const pages = Math.min(REQUESTS, 100)
      const publicPages = {
        talent: await pageTimes(publicTalentCodes.slice(0, pages).map((code) => `/talents/${code}`)),
        cinema: await pageTimes(publicCinemaCodes.slice(0, pages).map((code) => `/cinema/profile/${code}`)),
      }
      results.profile = { byCode, publicPages }
    }

    // ---- presence: check-in then check-out of people assigned to project 1
    if (part('presence')) {
      log('présence')
      const presenceCodes = (
        await pool.query(`SELECT t.code FROM assignments a JOIN cinema_talents t ON t.id = a.cinema_talent_id WHERE a.project_id = 1 ORDER BY t.id LIMIT 200`)
      ).rows.map((row) => row.code as string)
      const scan = async (code: string, expected: string) => {
        const response = await fetch(`${BASE}/api/presence/scan`, {
          method: 'POST',
          headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ scanId: `bench-${randomUUID()}`, projectId: 1, code, scannedAt: new Date().toISOString(), method: 'manual' }),
        })
        const body = (await response.json()) as { result?: string }
        if (!response.ok || body.result !== expected) throw new Error(`scan ${code}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`)
      }
      const checkIn: number[] = []
      const checkOut: number[] = []
      const roundTrip: number[] = []
      const people = presenceCodes.slice(0, Math.min(presenceCodes.length, Math.max(50, Math.round(REQUESTS / 2))))
      for (const code of people.slice(0, 3)) (await scan(code, 'checkIn'), await scan(code, 'checkOut'))
      for (const code of people.slice(3)) {
        const t0 = performance.now()
        await scan(code, 'checkIn')
        const t1 = performance.now()
        await scan(code, 'checkOut')
        const t2 = performance.now()
        checkIn.push(t1 - t0)
        checkOut.push(t2 - t1)
        roundTrip.push(t2 - t0)
      }
      results.presence = { checkIn: summarize(checkIn), checkOut: summarize(checkOut), roundTrip: summarize(roundTrip) }
    }

    // ---- 50 concurrent registrations (same city: they queue on one code counter)
    if (part('registrations')) {
      log('50 inscriptions simultanées')
      const place = await one(
        `SELECT co.id AS country, ci.id AS city FROM cities ci JOIN countries co ON co.id = ci.country_id WHERE co.iso2 = 'CI' AND ci.code = 'ABJ'`,
      )
      const language = ids.languageFr
      const register = async (i: number) => {
        const form = new FormData()
        form.set(
          'data',
          JSON.stringify({
            firstName: 'Aïcha',
            lastName: `Banc ${i}`,
            gender: i % 2 ? 'F' : 'M',
            dateOfBirth: '1996-04-12',
            email: `bench.registration.${Date.now()}.${i}@taalentio.bench`,
            phone: '+225 07 08 09 10 11',
            country: place.country,
            city: place.city,
            categories: [ids.category],
            languages: [{ language, level: 'native' }],
            isPublic: true,
            consent: true,
          }),
        )
        const t0 = performance.now()
        const response = await fetch(`${BASE}/api/registrations/talent`, {
          method: 'POST',
          body: form,
          headers: { 'X-Forwarded-For': `10.9.${Math.floor(i / 250)}.${i % 250}` },
        })
        const body = (await response.json().catch(() => ({}))) as { code?: string; errors?: unknown }
        return { status: response.status, code: body.code, ms: performance.now() - t0, body }
      }
      await register(-1)
      const registrationStarted = performance.now()
      const registrations = await Promise.all(Array.from({ length: 50 }, (_, i) => register(i)))
      const wall = performance.now() - registrationStarted
      const codes = registrations.flatMap((row) => (row.code ? [row.code] : []))
      const failures = registrations.filter((row) => row.status !== 201)
      results.registrations = {
        concurrent: 50,
        ok: registrations.length - failures.length,
        errors: failures.length,
        errorSamples: failures.slice(0, 3).map((row) => ({ status: row.status, body: row.body })),
        distinctCodes: new Set(codes).size,
        wallSeconds: seconds(wall),
        perSecond: Math.round((50 / (wall / 1000)) * 10) / 10,
        latency: summarize(registrations.map((row) => row.ms)),
      }
    }

    // ---- exports of every row, with the server's memory
    const exportRun = async (url: string) => {
      const baseline = treeRssMb(server.pid!)
      let peak = baseline
      const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(server.pid!))), 100)
      const t0 = performance.now()
      const response = await get(url)
      if (!response.ok) throw new Error(`${url} → ${response.status} ${await response.text()}`)
      let bytes = 0
      let firstByte = 0
      const reader = response.body!.getReader()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        if (!firstByte) firstByte = performance.now() - t0
        bytes += value.byteLength
      }
      const ms = performance.now() - t0
      clearInterval(sampler)
      peak = Math.max(peak, treeRssMb(server.pid!))
      return {
        seconds: seconds(ms),
        firstByteMs: Math.round(firstByte),
        megabytes: Math.round(bytes / 1e5) / 10,
        rssBeforeMb: baseline,
        rssPeakMb: peak,
        rssGrowthMb: peak - baseline,
      }
    }
    if (part('exports')) {
      log('export CSV')
      const csv = await exportRun('/api/v1/exports/cinema-talents/csv')
      log('export XLSX')
      const xlsx = await exportRun('/api/v1/exports/cinema-talents/xlsx')
      results.exports = { rows: SIZE, csv, xlsx }
    }

    // ---- badges of the 500-person project
    if (part('badges')) {
      log('badges PDF')
      // Past undici's 300 s headers timeout the run records the failure instead of stopping.
      const started = performance.now()
      const badges = await exportRun('/api/projects/1/badges.pdf').catch((error: Error) => ({ error: String(error.cause ?? error), seconds: seconds(performance.now() - started) }))
      results.badges = { people: Math.min(500, SIZE), ...badges }
    }
  } finally {
    stop()
    await pool.end()
  }
  results.machine = { ...(results.machine as Results), loadAfter: os.loadavg().map((v) => Math.round(v * 100) / 100) }
  results.totalSeconds = seconds(performance.now() - started)
  report(results)
  if (!flag('reuse')) {
    const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)
    await admin.end()
  }
}

function report(results: Results) {
  const machine = results.machine as Results
  console.log(
    `\nTaalentio benchmark — N = ${SIZE}, ${REQUESTS} requests per search query, ${machine.cpus} × ${machine.cpuModel}, load ${(machine.loadBefore as number[]).join(' ')} → ${(machine.loadAfter as number[]).join(' ')}`,
  )
  console.log(textTable(rows(results)))
  const out = path.resolve(option('out', path.join(root, 'bench/results.json')))
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
  log(`${path.relative(root, out)} écrit`)
  if (flag('readme')) log(writeReadme(root, results))
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
