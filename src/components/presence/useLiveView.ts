'use client'

import { useCallback, useEffect, useRef, useState } from 'react'

import type { LiveView } from '@/presence/types'

import { fetchLive } from './presenceApi'

const REFRESH_MS = 10_000

/** Who is on set now, refreshed every 10 s while the page is visible, and on demand after a scan. */
export function useLiveView(projectId: number) {
  const [live, setLive] = useState<LiveView | null>(null)
  const [error, setError] = useState(false)
  const [updatedAt, setUpdatedAt] = useState<string | null>(null)
  const latest = useRef(0)

  const refresh = useCallback(async () => {
    const ticket = ++latest.current
    const answer = await fetchLive(projectId)
    // A slow answer must not overwrite a newer one.
    if (ticket !== latest.current) return
    if (answer.ok) {
      setLive(answer.body)
      setError(false)
      setUpdatedAt(new Date().toISOString())
    } else {
      setError(true)
    }
  }, [projectId])

  useEffect(() => {
    setLive(null)
    void refresh()
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible' && navigator.onLine) void refresh()
    }, REFRESH_MS)
    return () => window.clearInterval(timer)
  }, [refresh])

  return { live, error, updatedAt, refresh }
}
