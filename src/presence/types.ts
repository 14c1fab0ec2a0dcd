/**
 * The presence API's shapes (notes/presence-contract.md), shared by the endpoints and the
 * scanner page. No server imports: the page imports this file.
 */

export type ScanMethod = 'camera' | 'manual' | 'bulk'

export type ScanInput = {
  /** uuid v4 made by the device: a scan id the server has seen is never recorded twice */
  scanId: string
  projectId: number
  code: string
  /** ISO instant, device clock (a time in the future is taken as "now") */
  scannedAt: string
  method: 'camera' | 'manual'
  device?: string
  /** admins only: record the check-in of a talent not assigned to the project */
  force?: boolean
}

export type ScanTalent = { kind: 'cinema' | 'talent'; id: number; code: string; name: string; photoUrl?: string; role?: string }

export type AttendanceView = {
  id: number
  checkInAt: string
  checkOutAt?: string | null
  durationMinutes?: number | null
  method: ScanMethod
  forced: boolean
}

export type ScanOutcome =
  | { result: 'checkIn'; talent: ScanTalent; attendance: AttendanceView }
  /** durationMinutes set */
  | { result: 'checkOut'; talent: ScanTalent; attendance: AttendanceView }
  /** within the debounce window of the last scan (or older than it): nothing recorded */
  | { result: 'alreadyScanned'; talent: ScanTalent; lastScanAt: string }
  /** bulk check-out of a talent with no open attendance today: nothing recorded */
  | { result: 'notPresent'; talent: ScanTalent }
  /** refused (HTTP 200 in a batch, 403 alone); canForce = the user is an admin */
  | { result: 'notAssigned'; talent: ScanTalent; canForce: boolean }
  /** 404 alone */
  | { result: 'unknownCode'; code: string }
  /** 400 alone */
  | { result: 'invalidCode'; code: string }

export type ScanResult = ScanOutcome['result']

/**
 * `replayed`: the scan id was already recorded (a check-in or check-out); the same outcome
 * is returned and nothing new is recorded. Scans that recorded nothing (alreadyScanned,
 * notAssigned…) are not stored: a replay is decided again, which gives the same answer
 * since the debounce compares the device's `scannedAt` times.
 */
export type ScanResponse = ScanOutcome & { scanId: string; replayed: boolean }

export type SyncRequest = { scans: ScanInput[] }
export type SyncResponse = { results: ScanResponse[] }

export type BulkRequest = { projectId: number; action: 'checkIn' | 'checkOut'; talentIds: number[] /* cinema talent ids */ }
export type BulkResponse = { results: ScanResponse[] }

export type PresenceProject = { id: number; code: string; title: string; production: string; status: string; assignedCount: number }
export type PresenceProjectsResponse = { docs: PresenceProject[] }

export type LiveTalent = {
  talent: ScanTalent
  /** present: open attendance today; gone: came today and left; expected: assigned (proposed/confirmed), not come yet today */
  status: 'present' | 'gone' | 'expected'
  checkInAt?: string
  checkOutAt?: string
  /** closed attendances today + the time since arrival when present */
  minutesToday: number
}

export type LiveView = {
  project: { id: number; code: string; title: string }
  /** the number of talents in each status of `talents` */
  counts: { present: number; expected: number; gone: number }
  talents: LiveTalent[]
}

export type HistoryRow = {
  /** YYYY-MM-DD, the day of arrival in PRESENCE_TIME_ZONE */
  date: string
  talent: ScanTalent
  attendanceId: number
  checkInAt: string
  /** null: no departure recorded ("sortie non enregistrée" once the day is over) */
  checkOutAt: string | null
  durationMinutes: number | null
  method: ScanMethod
  forced: boolean
  /** name (or email) of the person who recorded the arrival */
  recordedBy: string | null
  notes: string | null
}

export type HistoryResponse = {
  from: string
  to: string
  rows: HistoryRow[]
  /** closed attendances only, per day of arrival and talent (ScanTalent.id) */
  dailyTotals: { date: string; talentId: number; minutes: number }[]
  totalMinutes: number
}

/** Error body of every presence endpoint; `message` in the request's language. */
export type PresenceError = { error: { code: string; message: string } }
