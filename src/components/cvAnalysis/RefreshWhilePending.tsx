'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/** While the analysis runs in the background, the page asks the server again every few seconds. */
export function RefreshWhilePending({ everyMs = 4000 }: { everyMs?: number }) {
  const router = useRouter()
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), everyMs)
    return () => clearInterval(timer)
  }, [router, everyMs])
  return null
}
