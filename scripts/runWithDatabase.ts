import 'dotenv/config'
import { spawn } from 'node:child_process'
import path from 'node:path'

import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embeddedPostgres'

/**
 * Runs a command with DATABASE_URL set: the configured server when there is one,
 * otherwise an embedded PostgreSQL under .data/ that is stopped when the command ends.
 */
export async function runWithDatabase(command: string, args: string[]): Promise<never> {
  let embedded: EmbeddedDatabase | undefined
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }
  if (!env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.resolve('.data/postgres'),
      database: 'taalentio',
      log: (message) => console.log(`[taalentio] ${message}`),
    })
    env.DATABASE_URL = embedded.url
  }

  const child = spawn(command, args, { stdio: 'inherit', env })
  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    await embedded?.stop().catch(() => {})
    process.exit(code)
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      child.kill(signal)
    })
  }
  child.on('exit', (code, signal) => void stop(code ?? (signal ? 1 : 0)))
  return new Promise<never>(() => {})
}
