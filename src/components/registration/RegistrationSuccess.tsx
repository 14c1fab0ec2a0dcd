'use client'

import { useEffect, useRef, useState } from 'react'

import { format } from '@/i18n'
import type { RegistrationMessages } from '@/i18n/messages/registration'

import { ArrowRightIcon, CheckIcon } from '../icons'

type RegistrationSuccessProps = {
  code: string
  name: string
  email: string
  /** A same-site path, already checked. */
  redirect: string
  messages: RegistrationMessages['success']
}

/** Seconds the code stays on screen before the talent's space opens. */
const REDIRECT_DELAY_SECONDS = 8

/**
 * The issued code, shown big enough to copy down, then a full page load to the talent's
 * space: the new session cookie must reach every layout, the header included.
 */
export function RegistrationSuccess({ code, name, email, redirect, messages }: RegistrationSuccessProps) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [seconds, setSeconds] = useState(REDIRECT_DELAY_SECONDS)

  useEffect(() => {
    headingRef.current?.focus()
    headingRef.current?.scrollIntoView({ block: 'center' })
  }, [])

  useEffect(() => {
    if (seconds <= 0) {
      window.location.assign(redirect)
      return
    }
    const timer = window.setTimeout(() => setSeconds((value) => value - 1), 1000)
    return () => window.clearTimeout(timer)
  }, [seconds, redirect])

  return (
    <section
      aria-labelledby="registration-success-title"
      className="relative isolate mx-auto max-w-2xl overflow-hidden rounded-[2rem] bg-white px-6 py-12 text-center shadow-card ring-1 ring-ink-900/5 sm:px-12 sm:py-14"
    >
      <div aria-hidden="true" className="pattern-weave absolute inset-x-0 top-0 h-2" />
      <span aria-hidden="true" className="mx-auto grid size-16 place-items-center rounded-full bg-forest-600 text-white shadow-sm">
        <CheckIcon className="size-8" strokeWidth={2.5} />
      </span>
      <h2
        id="registration-success-title"
        ref={headingRef}
        tabIndex={-1}
        className="mt-6 text-2xl font-extrabold tracking-tight text-balance text-ink-950 focus:outline-none sm:text-3xl"
      >
        {format(messages.title, { name })}
      </h2>

      <div className="mt-8 rounded-2xl bg-ink-950 px-5 py-6 text-sand-50">
        <p className="text-xs font-semibold tracking-[0.16em] text-ochre-300 uppercase">{messages.codeLabel}</p>
        <p data-testid="registration-code" className="mt-2 font-mono text-3xl font-bold tracking-[0.14em] break-all sm:text-4xl">
          {code}
        </p>
        <p className="mt-3 text-sm text-ink-300">{messages.codeHelp}</p>
      </div>

      <p className="mx-auto mt-6 max-w-md text-ink-700">{format(messages.emailSent, { email })}</p>

      <a href={redirect} className="btn btn-primary btn-lg mt-8">
        {messages.goNow}
        <ArrowRightIcon className="size-5" />
      </a>
      <p className="mt-3 text-sm text-ink-600">
        {format(messages.redirecting, { seconds: Math.max(seconds, 0) })}
      </p>
    </section>
  )
}
