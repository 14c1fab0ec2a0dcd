'use client'

import { useCallback, useEffect, useId, useRef, useState } from 'react'

import type { Locale } from '@/i18n/locales'
import type { PresencePageMessages } from '@/i18n/messages/presencePage'
import { parseScannedCode } from '@/presence/scannedCode'
import type { ScanInput, ScanTalent } from '@/presence/types'

import { CheckIcon } from '../icons'
import { AlertIcon } from '../talentSpace/icons'
import { CameraView } from './CameraView'
import { scanFeedback, unlockAudio } from './feedback'
import { createRepeatFilter, formatDuration, formatTime, newScanId } from './format'
import { KeyboardIcon } from './presenceIcons'
import { headline, ScanResultCard } from './ScanResultCard'
import { displayMs, feedbackOf, talentOf, toneOf, type ScanView, type Tone } from './scanView'
import type { ScanAttempt } from './useScanQueue'

/** The camera reports a badge on every frame; the same code counts again after this pause. */
const REPEAT_WINDOW_MS = 3_000
const RECENT_LIMIT = 8
const DEVICE_KEY = 'taalentio.presence.device'

/** A short, stable name for this device, so the history says which phone recorded a scan. */
function deviceLabel(): string {
  let id = window.localStorage.getItem(DEVICE_KEY)
  if (!id) {
    id = newScanId().slice(0, 8)
    window.localStorage.setItem(DEVICE_KEY, id)
  }
  const ua = navigator.userAgent
  const platform = /Android/i.test(ua) ? 'Android' : /iPhone|iPad/i.test(ua) ? 'iOS' : /Mac/i.test(ua) ? 'Mac' : /Windows/i.test(ua) ? 'Windows' : /Linux/i.test(ua) ? 'Linux' : 'Web'
  return `${platform} · ${id}`
}

const DOT: Record<Tone, string> = {
  checkIn: 'bg-emerald-600',
  checkOut: 'bg-blue-600',
  warning: 'bg-amber-400',
  refused: 'bg-red-600',
  neutral: 'bg-ink-400',
}

type ScannerProps = {
  projectId: number
  messages: PresencePageMessages
  locale: Locale
  submit: (scan: ScanInput) => Promise<ScanAttempt>
  /** After each recorded scan: the live list refreshes. */
  onScanned: () => void
  /** The project's talent with this code, from the live list. */
  lookup: (code: string) => ScanTalent | undefined
}

export function Scanner({ projectId, messages: m, locale, submit, onScanned, lookup }: ScannerProps) {
  const [current, setCurrent] = useState<ScanView | null>(null)
  const [recent, setRecent] = useState<ScanView[]>([])
  const [forcing, setForcing] = useState(false)
  const [typed, setTyped] = useState('')
  const [typedError, setTypedError] = useState(false)
  const busy = useRef(false)
  const repeats = useRef(createRepeatFilter(REPEAT_WINDOW_MS))
  const rootRef = useRef<HTMLDivElement>(null)
  const inputId = useId()

  const show = useCallback((view: ScanView) => {
    setCurrent(view)
    if (view.attempt.kind === 'sending') return
    setRecent((list) => [view, ...list.filter((item) => item.scan.scanId !== view.scan.scanId)].slice(0, RECENT_LIMIT))
    const kind = feedbackOf(view)
    if (kind) scanFeedback(kind)
  }, [])

  // The result goes away after a few seconds; the next scan replaces it sooner.
  useEffect(() => {
    if (!current) return
    const ms = displayMs(current)
    if (ms === null) return
    const timer = window.setTimeout(() => setCurrent((view) => (view === current ? null : view)), ms)
    return () => window.clearTimeout(timer)
  }, [current])

  const record = useCallback(
    async (code: string, method: ScanInput['method'], force = false) => {
      const parsed = parseScannedCode(code)
      const scan: ScanInput = {
        scanId: newScanId(),
        projectId,
        code: parsed?.code ?? code.trim(),
        scannedAt: new Date().toISOString(),
        method,
        device: deviceLabel(),
        ...(force ? { force: true } : {}),
      }
      if (!parsed) {
        show({ scan, attempt: { kind: 'invalid' } })
        return
      }
      busy.current = true
      setCurrent({ scan, attempt: { kind: 'sending' } })
      try {
        const attempt = await submit(scan)
        show({ scan, attempt, known: lookup(scan.code) })
        if (attempt.kind === 'answered' || attempt.kind === 'queued') onScanned()
      } finally {
        busy.current = false
      }
    },
    [projectId, show, submit, onScanned, lookup],
  )

  const onDecode = useCallback(
    (text: string) => {
      // Decodes while a scan is sent, or while this view is hidden (phone tabs), are dropped.
      if (busy.current || !rootRef.current?.offsetParent) return
      const code = parseScannedCode(text)?.code ?? text.trim()
      if (!repeats.current(code)) return
      void record(text, 'camera')
    },
    [record],
  )

  const onForce = useCallback(
    async (view: ScanView) => {
      setForcing(true)
      try {
        // A new scan id: the refused one is settled, replaying it would be refused again.
        await record(view.scan.code, view.scan.method, true)
      } finally {
        setForcing(false)
      }
    },
    [record],
  )

  const parsedTyped = typed.trim() ? parseScannedCode(typed) : null
  const typedLooksDone = typed.trim().length >= 10 || /^https?:/i.test(typed.trim())
  const showInvalid = typed.trim() !== '' && !parsedTyped && (typedError || typedLooksDone)

  const submitTyped = (event: React.FormEvent) => {
    event.preventDefault()
    unlockAudio()
    if (!parsedTyped) {
      setTypedError(true)
      return
    }
    setTyped('')
    setTypedError(false)
    void record(parsedTyped.code, 'manual')
  }

  return (
    <div ref={rootRef} className="flex flex-col gap-5">
      <CameraView
        messages={m.camera}
        onDecode={onDecode}
        onUserStart={unlockAudio}
        overlay={
          current ? <ScanResultCard view={current} messages={m} locale={locale} forcing={forcing} onForce={onForce} onDismiss={() => setCurrent(null)} /> : null
        }
      />
      {/* Always in the page, so screen readers announce each new result. */}
      <p aria-live="assertive" aria-atomic="true" className="sr-only">
        {current && current.attempt.kind !== 'sending' ? announce(current, m, locale) : ''}
      </p>

      <form onSubmit={submitTyped} noValidate className="rounded-3xl bg-white p-4 shadow-card ring-1 ring-ink-900/5 sm:p-5">
        <label htmlFor={inputId} className="flex items-center gap-2 text-sm font-bold text-ink-900">
          <KeyboardIcon className="size-5 text-terracotta-600" />
          {m.manual.label}
        </label>
        <div className="mt-2 flex gap-2">
          <input
            id={inputId}
            name="code"
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value)
              setTypedError(false)
            }}
            placeholder={m.manual.placeholder}
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="send"
            maxLength={300}
            aria-invalid={showInvalid || undefined}
            aria-describedby={`${inputId}-help`}
            className={`field min-h-14 flex-1 font-mono text-lg tracking-wider uppercase placeholder:tracking-normal placeholder:normal-case ${showInvalid ? 'border-red-600 focus:border-red-600 focus:ring-red-600/25' : ''}`}
          />
          <button type="submit" className="btn btn-primary min-h-14 px-6 text-base">
            {m.manual.submit}
          </button>
        </div>
        <p id={`${inputId}-help`} aria-live="polite" className="mt-2 flex min-h-5 items-center gap-1.5 text-sm">
          {parsedTyped ? (
            <span className="inline-flex items-center gap-1.5 font-semibold text-emerald-800">
              <CheckIcon className="size-4" />
              {m.manual.valid} · <span className="font-mono">{parsedTyped.code}</span>
            </span>
          ) : showInvalid ? (
            <span className="inline-flex items-center gap-1.5 font-semibold text-red-700">
              <AlertIcon className="size-4" />
              {m.manual.invalid}
            </span>
          ) : (
            <span className="text-ink-600">{m.manual.hint}</span>
          )}
        </p>
      </form>

      <section aria-labelledby="recent-title" className="rounded-3xl bg-white p-4 shadow-card ring-1 ring-ink-900/5 sm:p-5">
        <h2 id="recent-title" className="text-sm font-bold tracking-wide text-ink-700 uppercase">
          {m.result.recent}
        </h2>
        {recent.length ? (
          <ul data-testid="recent-scans" className="mt-3 divide-y divide-ink-900/10">
            {recent.map((view) => {
              const talent = talentOf(view)
              const tone = toneOf(view)
              return (
                <li key={view.scan.scanId} className="flex items-center gap-3 py-2.5">
                  <span aria-hidden="true" className={`size-3 shrink-0 rounded-full ${DOT[tone]}`} />
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-semibold text-ink-950">{talent?.name ?? view.scan.code}</span>
                    <span className="block truncate text-sm text-ink-600">{recentLabel(view, m)}</span>
                  </span>
                  <time dateTime={view.scan.scannedAt} className="shrink-0 font-mono text-sm text-ink-600">
                    {formatTime(view.scan.scannedAt, locale)}
                  </time>
                </li>
              )
            })}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-ink-600">{m.result.recentEmpty}</p>
        )}
      </section>
    </div>
  )
}

function announce(view: ScanView, m: PresencePageMessages, locale: Locale): string {
  const { title, detail, hint } = headline(view, m, locale)
  return [title, talentOf(view)?.name, detail, hint].filter(Boolean).join('. ')
}

function recentLabel(view: ScanView, m: PresencePageMessages): string {
  const { attempt } = view
  if (attempt.kind === 'queued') return m.result.offline
  if (attempt.kind === 'invalid') return m.result.invalidCode
  if (attempt.kind !== 'answered') return m.result.error
  const response = attempt.response
  switch (response.result) {
    case 'checkIn':
      return response.attendance.forced ? m.result.forced : m.result.checkIn
    case 'checkOut':
      return `${m.result.checkOut} · ${formatDuration(response.attendance.durationMinutes ?? 0, m.duration)}`
    case 'alreadyScanned':
      return m.result.alreadyShort
    case 'notAssigned':
      return m.result.notAssigned
    case 'notPresent':
      return m.result.notPresent
    case 'unknownCode':
      return m.result.unknownCode
    case 'invalidCode':
      return m.result.invalidCode
  }
  return m.result.error
}
