'use client'

import { useCallback, useEffect, useRef, useState } from 'react'

import { OfflineQueue, sendSyncBatch, type SyncReport } from '@/presence/offlineQueue'
import type { ScanInput, ScanResponse } from '@/presence/types'

import { postScan } from './presenceApi'

/** What became of one scan on this device. */
export type ScanAttempt =
  | { kind: 'answered'; response: ScanResponse }
  | { kind: 'queued'; scan: ScanInput }
  | { kind: 'unauthorized' }
  | { kind: 'forbidden' }
  | { kind: 'failed'; message?: string }

/** Retry cadence while scans wait: the `online` event alone is unreliable on phones. */
const RETRY_MS = 15_000

/**
 * Sends scans, queues them in IndexedDB when the network is down, and syncs the queue when
 * it returns (`online` event, a periodic retry, or on demand). Queued scans always go before
 * new ones, so the server sees scans in the order they were made.
 */
export function useScanQueue({ onSynced }: { onSynced?: (report: SyncReport) => void } = {}) {
  const queueRef = useRef<OfflineQueue | null>(null)
  const syncing = useRef<Promise<SyncReport> | null>(null)
  const [online, setOnline] = useState(true)
  const [pending, setPending] = useState(0)
  const [isSyncing, setIsSyncing] = useState(false)
  const [sessionExpired, setSessionExpired] = useState(false)
  const [syncFailed, setSyncFailed] = useState(false)
  const onSyncedRef = useRef(onSynced)
  onSyncedRef.current = onSynced

  const queue = useCallback(() => (queueRef.current ??= new OfflineQueue()), [])

  const refreshCount = useCallback(async () => {
    try {
      setPending(await queue().count())
    } catch {
      setPending(0)
    }
  }, [queue])

  const sync = useCallback((): Promise<SyncReport> => {
    if (syncing.current) return syncing.current
    const run = (async () => {
      setIsSyncing(true)
      try {
        const report = await queue().sync(sendSyncBatch)
        if (report.stopped === 'network') setOnline(false)
        else setOnline(navigator.onLine)
        setSessionExpired(report.stopped === 'unauthorized')
        setSyncFailed(report.stopped === 'server')
        if (report.sent) onSyncedRef.current?.(report)
        return report
      } catch {
        setSyncFailed(true)
        return { sent: 0, results: [], stopped: 'server' as const }
      } finally {
        await refreshCount()
        setIsSyncing(false)
        syncing.current = null
      }
    })()
    syncing.current = run
    return run
  }, [queue, refreshCount])

  const enqueue = useCallback(
    async (scan: ScanInput): Promise<ScanAttempt> => {
      try {
        await queue().add(scan)
      } catch {
        return { kind: 'failed' }
      }
      await refreshCount()
      return { kind: 'queued', scan }
    },
    [queue, refreshCount],
  )

  const submit = useCallback(
    async (scan: ScanInput): Promise<ScanAttempt> => {
      if (!navigator.onLine) {
        setOnline(false)
        return enqueue(scan)
      }
      if ((await queue().count().catch(() => 0)) > 0) {
        const report = await sync()
        // Still scans waiting (no network): this one waits behind them.
        if (report.stopped === 'network') return enqueue(scan)
      }
      const answer = await postScan(scan)
      if (answer.ok) {
        setOnline(true)
        setSessionExpired(false)
        return { kind: 'answered', response: answer.body }
      }
      if (answer.status === 0) {
        setOnline(false)
        return enqueue(scan)
      }
      if (answer.status === 401) {
        setSessionExpired(true)
        return { kind: 'unauthorized' }
      }
      if (answer.status === 403) return { kind: 'forbidden' }
      return { kind: 'failed', message: answer.body?.error?.message }
    },
    [enqueue, queue, sync],
  )

  useEffect(() => {
    setOnline(navigator.onLine)
    void refreshCount().then(() => {
      if (navigator.onLine) void sync()
    })
    const goOnline = () => {
      setOnline(true)
      void sync()
    }
    const goOffline = () => setOnline(false)
    window.addEventListener('online', goOnline)
    window.addEventListener('offline', goOffline)
    return () => {
      window.removeEventListener('online', goOnline)
      window.removeEventListener('offline', goOffline)
      queueRef.current?.close()
      queueRef.current = null
    }
  }, [refreshCount, sync])

  useEffect(() => {
    if (!pending) return
    const timer = window.setInterval(() => {
      if (navigator.onLine) void sync()
    }, RETRY_MS)
    return () => window.clearInterval(timer)
  }, [pending, sync])

  return { online, pending, isSyncing, sessionExpired, syncFailed, submit, sync }
}
