import type { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

export type SqlRunner = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> }
type PostgresSessions = { drizzle: SqlRunner; sessions: Record<string, { db: SqlRunner } | undefined> }
type RequestLike = Pick<PayloadRequest, 'payload' | 'transactionID'>

/**
 * Raw SQL that must move with the request's documents: Payload's postgres adapter keeps one
 * Drizzle handle per open transaction in `db.sessions[transactionID]`. Returns `undefined` when the
 * request has no open transaction (its id is unset, or the transaction already ended).
 */
export async function transactionConnection(req: RequestLike): Promise<SqlRunner | undefined> {
  const id = req.transactionID ? await req.transactionID : undefined
  if (id === undefined || id === null) return undefined
  return (req.payload.db as unknown as PostgresSessions).sessions[String(id)]?.db
}

/** The request's transaction when one is open, else the adapter's pool (each statement then commits on its own). */
export async function requestConnection(req: RequestLike): Promise<SqlRunner> {
  return (await transactionConnection(req)) ?? (req.payload.db as unknown as PostgresSessions).drizzle
}
