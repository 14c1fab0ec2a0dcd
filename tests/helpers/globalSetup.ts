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
  const tornDown = reportEarlyExit()
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
  return async () => {
    tornDown()
    await database.dispose()
  }
}

/**
 * CI has seen vitest end a few seconds after "RUN" with exit code 0 and no report (.ci/run
 * retries it). Whoever calls process.exit before the run is over is printed, to find the culprit.
 */
function reportEarlyExit(): () => void {
  let over = false
  const exit = process.exit.bind(process)
  process.exit = ((code?: number | string | null) => {
    if (!over) console.error(`[tests] process.exit(${code ?? ''}) avant la fin des tests :\n${new Error().stack}`)
    return exit(code)
  }) as typeof process.exit
  process.once('beforeExit', (code) => {
    if (!over) console.error(`[tests] boucle d'événements vide avant la fin des tests (code ${code})`)
  })
  return () => {
    over = true
  }
}
