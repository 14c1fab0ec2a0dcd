import { sql } from '@payloadcms/db-postgres'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { CodeError, SequenceExhaustedError } from '@/codes/errors'
import { parseTalentCode, type Gender } from '@/codes/formats'
import { issueTalentCode } from '@/codes/issueCodes'
import { nextSequenceValue } from '@/codes/sequences'
import { getTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

/** Scopes of their own, so other test files issuing codes in the same database never interfere. */
let scopeCount = 0
const newScope = (name: string) => `test:${name}:${Date.now()}:${++scopeCount}`

async function openTransaction(): Promise<PayloadRequest> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  return req
}

/** Runs `work` in its own transaction, committed on success and rolled back on failure, as Payload does. */
async function inTransaction<T>(work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await openTransaction()
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function lastValue(scope: string): Promise<number | null> {
  const { rows } = await payload.db.drizzle.execute(sql`SELECT last_value FROM code_sequences WHERE scope = ${scope}`)
  return rows.length ? Number(rows[0].last_value) : null
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves with 'pending' if `promise` has not settled after `ms`. */
const stateAfter = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => 'settled'), pause(ms).then(() => 'pending')])

describe('nextSequenceValue', () => {
  it('gives 50 concurrent transactions in one scope the numbers 1 to 50, each once', async () => {
    const scope = newScope('concurrent')
    const values = await Promise.all(
      Array.from({ length: 50 }, () =>
        inTransaction(async (req) => {
          const value = await nextSequenceValue(req, { scope, max: 9999 })
          // Keep the transaction open a moment, as a real registration does, so they overlap.
          await pause(5)
          return value
        }),
      ),
    )
    expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1))
    expect(await lastValue(scope)).toBe(50)
  })

  it('gives the number of a rolled back transaction to the next one: no gap', async () => {
    const scope = newScope('rollback')
    expect(await inTransaction((req) => nextSequenceValue(req, { scope, max: 9999 }))).toBe(1)

    const failed = await openTransaction()
    expect(await nextSequenceValue(failed, { scope, max: 9999 })).toBe(2)
    // A concurrent issue in the same scope waits for the first transaction to end…
    const waiting = await openTransaction()
    const next = nextSequenceValue(waiting, { scope, max: 9999 })
    expect(await stateAfter(next, 300)).toBe('pending')
    // …and when that one rolls back, it gets the number that was given back.
    await killTransaction(failed)
    expect(await next).toBe(2)
    await commitTransaction(waiting)
    expect(await lastValue(scope)).toBe(2)
  })

  it('keeps scopes independent: counters and locks', async () => {
    const [first, second] = [newScope('first'), newScope('second')]
    await inTransaction(async (req) => {
      expect(await nextSequenceValue(req, { scope: first, max: 9999 })).toBe(1)
      expect(await nextSequenceValue(req, { scope: second, max: 9999 })).toBe(1)
      expect(await nextSequenceValue(req, { scope: first, max: 9999 })).toBe(2)
    })
    const holding = await openTransaction()
    expect(await nextSequenceValue(holding, { scope: first, max: 9999 })).toBe(3)
    // An open transaction on one scope does not hold up another scope.
    const other = inTransaction((req) => nextSequenceValue(req, { scope: second, max: 9999 }))
    expect(await stateAfter(other, 5_000)).toBe('settled')
    expect(await other).toBe(2)
    await commitTransaction(holding)
    expect([await lastValue(first), await lastValue(second)]).toEqual([3, 2])
  })

  it('stops at the maximum: the exhausted error, and no number issued', async () => {
    const scope = newScope('full')
    await payload.db.drizzle.execute(sql`INSERT INTO code_sequences (scope, last_value) VALUES (${scope}, 9998)`)
    expect(await inTransaction((req) => nextSequenceValue(req, { scope, max: 9999 }))).toBe(9999)

    const error = await inTransaction((req) => nextSequenceValue(req, { scope, max: 9999 })).catch((caught) => caught)
    expect(error).toBeInstanceOf(SequenceExhaustedError)
    expect(error.code).toBe('SEQUENCE_EXHAUSTED')
    expect(error.message).toBe(`Plus aucun code disponible pour « ${scope} » : les 9999 numéros de cette séquence sont déjà attribués.`)
    expect(error.messageIn('en')).toBe(`No code left for "${scope}": all 9999 numbers of this sequence have been issued.`)
    expect(await lastValue(scope)).toBe(9999)

    // Even outside any transaction, where nothing would roll back, the counter does not move.
    const withoutTransaction = await createLocalReq({}, payload)
    await expect(nextSequenceValue(withoutTransaction, { scope, max: 9999 })).rejects.toThrow(SequenceExhaustedError)
    expect(await lastValue(scope)).toBe(9999)
  })

  it('without a transaction, increments on its own connection; with a finished one, refuses', async () => {
    const scope = newScope('standalone')
    const req = await createLocalReq({}, payload)
    expect(await nextSequenceValue(req, { scope, max: 9 })).toBe(1)
    expect(await lastValue(scope)).toBe(1)

    const finished = await openTransaction()
    const transactionID = await finished.transactionID
    await commitTransaction(finished)
    finished.transactionID = transactionID as string
    await expect(nextSequenceValue(finished, { scope, max: 9 })).rejects.toMatchObject({ code: 'TRANSACTION_CLOSED' })
    expect(await lastValue(scope)).toBe(1)
  })
})

describe('issueTalentCode', () => {
  it('numbers per country and city: 50 concurrent registrations give 50 consecutive codes', async () => {
    const genders: Gender[] = ['F', 'M', 'X']
    const codes = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        inTransaction((req) =>
          issueTalentCode(req, { countryIso2: 'ZZ', cityCode: 'TST', gender: genders[index % 3] }),
        ),
      ),
    )
    expect(new Set(codes).size).toBe(50)
    const sequences = codes.map((code) => parseTalentCode(code)?.sequence).sort((a, b) => (a ?? 0) - (b ?? 0))
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, index) => index + 1))
    codes.forEach((code, index) => expect(code).toMatch(new RegExp(`^ZZ${genders[index % 3]}\\d{4}TST$`)))
    expect(await lastValue('talent:ZZ:TST')).toBe(50)

    // Another city of the same country starts its own sequence.
    expect(await inTransaction((req) => issueTalentCode(req, { countryIso2: 'ZZ', cityCode: 'TSU', gender: 'F' }))).toBe(
      'ZZF0001TSU',
    )
  })

  it('issues the last code of a city, then refuses', async () => {
    await payload.db.drizzle.execute(sql`INSERT INTO code_sequences (scope, last_value) VALUES ('talent:ZZ:END', 9998)`)
    const issue = () => inTransaction((req) => issueTalentCode(req, { countryIso2: 'ZZ', cityCode: 'END', gender: 'M' }))
    expect(await issue()).toBe('ZZM9999END')
    await expect(issue()).rejects.toThrow(SequenceExhaustedError)
    expect(await lastValue('talent:ZZ:END')).toBe(9999)
  })

  it('checks the parts before taking a number', async () => {
    const error = await inTransaction((req) =>
      issueTalentCode(req, { countryIso2: 'ZZ', cityCode: 'BAD', gender: 'W' as Gender }),
    ).catch((caught) => caught)
    expect(error).toBeInstanceOf(CodeError)
    expect(error.code).toBe('INVALID_GENDER')
    expect(await lastValue('talent:ZZ:BAD')).toBeNull()
  })
})
