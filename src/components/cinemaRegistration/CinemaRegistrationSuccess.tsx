'use client'

import { useEffect, useRef, useState } from 'react'

import { format } from '@/i18n'
import type { CinemaRegistrationMessages } from '@/i18n/messages/cinemaRegistration'

import { ArrowRightIcon, CheckIcon } from '../icons'

export type CinemaRegistrationDone = {
  code: string
  profilePath: string
  /** The QR code of the public profile URL, as a data: URL (SVG). */
  qrCode: string
  newAccount: boolean
  isPublic: boolean
  name: string
  email: string
}

/** The issued code (big, copyable), its QR code, the profile link and what happens next. */
export function CinemaRegistrationSuccess({ done, messages }: { done: CinemaRegistrationDone; messages: CinemaRegistrationMessages['success'] }) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [copied, setCopied] = useState(false)

  useEffect(() => {
    headingRef.current?.focus()
  }, [])

  async function copy() {
    try {
      await navigator.clipboard.writeText(done.code)
      setCopied(true)
      window.setTimeout(() => setCopied(false), 2500)
    } catch {
      // No clipboard (insecure context): the code stays selectable on screen.
    }
  }

  const next = [
    format(messages.nextEmail, { email: done.email }),
    done.newAccount ? messages.nextPassword : messages.nextSignedIn,
    ...(done.newAccount ? [messages.nextLogin] : []),
    ...(done.isPublic ? [] : [messages.nextPrivate]),
  ]

  return (
    <section
      aria-labelledby="cinema-success-title"
      className="relative isolate mx-auto max-w-3xl overflow-hidden rounded-[2rem] bg-white px-6 py-10 shadow-card ring-1 ring-ink-900/5 sm:px-12 sm:py-12"
    >
      <div aria-hidden="true" className="pattern-weave absolute inset-x-0 top-0 h-2" />
      <div className="text-center">
        <span aria-hidden="true" className="mx-auto grid size-14 place-items-center rounded-full bg-forest-600 text-white shadow-sm">
          <CheckIcon className="size-7" strokeWidth={2.5} />
        </span>
        <h2
          id="cinema-success-title"
          ref={headingRef}
          tabIndex={-1}
          className="mt-5 text-2xl font-extrabold tracking-tight text-balance text-ink-950 focus:outline-none sm:text-3xl"
        >
          {format(messages.title, { name: done.name })}
        </h2>
      </div>

      <div className="mt-8 grid items-center gap-6 rounded-2xl bg-ink-950 p-5 text-sand-50 sm:grid-cols-[1fr_auto] sm:p-7">
        <div className="text-center sm:text-left">
          <p className="text-xs font-semibold tracking-[0.16em] text-ochre-300 uppercase">{messages.codeLabel}</p>
          <p data-testid="cinema-code" className="mt-2 font-mono text-3xl font-bold tracking-[0.12em] break-all select-all sm:text-4xl">
            {done.code}
          </p>
          <button type="button" onClick={copy} className="btn btn-on-dark mt-4">
            {copied ? <CheckIcon className="size-4" strokeWidth={2.5} /> : null}
            {copied ? messages.copied : messages.copy}
          </button>
          <p aria-live="polite" className="sr-only">
            {copied ? messages.copied : ''}
          </p>
        </div>
        {done.qrCode ? (
          <figure className="mx-auto w-40 sm:w-44">
            <img src={done.qrCode} alt={format(messages.qrAlt, { code: done.code })} className="w-full rounded-xl bg-white p-1" />
            <figcaption className="mt-2 text-center text-xs text-ink-300">{messages.qrHelp}</figcaption>
          </figure>
        ) : null}
      </div>

      <div className="mt-8 rounded-2xl bg-sand-100 p-5 sm:p-6">
        <h3 className="font-bold text-ink-950">{messages.nextTitle}</h3>
        <ol className="mt-3 space-y-2.5 text-sm text-ink-700">
          {next.map((item, index) => (
            <li key={item} className="flex gap-3">
              <span aria-hidden="true" className="grid size-6 shrink-0 place-items-center rounded-full bg-ochre-400 text-xs font-bold text-ink-950">
                {index + 1}
              </span>
              {item}
            </li>
          ))}
        </ol>
      </div>

      <div className="mt-8 text-center">
        <a href={done.profilePath} className="btn btn-primary btn-lg">
          {messages.profileLink}
          <ArrowRightIcon className="size-5" />
        </a>
      </div>
    </section>
  )
}
