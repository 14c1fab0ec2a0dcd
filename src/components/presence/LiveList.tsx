'use client'

import { useMemo, useState } from 'react'

import { format, plural } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { PresencePageMessages } from '@/i18n/messages/presencePage'
import type { LiveTalent, LiveView } from '@/presence/types'

import { SyncIcon } from './presenceIcons'
import { formatDuration, formatTime } from './format'
import { postBulk } from './presenceApi'
import { TalentAvatar } from './TalentAvatar'

type LiveListProps = {
  live: LiveView | null
  error: boolean
  updatedAt: string | null
  online: boolean
  refresh: () => Promise<void>
  messages: PresencePageMessages
  locale: Locale
}

const STATUS_STYLES: Record<LiveTalent['status'], string> = {
  present: 'bg-emerald-100 text-emerald-900 ring-emerald-700/20',
  gone: 'bg-blue-100 text-blue-900 ring-blue-700/20',
  expected: 'bg-sand-100 text-ink-700 ring-ink-900/10',
}

const ORDER: Record<LiveTalent['status'], number> = { present: 0, expected: 1, gone: 2 }

/** Today's list for the project: counts, each talent's status, and bulk check-in / check-out. */
export function LiveList({ live, error, updatedAt, online, refresh, messages: m, locale }: LiveListProps) {
  const [selected, setSelected] = useState<Set<number>>(new Set())
  const [pendingAction, setPendingAction] = useState<'checkIn' | 'checkOut' | null>(null)
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null)
  const l = m.live

  const talents = useMemo(
    () =>
      [...(live?.talents ?? [])].sort(
        (a, b) => ORDER[a.status] - ORDER[b.status] || a.talent.name.localeCompare(b.talent.name, locale),
      ),
    [live, locale],
  )
  // Bulk acts on assignments, i.e. cinema profiles.
  const selectable = talents.filter((entry) => entry.talent.kind === 'cinema')
  const selectedIds = selectable.filter((entry) => selected.has(entry.talent.id)).map((entry) => entry.talent.id)
  const allSelected = selectable.length > 0 && selectedIds.length === selectable.length

  const toggle = (id: number) =>
    setSelected((set) => {
      const next = new Set(set)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  const bulk = async (action: 'checkIn' | 'checkOut') => {
    if (!online) {
      setNotice({ tone: 'error', text: l.bulkOffline })
      return
    }
    setPendingAction(action)
    setNotice(null)
    const answer = await postBulk(live!.project.id, action, selectedIds)
    setPendingAction(null)
    if (!answer.ok) {
      setNotice({ tone: 'error', text: answer.body?.error?.message ?? (answer.status === 0 ? l.bulkOffline : l.bulkFailed) })
      return
    }
    const results = answer.body.results
    const checkIn = results.filter((r) => r.result === 'checkIn' && !r.replayed).length
    const checkOut = results.filter((r) => r.result === 'checkOut' && !r.replayed).length
    const skipped = results.length - checkIn - checkOut
    setNotice({
      tone: 'ok',
      text: [format(l.bulkDone, { checkIn, checkOut }), skipped ? format(l.bulkSkipped, { count: skipped }) : ''].filter(Boolean).join(' '),
    })
    setSelected(new Set())
    await refresh()
  }

  return (
    <section aria-labelledby="live-title" className="flex flex-col gap-4">
      <div className="flex items-end justify-between gap-3">
        <div>
          <h2 id="live-title" className="text-lg font-extrabold text-ink-950">
            {l.title}
          </h2>
          {updatedAt ? <p className="text-xs text-ink-600">{format(l.updatedAt, { time: formatTime(updatedAt, locale) })}</p> : null}
        </div>
        <button type="button" onClick={() => void refresh()} className="btn btn-secondary min-h-11 px-4">
          <SyncIcon className="size-4" />
          {l.refresh}
        </button>
      </div>

      <dl data-testid="live-counts" className="grid grid-cols-3 gap-2">
        {(
          [
            ['present', l.present, 'bg-emerald-700 text-white'],
            ['expected', l.expected, 'bg-white text-ink-950 ring-1 ring-ink-900/10'],
            ['gone', l.gone, 'bg-blue-700 text-white'],
          ] as const
        ).map(([key, label, style]) => (
          <div key={key} className={`rounded-2xl px-3 py-3 text-center shadow-card ${style}`}>
            <dt className="text-xs font-semibold tracking-wide uppercase opacity-90">{label}</dt>
            <dd className="mt-0.5 text-3xl font-black tabular-nums" data-testid={`count-${key}`}>
              {live ? live.counts[key] : '–'}
            </dd>
          </div>
        ))}
      </dl>

      {error && !live ? <p role="alert" className="rounded-2xl bg-red-50 px-4 py-3 text-sm font-medium text-red-800">{l.error}</p> : null}
      {!live && !error ? <p className="text-sm text-ink-600">{l.loading}</p> : null}
      {live && !talents.length ? <p className="rounded-2xl bg-white px-4 py-6 text-center text-ink-600 shadow-card">{l.empty}</p> : null}

      {talents.length ? (
        <div className="overflow-hidden rounded-3xl bg-white shadow-card ring-1 ring-ink-900/5">
          <div className="sticky top-0 z-10 flex flex-wrap items-center gap-2 border-b border-ink-900/10 bg-white/95 px-3 py-2.5 backdrop-blur">
            <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-xl px-2 text-sm font-semibold text-ink-900 hover:bg-sand-50">
              <input
                type="checkbox"
                checked={allSelected}
                onChange={() => setSelected(allSelected ? new Set() : new Set(selectable.map((entry) => entry.talent.id)))}
                className="size-6 accent-terracotta-600"
              />
              {l.selectAll}
            </label>
            {selectedIds.length ? (
              <span className="text-sm text-ink-600">{format(plural(locale, selectedIds.length, l.selected), { count: selectedIds.length })}</span>
            ) : null}
            <div className="ml-auto flex gap-2">
              <button
                type="button"
                disabled={!selectedIds.length || pendingAction !== null}
                onClick={() => void bulk('checkIn')}
                className="btn min-h-11 bg-emerald-700 px-4 text-white hover:bg-emerald-800"
              >
                {l.markIn}
              </button>
              <button
                type="button"
                disabled={!selectedIds.length || pendingAction !== null}
                onClick={() => void bulk('checkOut')}
                className="btn min-h-11 bg-blue-700 px-4 text-white hover:bg-blue-800"
              >
                {l.markOut}
              </button>
            </div>
          </div>
          {notice ? (
            <p role="status" className={`px-4 py-2.5 text-sm font-medium ${notice.tone === 'ok' ? 'bg-emerald-50 text-emerald-900' : 'bg-red-50 text-red-800'}`}>
              {notice.text}
            </p>
          ) : null}
          <ul data-testid="live-list" className="divide-y divide-ink-900/10">
            {talents.map((entry) => {
              const { talent } = entry
              const canSelect = talent.kind === 'cinema'
              return (
                <li key={`${talent.kind}-${talent.id}`}>
                  <label className={`flex items-center gap-3 px-3 py-3 ${canSelect ? 'cursor-pointer hover:bg-sand-50' : ''}`}>
                    <input
                      type="checkbox"
                      disabled={!canSelect}
                      checked={selected.has(talent.id) && canSelect}
                      onChange={() => toggle(talent.id)}
                      aria-label={format(l.select, { name: talent.name })}
                      className="size-6 shrink-0 accent-terracotta-600"
                    />
                    <TalentAvatar talent={talent} />
                    <span className="min-w-0 flex-1">
                      <span className="block font-semibold leading-snug text-ink-950">{talent.name}</span>
                      <span className="block truncate text-sm text-ink-600">
                        {[talent.role ?? talent.code, timesOf(entry, l, m.duration, locale)].filter(Boolean).join(' · ')}
                      </span>
                    </span>
                    <span className={`shrink-0 rounded-full px-2.5 py-0.5 text-xs font-bold ring-1 ${STATUS_STYLES[entry.status]}`}>
                      {entry.status === 'present' ? l.statusPresent : entry.status === 'gone' ? l.statusGone : l.statusExpected}
                    </span>
                  </label>
                </li>
              )
            })}
          </ul>
        </div>
      ) : null}
    </section>
  )
}

function timesOf(entry: LiveTalent, l: PresencePageMessages['live'], d: PresencePageMessages['duration'], locale: Locale): string {
  if (entry.status === 'present' && entry.checkInAt) return format(l.since, { time: formatTime(entry.checkInAt, locale) })
  if (entry.status === 'gone' && entry.checkInAt && entry.checkOutAt) {
    return `${format(l.arrivedLeft, { in: formatTime(entry.checkInAt, locale), out: formatTime(entry.checkOutAt, locale) })} · ${formatDuration(entry.minutesToday, d)}`
  }
  return ''
}
