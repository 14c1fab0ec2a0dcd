import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { requestConnection, transactionConnection, type SqlRunner } from '@/db/requestConnection'

import { CodeError, SequenceExhaustedError } from './errors'
import { assertCityCode, assertCountryCode } from './formats'

/** The `code_sequences` table (migration 20261125_150000_code_sequences): one counter row per scope. */
type SequenceRequest = Pick<PayloadRequest, 'payload' | 'transactionID'>

const MAX_SCOPE_LENGTH = 200
const INTEGER_MAX = 2_147_483_647

/** Talent codes are numbered per country and city. */
export function talentSequenceScope(countryIso2: string, cityCode: string): string {
  assertCountryCode(countryIso2)
  assertCityCode(cityCode)
  return `talent:${countryIso2}:${cityCode}`
}

/** Cinema codes are numbered per country and city, apart from talent codes. */
export function cinemaSequenceScope(countryIso2: string, cityCode: string): string {
  assertCountryCode(countryIso2)
  assertCityCode(cityCode)
  return `cinema:${countryIso2}:${cityCode}`
}

/** Project codes are numbered per production company. */
export function projectSequenceScope(productionId: string | number): string {
  if (productionId === '' || productionId === null || productionId === undefined) {
    throw new CodeError('INVALID_SCOPE', { value: productionId })
  }
  return `project:${productionId}`
}

/**
 * The connection of the request's open transaction, so the counter moves with the document.
 * Without a transaction, the adapter's pool (the increment then commits on its own).
 */
async function sequenceConnection(req: SequenceRequest): Promise<SqlRunner> {
  const transactionID = req.transactionID ? await req.transactionID : undefined
  if (transactionID === undefined || transactionID === null) return requestConnection(req)
  const connection = await transactionConnection(req)
  // Running outside a transaction that was already committed or rolled back would
  // issue a number that nothing gives back: refuse instead.
  if (!connection) throw new CodeError('TRANSACTION_CLOSED')
  return connection
}

/**
 * The next number of a sequence, from 1 to `max`, inside the request's transaction.
 *
 * One upsert increments the scope's counter row and returns the new value; the row
 * stays locked until the transaction ends, so concurrent issues in one scope queue up
 * and get consecutive numbers, and a rolled back transaction gives its number back.
 * The counter never moves past `max`: at the end of the sequence no row comes back
 * and `SequenceExhaustedError` is thrown, so no code is issued.
 */
export async function nextSequenceValue(
  req: SequenceRequest,
  { scope, max }: { scope: string; max: number },
): Promise<number> {
  if (typeof scope !== 'string' || !scope || scope.length > MAX_SCOPE_LENGTH) {
    throw new CodeError('INVALID_SCOPE', { value: scope })
  }
  if (!Number.isInteger(max) || max < 1 || max > INTEGER_MAX) {
    throw new CodeError('INVALID_SEQUENCE', { value: max, max: INTEGER_MAX })
  }
  const connection = await sequenceConnection(req)
  const { rows } = await connection.execute(sql`
    INSERT INTO code_sequences (scope, last_value) VALUES (${scope}, 1)
    ON CONFLICT (scope) DO UPDATE SET last_value = code_sequences.last_value + 1
      WHERE code_sequences.last_value < ${max}
    RETURNING last_value`)
  const value = Number(rows[0]?.last_value)
  if (!rows.length || !Number.isInteger(value) || value > max) throw new SequenceExhaustedError(scope, max)
  return value
}
