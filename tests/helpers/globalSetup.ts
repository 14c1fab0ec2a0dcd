import type { TestProject } from 'vitest/node'

import { createTestDatabase } from './testDatabase'
import { testEnv } from './testEnv'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

/**
 * One fresh database per `npm test` run: created, migrated and loaded with the
 * reference data once here, then shared by the test files, and dropped at the end.
 */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase('taalentio_test')
  Object.assign(process.env, testEnv, { DATABASE_URL: database.url })
  const started = Date.now()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  console.log(`[tests] base ${new URL(database.url).pathname.slice(1)} prête en ${Date.now() - started} ms`)
  await payload.destroy()
  // destroy() leaves the pool open; its idle connections die when the database is dropped at the end.
  payload.db.pool.on('error', () => {})
  project.provide('databaseUrl', database.url)
  return () => database.dispose()
}
