import type { PayloadRequest, Where } from 'payload'

import type { Attendance } from '../../payload-types'
import { relationId } from '@/payload/relationId'
import { dayOf, dayRange, openShiftSince, presenceTimeZone } from './days'
import { attendanceDurationMinutes } from './duration'
import {
  ACTIVE_ASSIGNMENT_STATUSES,
  EXPECTED_ASSIGNMENT_STATUSES,
  findCinemaPeople,
  findTalentPeople,
  scanTalentOf,
  type PresencePerson,
} from './people'
import type { PresenceProjectRef } from './presenceAccess'
import type { HistoryResponse, HistoryRow, LiveTalent, LiveView, ScanTalent } from './types'

/**
 * What staff read about attendance: the live list of today and the history over days. Every
 * read goes through the collections' access as the user (`overrideAccess: false`), except
 * the names of the staff who recorded the scans (users may read only their own account).
 */

const asUser = (req: PayloadRequest) => ({ overrideAccess: false, user: req.user, req }) as const
const ATTENDANCE_PAGE = 500

type Roles = Map<number, { roleName: string; status: string }>

/** Active assignments of the project, by cinema profile: roles for the lists, statuses for "expected". */
async function projectRoles(req: PayloadRequest, projectId: number): Promise<Roles> {
  const { docs } = await req.payload.find({
    collection: 'assignments',
    where: { and: [{ project: { equals: projectId } }, { status: { in: [...ACTIVE_ASSIGNMENT_STATUSES] } }] },
    select: { cinemaTalent: true, roleName: true, status: true },
    depth: 0,
    pagination: false,
    ...asUser(req),
  })
  const roles: Roles = new Map()
  for (const doc of docs) {
    const id = relationId(doc.cinemaTalent)
    if (id) roles.set(id, { roleName: doc.roleName, status: doc.status })
  }
  return roles
}

/** Looks people up once per request, however many pages of attendances mention them. */
class PeopleCache {
  private cinema = new Map<number, PresencePerson>()
  private talents = new Map<number, PresencePerson>()
  private users = new Map<number, string | null>()

  constructor(private readonly req: PayloadRequest, private readonly roles: Roles) {}

  async load(attendances: Pick<Attendance, 'cinemaTalent' | 'talent' | 'recordedBy'>[], extraCinemaIds: number[] = []) {
    const cinemaIds = [...attendances.map((doc) => relationId(doc.cinemaTalent)), ...extraCinemaIds].filter((id): id is number => Boolean(id) && !this.cinema.has(id!))
    const talentIds = attendances
      .filter((doc) => !doc.cinemaTalent)
      .map((doc) => relationId(doc.talent))
      .filter((id): id is number => Boolean(id) && !this.talents.has(id!))
    const userIds = attendances.map((doc) => relationId(doc.recordedBy)).filter((id): id is number => Boolean(id) && !this.users.has(id!))
    const [cinema, talents] = await Promise.all([findCinemaPeople(this.req, cinemaIds), findTalentPeople(this.req, talentIds)])
    cinema.forEach((person, id) => this.cinema.set(id, person))
    talents.forEach((person, id) => this.talents.set(id, person))
    if (userIds.length > 0) {
      // Staff names only: attendance staff may not read other accounts, but may know who scanned.
      const { docs } = await this.req.payload.find({
        collection: 'users',
        where: { id: { in: [...new Set(userIds)] } },
        select: { name: true, email: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req: this.req,
      })
      for (const user of docs) this.users.set(user.id, user.name || user.email || null)
    }
  }

  talentOf(doc: Pick<Attendance, 'cinemaTalent' | 'talent'>): ScanTalent | null {
    const cinemaId = relationId(doc.cinemaTalent)
    const person = cinemaId ? this.cinema.get(cinemaId) : this.talents.get(relationId(doc.talent) ?? -1)
    return person ? scanTalentOf(person, cinemaId ? this.roles.get(cinemaId)?.roleName : undefined) : null
  }

  cinemaTalent(id: number): ScanTalent | null {
    const person = this.cinema.get(id)
    return person ? scanTalentOf(person, this.roles.get(id)?.roleName) : null
  }

  recordedBy(doc: Pick<Attendance, 'recordedBy'>): string | null {
    return this.users.get(relationId(doc.recordedBy) ?? -1) ?? null
  }
}

const talentKey = (talent: ScanTalent) => `${talent.kind}:${talent.id}`
const byName = (a: { talent: ScanTalent }, b: { talent: ScanTalent }) => a.talent.name.localeCompare(b.talent.name, 'fr')

/**
 * Who is on set now: present (an open attendance of the current shift — today's, or a night shoot's
 * begun yesterday evening), gone (came and left today), expected (not come yet).
 */
export async function loadLiveView(req: PayloadRequest, project: PresenceProjectRef, now = new Date()): Promise<LiveView> {
  const zone = presenceTimeZone()
  const today = dayOf(now, zone)
  const { start, end } = dayRange(today, today, zone)
  const shiftStart = openShiftSince(now, zone)
  const [roles, { docs: attendances }] = await Promise.all([
    projectRoles(req, project.id),
    req.payload.find({
      collection: 'attendances',
      where: {
        and: [
          { project: { equals: project.id } },
          { checkInAt: { less_than: end.toISOString() } },
          { or: [{ checkInAt: { greater_than_equal: start.toISOString() } }, { and: [{ checkOutAt: { exists: false } }, { checkInAt: { greater_than_equal: shiftStart.toISOString() } }] }] },
        ],
      },
      sort: 'checkInAt',
      depth: 0,
      pagination: false,
      ...asUser(req),
    }),
  ])
  const people = new PeopleCache(req, roles)
  const expectedIds = [...roles].filter(([, role]) => (EXPECTED_ASSIGNMENT_STATUSES as readonly string[]).includes(role.status)).map(([id]) => id)
  await people.load(attendances, expectedIds)

  const rows = new Map<string, LiveTalent>()
  for (const doc of attendances) {
    const talent = people.talentOf(doc)
    if (!talent) continue
    const key = talentKey(talent)
    const row = rows.get(key) ?? { talent, status: 'gone', minutesToday: 0 }
    const isOpen = !doc.checkOutAt
    // Sorted by arrival: the last attendance of the day says whether they are still here.
    row.checkInAt = doc.checkInAt
    row.checkOutAt = doc.checkOutAt ?? undefined
    row.status = isOpen ? 'present' : 'gone'
    row.minutesToday += isOpen ? Math.max(0, Math.floor((now.getTime() - new Date(doc.checkInAt).getTime()) / 60_000)) : (doc.durationMinutes ?? 0)
    rows.set(key, row)
  }
  for (const id of expectedIds) {
    const talent = people.cinemaTalent(id)
    if (talent && !rows.has(talentKey(talent))) rows.set(talentKey(talent), { talent, status: 'expected', minutesToday: 0 })
  }

  const talents = [...rows.values()]
  const present = talents.filter((row) => row.status === 'present').sort((a, b) => (b.checkInAt ?? '').localeCompare(a.checkInAt ?? ''))
  const expected = talents.filter((row) => row.status === 'expected').sort(byName)
  const gone = talents.filter((row) => row.status === 'gone').sort(byName)
  return {
    project,
    counts: { present: present.length, expected: expected.length, gone: gone.length },
    talents: [...present, ...expected, ...gone],
  }
}

export type HistoryQuery = { from: string; to: string; cinemaTalentId?: number }

/**
 * The project's attendances over the days [from, to] (in PRESENCE_TIME_ZONE), page by page,
 * oldest first: the history collects them, the Excel export streams them.
 */
export async function* historyPages(req: PayloadRequest, project: PresenceProjectRef, query: HistoryQuery): AsyncGenerator<HistoryRow[]> {
  const zone = presenceTimeZone()
  const { start, end } = dayRange(query.from, query.to, zone)
  const conditions: Where[] = [
    { project: { equals: project.id } },
    { checkInAt: { greater_than_equal: start.toISOString() } },
    { checkInAt: { less_than: end.toISOString() } },
  ]
  if (query.cinemaTalentId) conditions.push({ cinemaTalent: { equals: query.cinemaTalentId } })
  const people = new PeopleCache(req, await projectRoles(req, project.id))
  for (let page = 1; ; page += 1) {
    const result = await req.payload.find({
      collection: 'attendances',
      where: { and: conditions },
      sort: ['checkInAt', 'id'],
      depth: 0,
      limit: ATTENDANCE_PAGE,
      page,
      ...asUser(req),
    })
    await people.load(result.docs)
    const rows: HistoryRow[] = []
    for (const doc of result.docs) {
      const talent = people.talentOf(doc)
      if (!talent) continue
      rows.push({
        date: dayOf(new Date(doc.checkInAt), zone),
        talent,
        attendanceId: doc.id,
        checkInAt: doc.checkInAt,
        checkOutAt: doc.checkOutAt ?? null,
        durationMinutes: doc.durationMinutes ?? attendanceDurationMinutes(doc.checkInAt, doc.checkOutAt),
        method: doc.method,
        forced: Boolean(doc.forced),
        recordedBy: people.recordedBy(doc),
        notes: doc.notes ?? null,
      })
    }
    yield rows
    if (!result.hasNextPage) return
  }
}

/** Minutes per day and talent, closed attendances only, in the order first met. */
export class DailyTotals {
  private totals = new Map<string, { date: string; talent: ScanTalent; minutes: number }>()

  add(row: HistoryRow) {
    if (row.durationMinutes === null) return
    const key = `${row.date}|${talentKey(row.talent)}`
    const total = this.totals.get(key) ?? { date: row.date, talent: row.talent, minutes: 0 }
    total.minutes += row.durationMinutes
    this.totals.set(key, total)
  }

  get entries() {
    return [...this.totals.values()]
  }

  get totalMinutes() {
    return this.entries.reduce((sum, entry) => sum + entry.minutes, 0)
  }
}

export async function loadHistory(req: PayloadRequest, project: PresenceProjectRef, query: HistoryQuery): Promise<HistoryResponse> {
  const rows: HistoryRow[] = []
  const totals = new DailyTotals()
  for await (const page of historyPages(req, project, query)) {
    for (const row of page) {
      rows.push(row)
      totals.add(row)
    }
  }
  return {
    from: query.from,
    to: query.to,
    rows,
    dailyTotals: totals.entries.map(({ date, talent, minutes }) => ({ date, talentId: talent.id, minutes })),
    totalMinutes: totals.totalMinutes,
  }
}
