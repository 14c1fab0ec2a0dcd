import { randomUUID } from 'node:crypto'

import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import ExcelJS from 'exceljs'
import { createLocalReq, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { loadLiveView } from '@/presence/attendanceViews'
import { startOfDay, dayOf } from '@/presence/days'
import type { HistoryResponse, LiveView, ScanInput, ScanResponse } from '@/presence/types'
import { cinemaProfileUrl } from '@/qr/publicProfileUrl'
import type { CinemaTalent, Project, Talent, User } from '../../payload-types'
import config from '../../payload.config'
import { getTestPayload } from '../helpers/payload'
import { TEST_ADMIN } from '../helpers/testEnv'
import { createUser } from '../helpers/users'

type Session = { token: string; user: User }
type Answer<T> = { status: number; body: T; response: Response }

let payload: Payload
let place: { country: number; city: number; category: number }
let productionId: number
let admin: Session
let staffA: Session
let staffB: Session
let talentUser: Session
let projectA: Project
let projectB: Project
let counter = 0

const route = (path: string) => ({ params: Promise.resolve({ slug: path.split('?')[0].split('/') }) })

async function call<T>(method: 'GET' | 'POST', path: string, { session, body, language }: { session?: Session; body?: unknown; language?: 'fr' | 'en' } = {}): Promise<Answer<T>> {
  const headers = new Headers()
  if (session) headers.set('Authorization', `JWT ${session.token}`)
  if (language) headers.set('Cookie', `payload-lng=${language}`)
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  const request = new Request(`http://localhost/api/${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const response = await (method === 'GET' ? REST_GET : REST_POST)(config)(request, route(path))
  const isJson = response.headers.get('content-type')?.includes('json')
  return { status: response.status, body: (isJson ? await response.json() : null) as T, response }
}

async function signIn(user: { email: string; password: string }): Promise<Session> {
  const result = await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })
  return { token: result.token!, user: result.user as User }
}

async function createCinemaTalent(firstName: string, user?: User): Promise<CinemaTalent> {
  counter += 1
  const owner = user ?? (await createUser(payload, { roles: ['talent'] }))
  return payload.create({
    collection: 'cinema-talents',
    data: {
      user: owner.id,
      firstName,
      lastName: `Presence ${counter}`,
      gender: 'F',
      dateOfBirth: '1993-05-06',
      country: place.country,
      city: place.city,
      categories: [place.category],
      availability: 'available',
    },
  })
}

async function createProject(title: string, staff: User[]): Promise<Project> {
  return payload.create({ collection: 'projects', data: { title, production: productionId, type: 'FLM', status: 'shooting', presenceStaff: staff.map((user) => user.id) } })
}

async function assign(project: Project, talent: CinemaTalent, status: 'confirmed' | 'proposed' | 'declined' = 'confirmed', roleName = 'Figurant') {
  await payload.create({ collection: 'assignments', data: { project: project.id, cinemaTalent: talent.id, roleName, kind: 'cast', status } })
}

function scanOf(project: Project, code: string, scannedAt: string | Date, extra: Partial<ScanInput> = {}): ScanInput {
  return { scanId: randomUUID(), projectId: project.id, code, scannedAt: new Date(scannedAt).toISOString(), method: 'camera', ...extra }
}

const scan = (session: Session, input: ScanInput, language?: 'fr' | 'en') => call<ScanResponse & { error?: { code: string; message: string } }>('POST', 'presence/scan', { session, body: input, language })

async function attendancesOf(talent: CinemaTalent, project: Project) {
  const { docs } = await payload.find({
    collection: 'attendances',
    where: { and: [{ cinemaTalent: { equals: talent.id } }, { project: { equals: project.id } }] },
    sort: 'id',
    pagination: false,
    depth: 0,
  })
  return docs
}

/** Three unique capital letters for a production code. */
function companyCode(): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  return Array.from({ length: 3 }, () => letters[Math.floor(Math.random() * 26)]).join('')
}

beforeAll(async () => {
  payload = await getTestPayload()
  const country = (await payload.find({ collection: 'countries', where: { iso2: { equals: 'CI' } }, limit: 1 })).docs[0]
  const city = (await payload.find({ collection: 'cities', where: { country: { equals: country.id } }, sort: '-population', limit: 1 })).docs[0]
  const category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]
  place = { country: country.id, city: city.id, category: category.id }
  for (let attempt = 0; !productionId; attempt += 1) {
    const created = await payload
      .create({ collection: 'productions', data: { name: `Présence Films ${attempt}`, code: companyCode(), country: country.id } })
      .catch((error) => (attempt < 5 ? null : Promise.reject(error)))
    if (created) productionId = created.id
  }
  admin = await signIn(TEST_ADMIN)
  staffA = await signIn(await createUser(payload, { roles: ['presence'] }))
  staffB = await signIn(await createUser(payload, { roles: ['presence'] }))
  talentUser = await signIn(await createUser(payload, { roles: ['talent'] }))
  projectA = await createProject('Le Plateau', [staffA.user])
  projectB = await createProject('Les Autres', [staffB.user])
})

afterEach(() => {
  delete process.env.PRESENCE_DEBOUNCE_SECONDS
})

describe('scan: arrival, departure, debounce', () => {
  it('records an arrival, then the departure with the right duration, and says which it was', async () => {
    const awa = await createCinemaTalent('Awa')
    await assign(projectA, awa, 'confirmed', 'Commissaire Diallo')

    const arrival = await scan(staffA, scanOf(projectA, awa.code!, '2026-11-20T08:00:00Z'))
    expect(arrival.status).toBe(200)
    expect(arrival.body).toMatchObject({ result: 'checkIn', replayed: false, talent: { kind: 'cinema', id: awa.id, code: awa.code, role: 'Commissaire Diallo' } })

    const departure = await scan(staffA, scanOf(projectA, awa.code!, '2026-11-20T16:30:00Z'))
    expect(departure.status).toBe(200)
    expect(departure.body).toMatchObject({ result: 'checkOut', attendance: { durationMinutes: 510, checkInAt: '2026-11-20T08:00:00.000Z', checkOutAt: '2026-11-20T16:30:00.000Z' } })

    const records = await attendancesOf(awa, projectA)
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ durationMinutes: 510, method: 'camera', checkOutMethod: 'camera', forced: false, recordedBy: staffA.user.id })
  })

  it('ignores a second scan within the debounce window and records nothing', async () => {
    process.env.PRESENCE_DEBOUNCE_SECONDS = '60'
    const bintou = await createCinemaTalent('Bintou')
    await assign(projectA, bintou)
    await scan(staffA, scanOf(projectA, bintou.code!, '2026-11-20T09:00:00Z'))

    const repeated = await scan(staffA, scanOf(projectA, bintou.code!, '2026-11-20T09:00:40Z'))
    expect(repeated.status).toBe(200)
    expect(repeated.body).toMatchObject({ result: 'alreadyScanned', lastScanAt: '2026-11-20T09:00:00.000Z' })
    // A scan older than the last one (an offline scan synced late) records nothing either.
    expect((await scan(staffA, scanOf(projectA, bintou.code!, '2026-11-20T08:30:00Z'))).body.result).toBe('alreadyScanned')
    expect(await attendancesOf(bintou, projectA)).toHaveLength(1)
    expect((await attendancesOf(bintou, projectA))[0].checkOutAt ?? null).toBeNull()

    const later = await scan(staffA, scanOf(projectA, bintou.code!, '2026-11-20T09:01:01Z'))
    expect(later.body).toMatchObject({ result: 'checkOut', attendance: { durationMinutes: 1 } })
    // Just after the departure: ignored too, so a double scan at the exit does not re-open.
    expect((await scan(staffA, scanOf(projectA, bintou.code!, '2026-11-20T09:01:30Z'))).body.result).toBe('alreadyScanned')
    expect(await attendancesOf(bintou, projectA)).toHaveLength(1)
  })

  it('does not close an attendance left open on an earlier day: today’s scan is a new arrival', async () => {
    const cheick = await createCinemaTalent('Cheick')
    await assign(projectA, cheick)
    await scan(staffA, scanOf(projectA, cheick.code!, '2026-11-18T08:00:00Z'))
    const nextDay = await scan(staffA, scanOf(projectA, cheick.code!, '2026-11-19T08:00:00Z'))
    expect(nextDay.body.result).toBe('checkIn')
    const records = await attendancesOf(cheick, projectA)
    expect(records).toHaveLength(2)
    expect(records.every((record) => !record.checkOutAt)).toBe(true)
  })

  it('ends a night shoot across midnight with a departure, and lists the talent as present after midnight', async () => {
    const fanta = await createCinemaTalent('Fanta')
    await assign(projectA, fanta)
    expect((await scan(staffA, scanOf(projectA, fanta.code!, '2026-11-21T20:00:00Z'))).body.result).toBe('checkIn')
    const projectRef = { id: projectA.id, code: projectA.code!, title: projectA.title }
    const afterMidnight = await loadLiveView(await createLocalReq({ user: staffA.user }, payload), projectRef, new Date('2026-11-22T01:00:00Z'))
    expect(afterMidnight.talents.find((row) => row.talent.id === fanta.id)?.status).toBe('present')

    const departure = await scan(staffA, scanOf(projectA, fanta.code!, '2026-11-22T03:30:00Z'))
    expect(departure.body).toMatchObject({ result: 'checkOut', attendance: { durationMinutes: 450, checkInAt: '2026-11-21T20:00:00.000Z' } })
    expect(await attendancesOf(fanta, projectA)).toHaveLength(1)
  })

  it('accepts a code typed in lower case with spaces, or the badge URL; refuses a malformed code (400, localized)', async () => {
    const dede = await createCinemaTalent('Dédé')
    await assign(projectA, dede)
    const typed = await scan(staffA, scanOf(projectA, `  ${dede.code!.toLowerCase()} `, '2026-11-20T07:00:00Z', { method: 'manual' }))
    expect(typed.body).toMatchObject({ result: 'checkIn', talent: { id: dede.id } })
    const url = `${cinemaProfileUrl(dede.code!).replace('http://localhost:3000', 'https://taalentio.example')}?from=badge`
    const viaUrl = await scan(staffA, scanOf(projectA, url, '2026-11-20T18:00:00Z'))
    expect(viaUrl.body).toMatchObject({ result: 'checkOut', talent: { id: dede.id } })
    expect((await attendancesOf(dede, projectA))[0].method).toBe('manual')

    const malformed = await scan(staffA, scanOf(projectA, 'CI-ABJ-???', '2026-11-20T07:00:00Z'))
    expect(malformed.status).toBe(400)
    expect(malformed.body).toMatchObject({ result: 'invalidCode', error: { code: 'invalidCode' } })
    expect(malformed.body.error!.message).toContain('Code illisible')
    const inEnglish = await scan(staffA, scanOf(projectA, 'nonsense', '2026-11-20T07:00:00Z'), 'en')
    expect(inEnglish.body.error!.message).toContain('Unreadable code')

    const unknown = await scan(staffA, scanOf(projectA, 'CIZZZ99999F', '2026-11-20T07:00:00Z'))
    expect(unknown.status).toBe(404)
    expect(unknown.body.result).toBe('unknownCode')
  })

  it('finds the cinema profile from the main talent code of the same person', async () => {
    const owner = await createUser(payload, { roles: ['talent'] })
    const main = (await payload.create({
      collection: 'talents',
      data: { user: owner.id, firstName: 'Esther', lastName: 'Main', gender: 'F', dateOfBirth: '1990-01-01', country: place.country, city: place.city, categories: [place.category] },
    })) as Talent
    const cinema = await createCinemaTalent('Esther', owner)
    await assign(projectA, cinema)
    const response = await scan(staffA, scanOf(projectA, main.code!, '2026-11-20T08:00:00Z', { method: 'manual' }))
    expect(response.body).toMatchObject({ result: 'checkIn', talent: { kind: 'cinema', id: cinema.id, code: cinema.code } })
    const [record] = await attendancesOf(cinema, projectA)
    expect(record).toMatchObject({ talent: main.id, cinemaTalent: cinema.id })
  })
})

describe('scan: who may record what', () => {
  it('refuses a talent not assigned to the project (403, nothing recorded); an admin may force it, recorded as forced', async () => {
    const fanta = await createCinemaTalent('Fanta')
    const declined = await createCinemaTalent('Grâce')
    await assign(projectA, declined, 'declined')

    const refused = await scan(staffA, scanOf(projectA, fanta.code!, '2026-11-20T08:00:00Z', { force: true }))
    expect(refused.status).toBe(403)
    expect(refused.body).toMatchObject({ result: 'notAssigned', canForce: false, talent: { id: fanta.id }, error: { code: 'notAssigned' } })
    expect(refused.body.error!.message).toContain('n’est pas affecté·e')
    expect((await scan(staffA, scanOf(projectA, declined.code!, '2026-11-20T08:00:00Z'))).body.result).toBe('notAssigned')
    expect(await attendancesOf(fanta, projectA)).toHaveLength(0)

    const adminAsked = await scan(admin, scanOf(projectA, fanta.code!, '2026-11-20T08:00:00Z'))
    expect(adminAsked.status).toBe(403)
    expect(adminAsked.body).toMatchObject({ result: 'notAssigned', canForce: true })

    const forced = await scan(admin, scanOf(projectA, fanta.code!, '2026-11-20T08:00:00Z', { force: true }))
    expect(forced.status).toBe(200)
    expect(forced.body).toMatchObject({ result: 'checkIn', attendance: { forced: true } })
    const [record] = await attendancesOf(fanta, projectA)
    expect(record).toMatchObject({ forced: true, recordedBy: admin.user.id })

    // The forced arrival lets the staff record the departure without forcing again.
    const departure = await scan(staffA, scanOf(projectA, fanta.code!, '2026-11-20T12:00:00Z'))
    expect(departure.body).toMatchObject({ result: 'checkOut', attendance: { durationMinutes: 240, forced: true } })
  })

  it('records a forced arrival of someone with only a main profile (no cinema profile)', async () => {
    const owner = await createUser(payload, { roles: ['talent'] })
    const main = (await payload.create({
      collection: 'talents',
      data: { user: owner.id, firstName: 'Ousmane', lastName: 'Seul', gender: 'M', dateOfBirth: '1988-03-03', country: place.country, city: place.city, categories: [place.category] },
    })) as Talent
    const refused = await scan(staffA, scanOf(projectA, main.code!, '2026-11-20T08:00:00Z', { method: 'manual' }))
    expect(refused.body).toMatchObject({ result: 'notAssigned', talent: { kind: 'talent', id: main.id, code: main.code } })
    const forced = await scan(admin, scanOf(projectA, main.code!, '2026-11-20T08:00:00Z', { method: 'manual', force: true }))
    expect(forced.body).toMatchObject({ result: 'checkIn', talent: { kind: 'talent', id: main.id }, attendance: { forced: true } })
    const { docs } = await payload.find({ collection: 'attendances', where: { talent: { equals: main.id } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0].cinemaTalent ?? null).toBeNull()
    const history = await call<HistoryResponse>('GET', `presence/projects/${projectA.id}/history?from=2026-11-20&to=2026-11-20`, { session: staffA })
    expect(history.body.rows.find((row) => row.talent.kind === 'talent' && row.talent.id === main.id)).toMatchObject({ forced: true, recordedBy: expect.any(String) })
  })

  it('refuses attendance staff of another project, talents and visitors', async () => {
    const hawa = await createCinemaTalent('Hawa')
    await assign(projectA, hawa)
    const input = scanOf(projectA, hawa.code!, '2026-11-20T08:00:00Z')

    const otherStaff = await scan(staffB, input)
    expect(otherStaff.status).toBe(403)
    expect(otherStaff.body).toMatchObject({ error: { code: 'projectForbidden' } })
    expect((await scan(talentUser, input)).status).toBe(403)
    expect((await call('POST', 'presence/scan', { body: input })).status).toBe(401)
    for (const path of [`presence/projects/${projectA.id}/live`, `presence/projects/${projectA.id}/history`, `presence/projects/${projectA.id}/export.xlsx`]) {
      expect((await call('GET', path, { session: staffB })).status).toBe(403)
    }
    expect((await call('POST', 'presence/bulk', { session: staffB, body: { projectId: projectA.id, action: 'checkIn', talentIds: [hawa.id] } })).status).toBe(403)
    expect(await attendancesOf(hawa, projectA)).toHaveLength(0)

    const mine = await call<{ docs: { id: number }[] }>('GET', 'presence/projects', { session: staffB })
    expect(mine.body.docs.map((doc) => doc.id)).toContain(projectB.id)
    expect(mine.body.docs.map((doc) => doc.id)).not.toContain(projectA.id)
  })

  it('lets attendance staff read only their projects’ attendances, and a talent only their own', async () => {
    const owner = await createUser(payload, { roles: ['talent'] })
    const ines = await createCinemaTalent('Inès', owner)
    await assign(projectA, ines)
    await scan(staffA, scanOf(projectA, ines.code!, '2026-11-20T08:00:00Z'))
    const where = { cinemaTalent: { equals: ines.id } }
    const asStaffA = await payload.find({ collection: 'attendances', where, overrideAccess: false, user: staffA.user })
    const asStaffB = await payload.find({ collection: 'attendances', where, overrideAccess: false, user: staffB.user })
    const asOwner = await payload.find({ collection: 'attendances', where, overrideAccess: false, user: owner })
    const asOther = await payload.find({ collection: 'attendances', where, overrideAccess: false, user: talentUser.user })
    expect([asStaffA.totalDocs, asStaffB.totalDocs, asOwner.totalDocs, asOther.totalDocs]).toEqual([1, 0, 1, 0])
    await expect(
      payload.create({ collection: 'attendances', data: { project: projectA.id, cinemaTalent: ines.id, checkInAt: new Date().toISOString(), method: 'manual' }, overrideAccess: false, user: staffA.user }),
    ).rejects.toThrow()
  })
})

describe('concurrency and offline replay', () => {
  it('20 simultaneous scans of one talent give exactly one arrival, never duplicates', async () => {
    process.env.PRESENCE_DEBOUNCE_SECONDS = '60'
    const jo = await createCinemaTalent('Jo')
    await assign(projectA, jo)
    const at = new Date().toISOString()
    const answers = await Promise.all(Array.from({ length: 20 }, (_, index) => scan(index % 2 ? staffA : admin, scanOf(projectA, jo.code!, at))))
    const results = answers.map((answer) => answer.body.result)
    expect(answers.every((answer) => answer.status === 200)).toBe(true)
    expect(results.filter((result) => result === 'checkIn')).toHaveLength(1)
    expect(results.filter((result) => result === 'alreadyScanned')).toHaveLength(19)
    const records = await attendancesOf(jo, projectA)
    expect(records).toHaveLength(1)
    expect(records[0].checkOutAt ?? null).toBeNull()
  })

  it('with no debounce window, 20 simultaneous scans alternate arrival and departure: never two open records', async () => {
    process.env.PRESENCE_DEBOUNCE_SECONDS = '0'
    const kady = await createCinemaTalent('Kady')
    await assign(projectA, kady)
    const at = new Date().toISOString()
    const answers = await Promise.all(Array.from({ length: 20 }, () => scan(staffA, scanOf(projectA, kady.code!, at))))
    const results = answers.map((answer) => answer.body.result)
    expect(results.filter((result) => result === 'checkIn')).toHaveLength(10)
    expect(results.filter((result) => result === 'checkOut')).toHaveLength(10)
    const records = await attendancesOf(kady, projectA)
    expect(records).toHaveLength(10)
    expect(records.filter((record) => !record.checkOutAt)).toHaveLength(0)
    // Every departure closed a different arrival.
    const closedIds = answers.filter((answer) => answer.body.result === 'checkOut').map((answer) => (answer.body as { attendance: { id: number } }).attendance.id)
    expect(new Set(closedIds).size).toBe(10)
  })

  it('the same scan id sent 5 times at once is recorded once; the others replay it', async () => {
    const nafi = await createCinemaTalent('Nafi')
    await assign(projectA, nafi)
    const input = scanOf(projectA, nafi.code!, '2026-11-22T08:00:00Z')
    const answers = await Promise.all(Array.from({ length: 5 }, () => scan(staffA, input)))
    expect(answers.map((answer) => answer.body.result)).toEqual(Array(5).fill('checkIn'))
    expect(answers.filter((answer) => !answer.body.replayed)).toHaveLength(1)
    expect(new Set(answers.map((answer) => (answer.body as { attendance: { id: number } }).attendance.id)).size).toBe(1)
    expect(await attendancesOf(nafi, projectA)).toHaveLength(1)

    // The scan id reused for someone else is not taken as that earlier scan.
    const other = await createCinemaTalent('Oumy')
    await assign(projectA, other)
    const reused = await scan(staffA, { ...input, code: other.code! })
    expect(reused.status).toBe(400)
    expect(reused.body.result).toBe('invalidCode')
    expect(await attendancesOf(other, projectA)).toHaveLength(0)
  })

  it('the same offline batch sent twice gives the same answers and records once', async () => {
    process.env.PRESENCE_DEBOUNCE_SECONDS = '60'
    const lala = await createCinemaTalent('Lala')
    const mimi = await createCinemaTalent('Mimi')
    await assign(projectA, lala)
    await assign(projectA, mimi)
    const batch = [
      scanOf(projectA, lala.code!, '2026-11-21T17:00:00Z'), // sent out of order: the server sorts by scannedAt
      scanOf(projectA, lala.code!, '2026-11-21T08:00:00Z'),
      scanOf(projectA, mimi.code!.toLowerCase(), '2026-11-21T08:05:00Z', { method: 'manual' }),
      scanOf(projectA, lala.code!, '2026-11-21T17:00:20Z'),
      { scanId: 'x', code: 42 },
    ]
    const first = await call<{ results: ScanResponse[] }>('POST', 'presence/sync', { session: staffA, body: { scans: batch } })
    expect(first.status).toBe(200)
    expect(first.body.results.map((result) => result.result)).toEqual(['checkOut', 'checkIn', 'checkIn', 'alreadyScanned', 'invalidCode'])
    expect(first.body.results.map((result) => result.scanId).slice(0, 4)).toEqual(batch.slice(0, 4).map((item) => item.scanId))
    expect(first.body.results.every((result) => !result.replayed)).toBe(true)

    const second = await call<{ results: ScanResponse[] }>('POST', 'presence/sync', { session: staffA, body: { scans: batch } })
    expect(second.body.results.map((result) => result.result)).toEqual(['checkOut', 'checkIn', 'checkIn', 'alreadyScanned', 'invalidCode'])
    expect(second.body.results.slice(0, 3).every((result) => result.replayed)).toBe(true)
    expect((second.body.results[0] as { attendance: { id: number } }).attendance.id).toBe((first.body.results[0] as { attendance: { id: number } }).attendance.id)

    const lalaRecords = await attendancesOf(lala, projectA)
    expect(lalaRecords).toHaveLength(1)
    expect(lalaRecords[0]).toMatchObject({ checkInAt: '2026-11-21T08:00:00.000Z', checkOutAt: '2026-11-21T17:00:00.000Z', durationMinutes: 540 })
    expect(await attendancesOf(mimi, projectA)).toHaveLength(1)

    // The same scan replayed alone answers as the first time, too.
    const alone = await scan(staffA, batch[1] as ScanInput)
    expect(alone.body).toMatchObject({ result: 'checkIn', replayed: true })
  })

  it('refuses a batch over 200 scans', async () => {
    const scans = Array.from({ length: 201 }, () => scanOf(projectA, 'CIABJ00001F', '2026-11-21T08:00:00Z'))
    const answer = await call<{ error: { code: string } }>('POST', 'presence/sync', { session: staffA, body: { scans } })
    expect(answer.status).toBe(400)
    expect(answer.body.error.code).toBe('tooMany')
  })
})

describe('bulk and live list', () => {
  it('checks a group in and out; refuses the unassigned; live counts present, expected and gone', async () => {
    process.env.PRESENCE_DEBOUNCE_SECONDS = '0'
    const project = await createProject('Le Direct', [staffA.user])
    const [nana, oumou, paul, rose, sali] = await Promise.all(['Nana', 'Oumou', 'Paul', 'Rose', 'Sali'].map((name) => createCinemaTalent(name)))
    const outsider = await createCinemaTalent('Tiémoko')
    await assign(project, nana)
    await assign(project, oumou)
    await assign(project, paul, 'proposed')
    await assign(project, rose)
    await assign(project, sali, 'declined')

    const checkIn = await call<{ results: ScanResponse[] }>('POST', 'presence/bulk', { session: staffA, body: { projectId: project.id, action: 'checkIn', talentIds: [nana.id, oumou.id, outsider.id] } })
    expect(checkIn.status).toBe(200)
    expect(checkIn.body.results.map((result) => result.result)).toEqual(['checkIn', 'checkIn', 'notAssigned'])
    expect((await attendancesOf(nana, project))[0].method).toBe('bulk')
    const again = await call<{ results: ScanResponse[] }>('POST', 'presence/bulk', { session: staffA, body: { projectId: project.id, action: 'checkIn', talentIds: [nana.id] } })
    expect(again.body.results[0].result).toBe('alreadyScanned')

    const checkOut = await call<{ results: ScanResponse[] }>('POST', 'presence/bulk', { session: staffA, body: { projectId: project.id, action: 'checkOut', talentIds: [oumou.id, rose.id] } })
    expect(checkOut.body.results.map((result) => result.result)).toEqual(['checkOut', 'notPresent'])
    expect(await attendancesOf(nana, project)).toHaveLength(1)
    expect(await attendancesOf(rose, project)).toHaveLength(0)

    const live = await call<LiveView>('GET', `presence/projects/${project.id}/live`, { session: staffA })
    expect(live.status).toBe(200)
    expect(live.body.project).toMatchObject({ id: project.id, code: project.code })
    // present: Nana; gone: Oumou; expected: Paul (proposed) and Rose; Sali declined is not expected.
    expect(live.body.counts).toEqual({ present: 1, expected: 2, gone: 1 })
    const status = Object.fromEntries(live.body.talents.map((row) => [row.talent.id, row.status]))
    expect(status).toEqual({ [nana.id]: 'present', [oumou.id]: 'gone', [paul.id]: 'expected', [rose.id]: 'expected' })

    const projects = await call<{ docs: { id: number; assignedCount: number; production: string }[] }>('GET', 'presence/projects', { session: staffA })
    expect(projects.body.docs.find((doc) => doc.id === project.id)).toMatchObject({ assignedCount: 4, production: expect.stringContaining('Présence Films') })
  })
})

/**
 * An [h]:mm cell holds a fraction of a day; exceljs reads such a cell back as a date counted
 * from Excel's epoch (1899-12-30), so both forms are turned into minutes.
 */
function hoursCellMinutes(value: unknown): number {
  const days = value instanceof Date ? (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : Number(value)
  return Math.round(days * 1440)
}

describe('history and Excel export', () => {
  let project: Project
  let ama: CinemaTalent
  let bola: CinemaTalent

  beforeAll(async () => {
    process.env.PRESENCE_DEBOUNCE_SECONDS = '60'
    project = await createProject('Les Comptes', [staffA.user])
    ama = await createCinemaTalent('Ama')
    bola = await createCinemaTalent('Bola')
    await assign(project, ama, 'confirmed', 'Mère')
    await assign(project, bola, 'confirmed', 'Voisin')
    const times: [CinemaTalent, string][] = [
      [ama, '2026-11-16T08:00:00Z'],
      [ama, '2026-11-16T12:00:00Z'], // 240
      [ama, '2026-11-16T13:00:00Z'],
      [ama, '2026-11-16T17:30:00Z'], // 270 → 510 that day
      [bola, '2026-11-16T08:30:00Z'],
      [bola, '2026-11-16T09:00:00Z'], // 30
      [ama, '2026-11-17T09:00:00Z'],
      [ama, '2026-11-17T10:15:00Z'], // 75
      [bola, '2026-11-17T09:30:00Z'], // left open
      [ama, '2026-11-18T09:00:00Z'], // outside the range
    ]
    for (const [talent, at] of times) expect((await scan(staffA, scanOf(project, talent.code!, at))).status).toBe(200)
    delete process.env.PRESENCE_DEBOUNCE_SECONDS
  })

  it('lists the attendances of a range with durations and daily totals per talent', async () => {
    const history = await call<HistoryResponse>('GET', `presence/projects/${project.id}/history?from=2026-11-16&to=2026-11-17`, { session: staffA })
    expect(history.status).toBe(200)
    expect(history.body.rows).toHaveLength(5)
    expect(history.body.rows.map((row) => [row.date, row.talent.id, row.durationMinutes])).toEqual([
      ['2026-11-16', ama.id, 240],
      ['2026-11-16', bola.id, 30],
      ['2026-11-16', ama.id, 270],
      ['2026-11-17', ama.id, 75],
      ['2026-11-17', bola.id, null],
    ])
    expect(history.body.rows[0]).toMatchObject({ method: 'camera', forced: false, recordedBy: staffA.user.name, talent: { role: 'Mère' } })
    expect(history.body.dailyTotals).toEqual([
      { date: '2026-11-16', talentId: ama.id, minutes: 510 },
      { date: '2026-11-16', talentId: bola.id, minutes: 30 },
      { date: '2026-11-17', talentId: ama.id, minutes: 75 },
    ])
    expect(history.body.totalMinutes).toBe(615)

    const oneTalent = await call<HistoryResponse>('GET', `presence/projects/${project.id}/history?from=2026-11-16&to=2026-11-18&talent=${ama.id}`, { session: staffA })
    expect(oneTalent.body.rows.map((row) => row.durationMinutes)).toEqual([240, 270, 75, null])
    expect(oneTalent.body.totalMinutes).toBe(585)

    const badRange = await call<{ error: { code: string; message: string } }>('GET', `presence/projects/${project.id}/history?from=2026-11-17&to=2026-11-16`, { session: staffA })
    expect(badRange.status).toBe(400)
    expect(badRange.body.error.message).toContain('Période invalide')
  })

  it('exports an .xlsx that reads back with the rows, durations and totals', async () => {
    const answer = await call<null>('GET', `presence/projects/${project.id}/export.xlsx?from=2026-11-16&to=2026-11-17`, { session: staffA })
    expect(answer.status).toBe(200)
    expect(answer.response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(answer.response.headers.get('content-disposition')).toBe(`attachment; filename="presence-${project.code}-2026-11-16-2026-11-17.xlsx"`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await answer.response.arrayBuffer())

    const rows = workbook.getWorksheet('Présences')!
    expect(rows.getRow(1).values).toEqual([undefined, 'Date', 'Code', 'Talent', 'Rôle', 'Arrivée', 'Départ', 'Durée (h:mm)', 'Durée (min)', 'Méthode', 'Forcée', 'Enregistrée par', 'Notes'])
    expect(rows.rowCount).toBe(7) // header, 5 attendances, totals
    const first = rows.getRow(2)
    expect(first.getCell(1).value).toEqual(new Date('2026-11-16T00:00:00Z'))
    expect(first.getCell(2).value).toBe(ama.code)
    expect(first.getCell(4).value).toBe('Mère')
    expect(first.getCell(5).value).toEqual(new Date('2026-11-16T08:00:00Z'))
    expect(first.getCell(6).value).toEqual(new Date('2026-11-16T12:00:00Z'))
    expect(first.getCell(5).numFmt).toBe('dd/mm/yyyy hh:mm')
    expect(hoursCellMinutes(first.getCell(7).value)).toBe(240)
    expect(first.getCell(7).numFmt).toBe('[h]:mm')
    expect(first.getCell(8).value).toBe(240)
    expect(first.getCell(9).value).toBe('Caméra')
    expect([2, 3, 4, 5, 6].map((row) => rows.getRow(row).getCell(8).value)).toEqual([240, 30, 270, 75, null])
    expect(rows.getRow(6).getCell(6).value).toBe('sortie non enregistrée')
    const totalRow = rows.getRow(7)
    expect(totalRow.getCell(1).value).toBe('Total')
    expect(totalRow.getCell(8).value).toMatchObject({ formula: 'SUM(H2:H6)', result: 615 })
    expect(totalRow.getCell(7).value).toMatchObject({ formula: 'SUM(G2:G6)' })
    expect(hoursCellMinutes((totalRow.getCell(7).value as { result: unknown }).result)).toBe(615)

    const totals = workbook.getWorksheet('Totaux par jour')!
    expect(totals.getRow(1).values).toEqual([undefined, 'Date', 'Code', 'Talent', 'Durée (h:mm)', 'Durée (min)'])
    const lines = [2, 3, 4].map((row) => [totals.getRow(row).getCell(1).value, totals.getRow(row).getCell(2).value, totals.getRow(row).getCell(5).value])
    expect(lines).toEqual([
      [new Date('2026-11-16T00:00:00Z'), ama.code, 510],
      [new Date('2026-11-17T00:00:00Z'), ama.code, 75],
      [new Date('2026-11-16T00:00:00Z'), bola.code, 30],
    ])
    expect(totals.getRow(5).getCell(5).value).toMatchObject({ result: 615 })
  })

  it('shows times in the set’s time zone in the export', async () => {
    process.env.PRESENCE_TIME_ZONE = 'Africa/Lagos' // UTC+1
    try {
      const answer = await call<null>('GET', `presence/projects/${project.id}/export.xlsx?from=2026-11-16&to=2026-11-16`, { session: staffA })
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(await answer.response.arrayBuffer())
      expect(workbook.getWorksheet('Présences')!.getRow(2).getCell(5).value).toEqual(new Date('2026-11-16T09:00:00Z'))
    } finally {
      delete process.env.PRESENCE_TIME_ZONE
    }
  })
})

describe('day boundaries', () => {
  it('starts the day at local midnight', () => {
    expect(startOfDay('2026-11-16', 'Africa/Lagos').toISOString()).toBe('2026-11-15T23:00:00.000Z')
    expect(dayOf(new Date('2026-11-15T23:30:00Z'), 'Africa/Lagos')).toBe('2026-11-16')
  })
})
