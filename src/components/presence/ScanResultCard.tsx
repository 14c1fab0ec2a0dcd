'use client'

import { format } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { PresencePageMessages } from '@/i18n/messages/presencePage'

import { CheckIcon } from '../icons'
import { AlertIcon, XIcon } from '../talentSpace/icons'
import { formatDuration, formatTime } from './format'
import { ClockIcon, CloudOffIcon, LogInIcon, LogOutIcon } from './presenceIcons'
import { talentOf, toneOf, type ScanView, type Tone } from './scanView'
import { TalentAvatar } from './TalentAvatar'

const TONE_STYLES: Record<Tone, string> = {
  checkIn: 'bg-emerald-700 text-white',
  checkOut: 'bg-blue-700 text-white',
  warning: 'bg-amber-400 text-ink-950',
  refused: 'bg-red-700 text-white',
  neutral: 'bg-ink-800 text-sand-50',
}

type Headline = { title: string; detail?: string; hint?: string }

export function headline(view: ScanView, m: PresencePageMessages, locale: Locale): Headline {
  const { attempt, scan } = view
  switch (attempt.kind) {
    case 'sending':
      return { title: m.result.sending, detail: scan.code }
    case 'queued':
      return { title: m.result.offline, detail: scan.code, hint: m.result.offlineHint }
    case 'invalid':
      return { title: m.result.invalidCode, hint: format(m.result.invalidCodeHint, { code: scan.code }) }
    case 'unauthorized':
      return { title: m.result.error, hint: m.status.sessionExpired }
    case 'forbidden':
      return { title: m.result.error, hint: m.result.forbiddenProject }
    case 'failed':
      return { title: m.result.error, hint: attempt.message ?? m.result.errorHint }
    case 'answered': {
      const response = attempt.response
      switch (response.result) {
        case 'checkIn':
          return {
            title: m.result.checkIn,
            detail: format(m.result.checkInAt, { time: formatTime(response.attendance.checkInAt, locale) }),
            hint: response.attendance.forced ? m.result.forced : undefined,
          }
        case 'checkOut':
          return {
            title: m.result.checkOut,
            detail: format(m.result.checkOutAfter, { duration: formatDuration(response.attendance.durationMinutes ?? 0, m.duration) }),
            hint: response.attendance.checkOutAt
              ? format(m.result.checkOutTimes, { in: formatTime(response.attendance.checkInAt, locale), out: formatTime(response.attendance.checkOutAt, locale) })
              : undefined,
          }
        case 'alreadyScanned':
          return { title: format(m.result.alreadyScanned, { time: formatTime(response.lastScanAt, locale) }), hint: m.result.alreadyScannedHint }
        case 'notAssigned':
          return { title: m.result.notAssigned, hint: m.result.notAssignedHint }
        case 'notPresent':
          return { title: m.result.notPresent, hint: m.result.notPresentHint }
        case 'unknownCode':
          return { title: m.result.unknownCode, hint: format(m.result.unknownCodeHint, { code: response.code }) }
        case 'invalidCode':
          return { title: m.result.invalidCode, hint: format(m.result.invalidCodeHint, { code: response.code }) }
      }
    }
  }
  return { title: m.result.error, hint: m.result.errorHint }
}

function ToneIcon({ tone, className }: { tone: Tone; className: string }) {
  if (tone === 'checkIn') return <LogInIcon className={className} />
  if (tone === 'checkOut') return <LogOutIcon className={className} />
  if (tone === 'warning') return <ClockIcon className={className} />
  if (tone === 'neutral') return <CloudOffIcon className={className} />
  return <AlertIcon className={className} />
}

type ScanResultCardProps = {
  view: ScanView
  messages: PresencePageMessages
  locale: Locale
  forcing: boolean
  onForce: (view: ScanView) => void
  onDismiss: () => void
}

/** The scan's outcome, filling the camera frame in one colour that can be read from a metre away. */
export function ScanResultCard({ view, messages: m, locale, forcing, onForce, onDismiss }: ScanResultCardProps) {
  const tone = toneOf(view)
  const talent = talentOf(view)
  const { title, detail, hint } = headline(view, m, locale)
  const canForce = view.attempt.kind === 'answered' && view.attempt.response.result === 'notAssigned' && view.attempt.response.canForce
  const sending = view.attempt.kind === 'sending'

  return (
    <div
      data-testid="scan-result"
      data-result={view.attempt.kind === 'answered' ? view.attempt.response.result : view.attempt.kind}
      className={`absolute inset-0 flex overflow-y-auto px-5 py-5 text-center ${TONE_STYLES[tone]}`}
    >
      {/* m-auto centres the content without clipping its top when it is taller than the frame. */}
      <div className="m-auto flex flex-col items-center gap-2.5">
      {!sending ? (
        <button
          type="button"
          onClick={onDismiss}
          aria-label={m.result.dismiss}
          className="absolute top-3 right-3 grid size-11 place-items-center rounded-full bg-black/15 hover:bg-black/25"
        >
          <XIcon className="size-5" />
        </button>
      ) : null}
      {talent ? (
        <TalentAvatar talent={talent} size="xl" className="ring-4 ring-white/80" />
      ) : sending ? (
        <span className="size-12 animate-spin rounded-full border-4 border-white/30 border-t-white" aria-hidden="true" />
      ) : (
        <ToneIcon tone={tone} className="size-14" />
      )}
      <p className="text-4xl leading-none font-black tracking-tight break-words sm:text-5xl" data-testid="scan-result-title">
        {tone === 'checkIn' || tone === 'checkOut' ? (
          <span className="inline-flex items-center gap-2">
            {tone === 'checkIn' ? <CheckIcon className="size-9" /> : null}
            {title}
          </span>
        ) : (
          title
        )}
      </p>
      {talent ? (
        <div>
          <p className="text-xl font-bold sm:text-2xl">{talent.name}</p>
          {talent.role ? <p className="text-base opacity-90">{talent.role}</p> : null}
          <p className="mt-0.5 font-mono text-sm opacity-80">{talent.code}</p>
        </div>
      ) : null}
      {detail ? <p className="text-lg font-semibold">{detail}</p> : null}
      {hint ? <p className="max-w-xs text-base opacity-95">{hint}</p> : null}
      {canForce ? (
        <button
          type="button"
          disabled={forcing}
          onClick={() => onForce(view)}
          className="btn btn-lg mt-1 min-h-14 bg-white px-8 text-lg text-red-800 shadow-lg hover:bg-sand-100"
        >
          {forcing ? m.result.forcing : m.result.force}
        </button>
      ) : null}
      </div>
    </div>
  )
}
