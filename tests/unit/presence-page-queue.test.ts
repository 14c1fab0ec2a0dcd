import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'

import { formatDuration, createRepeatFilter, localDay, newScanId } from '@/components/presence/format'
import { displayMs, toneOf, type ScanView } from '@/components/presence/scanView'
import { presencePageMessages } from '@/i18n/messages/presencePage'
import { OfflineQueue, SYNC_BATCH_SIZE, type SendBatch } from '@/presence/offlineQueue'
import type { ScanInput, ScanOutcome, ScanResponse } from '@/presence/types'

function scan(n: number, overrides: Partial<ScanInput> = {}): ScanInput {
  return {
    scanId: newScanId(),
    projectId: 7,
    code: `CIABJ${String(n).padStart(5, '0')}F`,
    scannedAt: new Date(Date.UTC(2026, 2, 3, 8, 0, n)).toISOString(),
    method: 'manual',
    ...overrides,
  }
}

const answered = (input: ScanInput): ScanResponse => ({
  result: 'checkIn',
  scanId: input.scanId,
  replayed: false,
  talent: { kind: 'cinema', id: 1, code: input.code, name: 'Awa' },
  attendance: { id: 1, checkInAt: input.scannedAt, method: 'manual', forced: false },
})

/** A server that answers every scan it is sent, and remembers what it saw. */
function recordingServer() {
  const calls: ScanInput[][] = []
  const send: SendBatch = async (batch) => {
    calls.push(batch)
    return { ok: true, results: batch.map(answered) }
  }
  return { calls, send }
}

describe('offline queue (IndexedDB)', () => {
  it('keeps queued scans across a reload, oldest first, one per scan id', async () => {
    const factory = new IDBFactory()
    const first = new OfflineQueue(factory, 'reload')
    const late = scan(9)
    const early = scan(1)
    await first.add(late)
    await first.add(early)
    await first.add(early)
    first.close()

    const afterReload = new OfflineQueue(factory, 'reload')
    expect(await afterReload.count()).toBe(2)
    expect((await afterReload.list()).map((s) => s.scanId)).toEqual([early.scanId, late.scanId])
  })

  it('sends the queue in scan order and empties it per acknowledged scan id', async () => {
    const queue = new OfflineQueue(new IDBFactory(), 'sync')
    const scans = [scan(3), scan(1), scan(2)]
    for (const s of scans) await queue.add(s)
    const server = recordingServer()

    const report = await queue.sync(server.send)

    expect(server.calls).toHaveLength(1)
    expect(server.calls[0].map((s) => s.code)).toEqual([scans[1].code, scans[2].code, scans[0].code])
    expect(report).toMatchObject({ sent: 3 })
    expect(report.stopped).toBeUndefined()
    expect(await queue.count()).toBe(0)
    // Nothing left: a second sync sends nothing.
    await queue.sync(server.send)
    expect(server.calls).toHaveLength(1)
  })

  it('keeps every scan when the network is down, and resends the same scan ids later', async () => {
    const queue = new OfflineQueue(new IDBFactory(), 'offline')
    const queued = [scan(1), scan(2)]
    for (const s of queued) await queue.add(s)

    const down: SendBatch = async () => ({ ok: false, reason: 'network' })
    expect(await queue.sync(down)).toEqual({ sent: 0, results: [], stopped: 'network' })
    expect(await queue.count()).toBe(2)

    const server = recordingServer()
    await queue.sync(server.send)
    // Same ids as made on the device: the server can tell a replay from a new scan.
    expect(server.calls[0].map((s) => s.scanId)).toEqual(queued.map((s) => s.scanId))
    expect(await queue.count()).toBe(0)
  })

  it('removes only the scans the server answered for', async () => {
    const queue = new OfflineQueue(new IDBFactory(), 'partial')
    const [a, b, c] = [scan(1), scan(2), scan(3)]
    for (const s of [a, b, c]) await queue.add(s)
    const partial: SendBatch = async (batch) => ({ ok: true, results: batch.filter((s) => s.scanId !== b.scanId).map(answered) })

    const report = await queue.sync(partial)
    expect(report.sent).toBe(2)
    expect((await queue.list()).map((s) => s.scanId)).toEqual([b.scanId])
  })

  it('keeps the queue when the session has expired or the server fails', async () => {
    const queue = new OfflineQueue(new IDBFactory(), 'refused')
    await queue.add(scan(1))
    expect((await queue.sync(async () => ({ ok: false, reason: 'unauthorized', status: 401 }))).stopped).toBe('unauthorized')
    expect((await queue.sync(async () => ({ ok: false, reason: 'server', status: 500 }))).stopped).toBe('server')
    expect(await queue.count()).toBe(1)
  })

  it(`sends at most ${SYNC_BATCH_SIZE} scans per request`, async () => {
    const queue = new OfflineQueue(new IDBFactory(), 'batches')
    for (let i = 0; i < 450; i += 1) await queue.add(scan(i))
    const server = recordingServer()
    const report = await queue.sync(server.send)
    expect(server.calls.map((batch) => batch.length)).toEqual([200, 200, 50])
    expect(report.sent).toBe(450)
    expect(await queue.count()).toBe(0)
  })
})

describe('scanner page helpers', () => {
  const fr = presencePageMessages.fr.duration

  it('writes durations as staff read them', () => {
    expect(formatDuration(252, fr)).toBe('4 h 12 min')
    expect(formatDuration(245, fr)).toBe('4 h 05 min')
    expect(formatDuration(45, fr)).toBe('45 min')
    expect(formatDuration(180, fr)).toBe('3 h')
    expect(formatDuration(0, fr)).toBe('0 min')
  })

  it('counts a badge held in front of the camera once, and again after a pause', () => {
    const accept = createRepeatFilter(3_000)
    expect(accept('A', 0)).toBe(true)
    expect(accept('A', 100)).toBe(false)
    expect(accept('A', 2_900)).toBe(false)
    // Still in view: the window slides, so a badge left in front of the camera is not re-scanned.
    expect(accept('A', 5_800)).toBe(false)
    expect(accept('B', 5_900)).toBe(true)
    expect(accept('A', 6_000)).toBe(true)
    expect(accept('A', 9_100)).toBe(true)
  })

  it('makes v4 scan ids and local days', () => {
    expect(newScanId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(localDay(0, new Date(2026, 0, 1, 10))).toBe('2026-01-01')
    expect(localDay(-1, new Date(2026, 0, 1, 10))).toBe('2025-12-31')
  })

  it('colours each outcome and keeps a refusal an admin may override on screen longer', () => {
    const base = scan(1)
    const talent = { kind: 'cinema' as const, id: 1, code: base.code, name: 'Awa' }
    const view = (response: ScanOutcome): ScanView => ({
      scan: base,
      attempt: { kind: 'answered', response: { ...response, scanId: base.scanId, replayed: false } as ScanResponse },
    })
    expect(toneOf(view({ result: 'checkIn', talent, attendance: { id: 1, checkInAt: base.scannedAt, method: 'manual', forced: false } }))).toBe('checkIn')
    expect(toneOf(view({ result: 'alreadyScanned', talent, lastScanAt: base.scannedAt }))).toBe('warning')
    expect(toneOf(view({ result: 'unknownCode', code: base.code }))).toBe('refused')
    expect(toneOf({ scan: base, attempt: { kind: 'queued', scan: base } })).toBe('neutral')
    expect(displayMs(view({ result: 'notAssigned', talent, canForce: true }))).toBeGreaterThan(displayMs(view({ result: 'notAssigned', talent, canForce: false }))!)
    expect(displayMs({ scan: base, attempt: { kind: 'sending' } })).toBeNull()
  })
})
