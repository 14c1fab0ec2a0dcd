import path from 'node:path'

import { dropDatabase, ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embeddedPostgres'

/**
 * A fresh, uniquely named database for one test run: on the server named by
 * DATABASE_URL when set, otherwise on an embedded PostgreSQL under .data/.
 * `dispose` drops the database (and stops the embedded server).
 */
export type TestDatabase = { url: string; dispose: () => Promise<void> }

export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`
  let embedded: EmbeddedDatabase | undefined
  let serverUrl = process.env.DATABASE_URL
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.resolve(`.data/postgres-${prefix}`), database: 'postgres' })
    serverUrl = embedded.url
  }
  const adminUrl = withDatabase(serverUrl, 'postgres')
  await ensureDatabase(adminUrl, name)
  return {
    url: withDatabase(serverUrl, name),
    dispose: async () => {
      await dropDatabase(adminUrl, name).catch((error) => console.warn(`Base ${name} non supprimée : ${error}`))
      await embedded?.stop()
    },
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}
