import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'

import { freePort } from '../../src/db/embeddedPostgres'
import { createTestDatabase } from '../helpers/testDatabase'
import { testEnv } from '../helpers/testEnv'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/**
 * Browser tests run against a real server on a fresh database: `next start` when a
 * production build is there (CI builds first), else `next dev`. E2E_SERVER=dev|start forces one.
 */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase('taalentio_e2e')
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const mode = process.env.E2E_SERVER ?? (existsSync('.next/BUILD_ID') ? 'start' : 'dev')
  console.log(`[e2e] next ${mode} sur ${baseUrl}`)
  const server = spawn('npx', ['next', mode, '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, ...testEnv, DATABASE_URL: database.url, NEXT_PUBLIC_SERVER_URL: baseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const output: string[] = []
  const keep = (chunk: Buffer) => output.push(chunk.toString())
  server.stdout?.on('data', keep)
  server.stderr?.on('data', keep)

  const stop = async () => {
    await stopServer(server)
    await database.dispose()
  }
  try {
    // The first request initialises Payload (migrations, reference data, first admin).
    await waitForServer(`${baseUrl}/api/reference/countries`, 240_000)
  } catch (error) {
    console.error(output.join(''))
    await stop()
    throw error
  }
  project.provide('baseUrl', baseUrl)
  // The same database, for tests that start more app instances (multi-instance.e2e.spec.ts).
  project.provide('databaseUrl', database.url)
  return stop
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`Le serveur ne répond pas sur ${url} après ${timeoutMs / 1000} s`)
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || !server.pid) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  process.kill(-server.pid, 'SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
  if (server.exitCode === null) process.kill(-server.pid, 'SIGKILL')
}
