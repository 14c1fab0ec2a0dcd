'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { LOGOUT_ENDPOINT } from '@/navigation'

type LogoutButtonProps = {
  label: string
  pendingLabel: string
  className?: string
}

/** Ends the Payload session (POST, the cookie is HTTP-only) and goes back to the home page. */
export function LogoutButton({ label, pendingLabel, className }: LogoutButtonProps) {
  const router = useRouter()
  const [pending, setPending] = useState(false)

  async function logOut() {
    setPending(true)
    try {
      await fetch(LOGOUT_ENDPOINT, { method: 'POST', credentials: 'include' })
    } catch {
      // Offline or already signed out: going home still shows the real state after refresh.
    }
    router.replace('/')
    router.refresh()
    setPending(false)
  }

  return (
    <button type="button" onClick={logOut} disabled={pending} aria-busy={pending} className={className}>
      {pending ? pendingLabel : label}
    </button>
  )
}
