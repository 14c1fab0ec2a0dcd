import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type PayloadRequest, type Where } from 'payload'

import { transactionConnection, type SqlRunner } from '@/db/requestConnection'
import { relationId } from '@/payload/relationId'
import type { Attendance } from '../../payload-types'
import { dayOf, openShiftSince, presenceTimeZone } from './days'
import { attendanceDurationMinutes } from './duration'
import {
  findActiveAssignment,
  findCinemaPeople,
  findPersonByCode,
  personKey,
  scanTalentOf,
  type PresencePerson,
} from './people'
import { canForceCheckIn, type PresenceProjectRef } from './presenceAccess'
import { parseScannedCode } from './scannedCode'
import type { AttendanceView, ScanInput, ScanMethod, ScanResponse, ScanTalent } from './types'

/**
 * THE place that decides arrival or departure (SPEC §6). For one person on one project:
 *
 *   scan id already recorded        → the same outcome again (`replayed`), nothing recorded
 *   last scan < debounce window ago → alreadyScanned, nothing recorded (also for a scan older
 *                                     than the last one: an offline scan synced late)
 *   open attendance of this shift   → check-out, with its duration (today, or since 12 h for a night shoot)
 *   otherwise                       → check-in
 *
 * Each decision runs in its own transaction holding an advisory lock on (project, person), so
 * simultaneous scans of one person on several phones queue up and each sees the previous
 * one's record: one check-in, never two. The unique scan-id indexes are the last defence.
 *
 * Who may scan what is checked before, as the user (project, profile and assignment are read
 * with `overrideAccess: false`). The attendance itself is then written by the system
 * (`overrideAccess: true`): nobody may create attendances through the REST API, only this
 * function may, after those checks.
 */

export const DEFAULT_DEBOUNCE_SECONDS = 60
/** A device clock this far ahead is not trusted: the scan is taken as made now. */
const FUTURE_TOLERANCE_MS = 2 * 60_000

export function debounceSeconds(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.PRESENCE_DEBOUNCE_SECONDS)
  return env.PRESENCE_DEBOUNCE_SECONDS?.trim() && Number.isFinite(value) && value >= 0 ? value : DEFAULT_DEBOUNCE_SECONDS
}

/** When a scan happened: the device's time, unless it is in the future. */
export function scanInstant(scannedAt: string, now = new Date()): Date {
  const at = new Date(scannedAt)
  if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return now
  return at
}

type Action =
  | { kind: 'scan'; at: Date; windowSeconds: number }
  | { kind: 'checkIn'; at: Date }
  | { kind: 'checkOut'; at: Date }

type Recording = {
  project: PresenceProjectRef
  person: PresencePerson
  talent: ScanTalent
  action: Action
  scanId: string
  method: ScanMethod
  device?: string
  forced: boolean
}

/** Raw SQL on the request's open transaction: the lock only means something inside the transaction that writes the record. */
async function inTransaction(req: PayloadRequest): Promise<SqlRunner> {
  const connection = await transactionConnection(req)
  if (!connection) throw new Error('Presence: no open transaction to lock in')
  return connection
}

function attendanceView(doc: Attendance): AttendanceView {
  return {
    id: doc.id,
    checkInAt: doc.checkInAt,
    checkOutAt: doc.checkOutAt ?? null,
    durationMinutes: doc.durationMinutes ?? attendanceDurationMinutes(doc.checkInAt, doc.checkOutAt),
    method: doc.method,
    forced: Boolean(doc.forced),
  }
}

function personWhere(person: PresencePerson): Where {
  return person.cinemaTalentId
    ? { cinemaTalent: { equals: person.cinemaTalentId } }
    : { and: [{ talent: { equals: person.talentId } }, { cinemaTalent: { exists: false } }] }
}

const system = (req: PayloadRequest) => ({ overrideAccess: true, req, depth: 0 }) as const

async function findByScanId(req: PayloadRequest, scanId: string): Promise<Attendance | undefined> {
  const { docs } = await req.payload.find({
    collection: 'attendances',
    where: { or: [{ clientScanId: { equals: scanId } }, { checkOutScanId: { equals: scanId } }] },
    limit: 1,
    pagination: false,
    ...system(req),
  })
  return docs[0]
}

function replayOf(doc: Attendance, scanId: string, talent: ScanTalent): ScanResponse {
  const result = doc.checkOutScanId === scanId ? 'checkOut' : 'checkIn'
  return { result, talent, attendance: attendanceView(doc), scanId, replayed: true }
}

/** The decision and the write, for one person, inside the transaction holding their lock. */
async function decideAndRecord(req: PayloadRequest, recording: Recording): Promise<ScanResponse> {
  const { project, person, talent, action, scanId } = recording
  const connection = await inTransaction(req)
  await connection.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`presence:${project.id}:${personKey(person)}`}, 0))`)

  const replayed = await findByScanId(req, scanId)
  if (replayed) {
    // A scan id is one scan of one person: reused for someone else, it is not a replay to show.
    const samePerson = person.cinemaTalentId ? relationId(replayed.cinemaTalent) === person.cinemaTalentId : relationId(replayed.talent) === person.talentId
    if (relationId(replayed.project) !== project.id || !samePerson) return { result: 'invalidCode', code: talent.code, scanId, replayed: false }
    return replayOf(replayed, scanId, talent)
  }

  const mine: Where = { and: [{ project: { equals: project.id } }, personWhere(person)] }
  if (action.kind === 'scan') {
    const { docs } = await req.payload.find({ collection: 'attendances', where: mine, sort: '-lastScanAt', limit: 1, pagination: false, ...system(req) })
    const lastScanAt = docs[0]?.lastScanAt ?? docs[0]?.checkInAt
    if (lastScanAt && action.at.getTime() < new Date(lastScanAt).getTime() + action.windowSeconds * 1000) {
      return { result: 'alreadyScanned', talent, lastScanAt, scanId, replayed: false }
    }
  }

  // Only the current shift's open attendance is closed (today's, or a night shoot's from yesterday
  // evening): one left open longer ago stays as it is.
  const shiftStart = openShiftSince(action.at, presenceTimeZone())
  const { docs: open } = await req.payload.find({
    collection: 'attendances',
    where: {
      and: [
        mine,
        { checkOutAt: { exists: false } },
        { checkInAt: { greater_than_equal: shiftStart.toISOString() } },
        { checkInAt: { less_than_equal: action.at.toISOString() } },
      ],
    },
    sort: '-checkInAt',
    limit: 1,
    pagination: false,
    ...system(req),
  })
  const current = open[0]

  if (action.kind === 'checkIn' && current) {
    return { result: 'alreadyScanned', talent, lastScanAt: current.lastScanAt ?? current.checkInAt, scanId, replayed: false }
  }
  if (action.kind === 'checkOut' && !current) return { result: 'notPresent', talent, scanId, replayed: false }

  const at = action.at.toISOString()
  const userId = req.user?.id as number | undefined
  if (current) {
    const closed = await req.payload.update({
      collection: 'attendances',
      id: current.id,
      data: { checkOutAt: at, lastScanAt: at, checkOutScanId: scanId, checkOutMethod: recording.method, checkedOutBy: userId },
      ...system(req),
    })
    return { result: 'checkOut', talent, attendance: attendanceView(closed), scanId, replayed: false }
  }
  const opened = await req.payload.create({
    collection: 'attendances',
    data: {
      title: `${person.name} — ${project.code} — ${dayOf(action.at, presenceTimeZone()).split('-').reverse().join('/')}`,
      cinemaTalent: person.cinemaTalentId,
      talent: person.talentId,
      project: project.id,
      checkInAt: at,
      lastScanAt: at,
      method: recording.method,
      forced: recording.forced,
      recordedBy: userId,
      device: recording.device?.slice(0, 200),
      clientScanId: scanId,
    },
    ...system(req),
  })
  return { result: 'checkIn', talent, attendance: attendanceView(opened), scanId, replayed: false }
}

/**
 * Runs one decision in a transaction of its own (a fresh request for the same user and
 * language), so a batch is not one long transaction and a failure affects one scan only.
 */
async function record(req: PayloadRequest, recording: Recording): Promise<ScanResponse> {
  const scanReq = await createLocalReq({ user: req.user ?? undefined, req: { i18n: req.i18n, t: req.t } }, req.payload)
  await initTransaction(scanReq)
  try {
    const response = await decideAndRecord(scanReq, recording)
    await commitTransaction(scanReq)
    return response
  } catch (error) {
    await killTransaction(scanReq)
    // The same scan id recorded meanwhile by another request (its unique index refused ours).
    const existing = await findByScanId(await createLocalReq({}, req.payload), recording.scanId).catch(() => undefined)
    if (existing) return replayOf(existing, recording.scanId, recording.talent)
    throw error
  }
}

/**
 * A talent let in by an admin's forced check-in is not refused afterwards: their departure
 * (or a repeated scan, or the replay of the forced scan) goes through the usual decision.
 * Read as the user: staff see only attendances of their projects.
 */
async function hasForcedAttendance(req: PayloadRequest, project: PresenceProjectRef, person: PresencePerson, scanId: string, at: Date): Promise<boolean> {
  const shiftStart = openShiftSince(at, presenceTimeZone())
  const { totalDocs } = await req.payload.count({
    collection: 'attendances',
    where: {
      and: [
        { project: { equals: project.id } },
        { forced: { equals: true } },
        { or: [{ clientScanId: { equals: scanId } }, { and: [personWhere(person), { checkInAt: { greater_than_equal: shiftStart.toISOString() } }] }] },
      ],
    },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return totalDocs > 0
}

/** One scan from the scanner page (camera or typed code), live or replayed from the offline queue. */
export async function recordScan(req: PayloadRequest, project: PresenceProjectRef, input: ScanInput, now = new Date()): Promise<ScanResponse> {
  const { scanId } = input
  const scanned = parseScannedCode(input.code)
  if (!scanned) return { result: 'invalidCode', code: input.code.trim().slice(0, 100), scanId, replayed: false }
  const person = await findPersonByCode(req, scanned)
  if (!person) return { result: 'unknownCode', code: scanned.code, scanId, replayed: false }

  const assignment = await findActiveAssignment(req, project.id, person.cinemaTalentId)
  const talent = scanTalentOf(person, assignment?.roleName)
  const at = scanInstant(input.scannedAt, now)
  const forced = !assignment && Boolean(input.force) && canForceCheckIn(req)
  if (!assignment && !forced && !(await hasForcedAttendance(req, project, person, scanId, at))) {
    return { result: 'notAssigned', talent, canForce: canForceCheckIn(req), scanId, replayed: false }
  }
  return record(req, {
    project,
    person,
    talent,
    action: { kind: 'scan', at, windowSeconds: debounceSeconds() },
    scanId,
    method: input.method,
    device: input.device,
    forced,
  })
}

/** Check-in or check-out of selected cinema profiles, as staff do for a whole group. */
export async function recordBulk(
  req: PayloadRequest,
  project: PresenceProjectRef,
  action: 'checkIn' | 'checkOut',
  cinemaTalentIds: number[],
  now = new Date(),
): Promise<ScanResponse[]> {
  const people = await findCinemaPeople(req, cinemaTalentIds)
  const results: ScanResponse[] = []
  for (const id of [...new Set(cinemaTalentIds)]) {
    const scanId = randomUUID()
    const person = people.get(id)
    if (!person) {
      results.push({ result: 'unknownCode', code: String(id), scanId, replayed: false })
      continue
    }
    const assignment = await findActiveAssignment(req, project.id, id)
    const talent = scanTalentOf(person, assignment?.roleName)
    if (!assignment) {
      results.push({ result: 'notAssigned', talent, canForce: false, scanId, replayed: false })
      continue
    }
    results.push(await record(req, { project, person, talent, action: { kind: action, at: now }, scanId, method: 'bulk', forced: false }))
  }
  return results
}
