import type { Locale } from '@/i18n/locales'
import type { ContractMessages } from '@/i18n/messages/contracts'

import { eventLabel, formatMoment, type ContractDoc } from './contractModel'

const DOT: Record<string, string> = {
  signed: 'bg-forest-600',
  completed: 'bg-forest-600',
  declined: 'bg-terracotta-600',
  cancelled: 'bg-terracotta-600',
  expired: 'bg-terracotta-600',
  link_refused: 'bg-terracotta-600',
  sent: 'bg-ochre-500',
  reminder_sent: 'bg-ochre-500',
  countersignature_requested: 'bg-ochre-500',
  viewed: 'bg-ochre-500',
}

/** Free-form event details as one readable line (the reason of a refusal, the signer, …). */
function detailsText(details: unknown): string | null {
  if (details === null || details === undefined || details === '') return null
  if (typeof details === 'string') return details
  if (typeof details !== 'object') return String(details)
  const parts = Object.entries(details as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined && value !== '' && typeof value !== 'object')
    .map(([key, value]) => `${key} : ${String(value)}`)
  return parts.length ? parts.join(' · ') : null
}

/** The contract's append-only audit trail, oldest first, as a vertical timeline. */
export function ContractTimeline({ events, locale, messages: m, detailed }: { events: NonNullable<ContractDoc['events']>; locale: Locale; messages: ContractMessages; detailed: boolean }) {
  if (!events.length) return <p className="text-sm text-ink-600">{m.detail.timelineEmpty}</p>
  const ordered = [...events].sort((a, b) => String(a.at ?? '').localeCompare(String(b.at ?? '')))
  return (
    <ol className="relative space-y-4 border-l-2 border-sand-200 pl-5" data-testid="contract-timeline">
      {ordered.map((event, index) => {
        const type = event.type ?? ''
        const label = eventLabel(type, locale)
        const details = detailed ? detailsText(event.details) : null
        return (
          <li key={event.id ?? index} className="relative">
            <span aria-hidden="true" className={`absolute top-1.5 -left-[1.6rem] size-3 rounded-full ring-4 ring-white ${DOT[type] ?? 'bg-ink-400'}`} />
            <p className="font-semibold text-ink-950">{label}</p>
            <p className="text-sm text-ink-600">
              {event.at ? <time dateTime={event.at}>{formatMoment(locale, event.at)}</time> : null}
              {event.actorLabel ? ` · ${event.actorLabel}` : null}
            </p>
            {details ? <p className="mt-0.5 text-sm break-words text-ink-700">{details}</p> : null}
            {detailed && (event.ip || event.userAgent) ? (
              <p className="mt-0.5 text-xs break-words text-ink-500">
                {[event.ip ? `${m.detail.ip} ${event.ip}` : null, event.userAgent].filter(Boolean).join(' · ')}
              </p>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
