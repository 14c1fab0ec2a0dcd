import type { ScanInput, ScanResponse } from './types'

/**
 * The scanner's offline queue (client only): scans made without network wait in IndexedDB,
 * keyed by their client scan id, and are sent with POST /api/presence/sync when it returns.
 * The server treats a scan id it has seen as done, so sending a scan twice is harmless:
 * a scan leaves the queue only once the server has answered for its id.
 */

const DB_NAME = 'taalentio-presence'
const STORE = 'pendingScans'
/** The sync endpoint takes at most 200 scans per call. */
export const SYNC_BATCH_SIZE = 200

export type SyncAnswer =
  | { ok: true; results: ScanResponse[] }
  | { ok: false; reason: 'network' | 'unauthorized' | 'server'; status?: number }

export type SendBatch = (scans: ScanInput[]) => Promise<SyncAnswer>

export type SyncReport = {
  sent: number
  results: ScanResponse[]
  /** Why syncing stopped early, when it did: the remaining scans stay queued. */
  stopped?: Exclude<SyncAnswer, { ok: true }>['reason']
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'))
  })
}

export class OfflineQueue {
  private db?: Promise<IDBDatabase>

  constructor(
    private readonly factory: IDBFactory = globalThis.indexedDB,
    private readonly name: string = DB_NAME,
  ) {}

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const req = this.factory.open(this.name, 1)
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'scanId' })
      }
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    return this.db
  }

  /** Keeps a scan until the server acknowledges it; queuing the same scan id twice keeps one. */
  async add(scan: ScanInput): Promise<void> {
    const db = await this.open()
    const tx = db.transaction(STORE, 'readwrite')
    tx.objectStore(STORE).put(scan)
    await done(tx)
  }

  /** Queued scans, oldest first (the order the server must see them in). */
  async list(): Promise<ScanInput[]> {
    const db = await this.open()
    const scans = await request(db.transaction(STORE, 'readonly').objectStore(STORE).getAll() as IDBRequest<ScanInput[]>)
    return scans.sort((a, b) => a.scannedAt.localeCompare(b.scannedAt) || a.scanId.localeCompare(b.scanId))
  }

  async count(): Promise<number> {
    const db = await this.open()
    return request(db.transaction(STORE, 'readonly').objectStore(STORE).count())
  }

  async remove(scanIds: readonly string[]): Promise<void> {
    if (!scanIds.length) return
    const db = await this.open()
    const tx = db.transaction(STORE, 'readwrite')
    const store = tx.objectStore(STORE)
    for (const id of scanIds) store.delete(id)
    await done(tx)
  }

  /**
   * Sends the queue in batches, oldest first, and removes each scan the server answered for.
   * Stops at the first batch that fails (network, session, server): those scans stay queued.
   */
  async sync(send: SendBatch): Promise<SyncReport> {
    const report: SyncReport = { sent: 0, results: [] }
    const pending = await this.list()
    for (let start = 0; start < pending.length; start += SYNC_BATCH_SIZE) {
      const batch = pending.slice(start, start + SYNC_BATCH_SIZE)
      const answer = await send(batch)
      if (!answer.ok) {
        report.stopped = answer.reason
        break
      }
      const sentIds = new Set(batch.map((scan) => scan.scanId))
      const acknowledged = answer.results.filter((result) => sentIds.has(result.scanId))
      await this.remove(acknowledged.map((result) => result.scanId))
      report.sent += acknowledged.length
      report.results.push(...acknowledged)
      // An answer that skips some of our ids would loop forever on them: leave them for the next round.
      if (acknowledged.length < batch.length) break
    }
    return report
  }

  close(): void {
    void this.db?.then((db) => db.close())
    this.db = undefined
  }
}

/** POST /api/presence/sync with the session cookie; a failed fetch means "no network". */
export const sendSyncBatch: SendBatch = async (scans) => {
  let response: Response
  try {
    response = await fetch('/api/presence/sync', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scans }),
    })
  } catch {
    return { ok: false, reason: 'network' }
  }
  if (response.status === 401 || response.status === 403) return { ok: false, reason: 'unauthorized', status: response.status }
  if (!response.ok) return { ok: false, reason: 'server', status: response.status }
  const body = (await response.json().catch(() => null)) as { results?: ScanResponse[] } | null
  return Array.isArray(body?.results) ? { ok: true, results: body.results } : { ok: false, reason: 'server', status: response.status }
}
