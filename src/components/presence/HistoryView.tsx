'use client'

import { useCallback, useEffect, useId, useMemo, useState } from 'react'

import type { Locale } from '@/i18n/locales'
import type { PresencePageMessages } from '@/i18n/messages/presencePage'
import type { HistoryResponse as History, ScanTalent } from '@/presence/types'

import { DownloadIcon } from '../talentSpace/icons'
import { formatDay, formatDuration, formatTime, localDay } from './format'
import { exportHref, fetchHistory } from './presenceApi'
import { TalentAvatar } from './TalentAvatar'

type HistoryViewProps = {
  projectId: number
  /** The project's talents (from the live list), for the talent filter. */
  talents: ScanTalent[]
  messages: PresencePageMessages
  locale: Locale
}

/** Attendance over a date range, per day, with durations, daily totals and the Excel export. */
export function HistoryView({ projectId, talents, messages: m, locale }: HistoryViewProps) {
  const h = m.history
  const id = useId()
  const [from, setFrom] = useState(() => localDay(-6))
  const [to, setTo] = useState(() => localDay())
  const [talent, setTalent] = useState('')
  const [history, setHistory] = useState<History | null>(null)
  const [state, setState] = useState<'loading' | 'ready' | 'error' | 'invalid'>('loading')

  const load = useCallback(async () => {
    if (!from || !to || from > to) {
      setState('invalid')
      return
    }
    setState('loading')
    const answer = await fetchHistory(projectId, { from, to, talent: talent ? Number(talent) : undefined })
    if (answer.ok) {
      setHistory(answer.body)
      setState('ready')
    } else setState('error')
  }, [projectId, from, to, talent])

  // First load only; later loads follow the form's submit.
  useEffect(() => void load(), [projectId])

  const days = useMemo(() => {
    const byDay = new Map<string, History['rows']>()
    for (const row of history?.rows ?? []) byDay.set(row.date, [...(byDay.get(row.date) ?? []), row])
    const totals = new Map<string, number>()
    for (const total of history?.dailyTotals ?? []) totals.set(total.date, (totals.get(total.date) ?? 0) + total.minutes)
    return [...byDay.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([date, rows]) => ({ date, rows, minutes: totals.get(date) ?? 0 }))
  }, [history])

  const talentNames = useMemo(() => {
    const names = new Map<number, string>()
    for (const entry of talents) names.set(entry.id, entry.name)
    for (const row of history?.rows ?? []) names.set(row.talent.id, row.talent.name)
    return names
  }, [talents, history])

  const today = localDay()

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-4">
      <h2 id={`${id}-title`} className="text-lg font-extrabold text-ink-950">
        {h.title}
      </h2>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void load()
        }}
        className="grid grid-cols-2 gap-3 rounded-3xl bg-white p-4 shadow-card ring-1 ring-ink-900/5 sm:grid-cols-[1fr_1fr_1.4fr_auto] sm:items-end"
      >
        <div>
          <label htmlFor={`${id}-from`} className="text-sm font-semibold text-ink-800">
            {h.from}
          </label>
          <input id={`${id}-from`} type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} className="field mt-1" />
        </div>
        <div>
          <label htmlFor={`${id}-to`} className="text-sm font-semibold text-ink-800">
            {h.to}
          </label>
          <input id={`${id}-to`} type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} className="field mt-1" />
        </div>
        <div className="col-span-2 sm:col-span-1">
          <label htmlFor={`${id}-talent`} className="text-sm font-semibold text-ink-800">
            {h.talent}
          </label>
          <select id={`${id}-talent`} value={talent} onChange={(e) => setTalent(e.target.value)} className="field mt-1 appearance-auto">
            <option value="">{h.allTalents}</option>
            {talents.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
        </div>
        <div className="col-span-2 flex gap-2 sm:col-span-1">
          <button type="submit" className="btn btn-primary min-h-[3.125rem] flex-1 px-5">
            {h.show}
          </button>
          <a
            href={exportHref(projectId, { from, to })}
            download
            className="btn btn-secondary min-h-[3.125rem] flex-1 px-4 whitespace-nowrap"
            aria-disabled={from > to || undefined}
          >
            <DownloadIcon className="size-4" />
            {h.export}
          </a>
        </div>
      </form>

      {state === 'invalid' ? <p role="alert" className="rounded-2xl bg-red-50 px-4 py-3 text-sm font-medium text-red-800">{h.invalidRange}</p> : null}
      {state === 'error' ? <p role="alert" className="rounded-2xl bg-red-50 px-4 py-3 text-sm font-medium text-red-800">{h.error}</p> : null}
      {state === 'loading' ? <p className="text-sm text-ink-600">{h.loading}</p> : null}

      {state === 'ready' && history ? (
        <div data-testid="history" className="flex flex-col gap-4">
          <p className="flex items-baseline justify-between rounded-2xl bg-ink-900 px-4 py-3 text-sand-50">
            <span className="text-sm font-semibold">{h.total}</span>
            <span className="text-xl font-black tabular-nums" data-testid="history-total">
              {formatDuration(history.totalMinutes, m.duration)}
            </span>
          </p>
          {!days.length ? <p className="rounded-2xl bg-white px-4 py-6 text-center text-ink-600 shadow-card">{h.empty}</p> : null}
          {days.map((day) => (
            <section key={day.date} className="overflow-hidden rounded-3xl bg-white shadow-card ring-1 ring-ink-900/5">
              <h3 className="flex items-baseline justify-between gap-3 border-b border-ink-900/10 bg-sand-100 px-4 py-2.5">
                <span className="font-bold text-ink-950 capitalize">{formatDay(day.date, locale)}</span>
                <span className="font-mono text-sm font-semibold text-ink-800">{formatDuration(day.minutes, m.duration)}</span>
              </h3>
              <ul className="divide-y divide-ink-900/10">
                {day.rows.map((row) => (
                  <li key={row.attendanceId} className="flex items-center gap-3 px-4 py-3">
                    <TalentAvatar talent={row.talent} />
                    <span className="min-w-0 flex-1">
                      <span className="block truncate font-semibold text-ink-950">{row.talent.name}</span>
                      <span className="block text-sm text-ink-600">
                        <span className="font-mono">{formatTime(row.checkInAt, locale)}</span>
                        {' → '}
                        {row.checkOutAt ? (
                          <span className="font-mono">{formatTime(row.checkOutAt, locale)}</span>
                        ) : (
                          <span className={day.date < today ? 'font-semibold text-red-700' : 'text-emerald-800'}>{day.date < today ? h.noCheckOut : h.open}</span>
                        )}
                        {' · '}
                        {h.methods[row.method]}
                        {row.forced ? <span className="ml-1.5 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-900">{h.forced}</span> : null}
                      </span>
                    </span>
                    <span className="shrink-0 font-mono text-sm font-bold text-ink-950">
                      {row.durationMinutes != null ? formatDuration(row.durationMinutes, m.duration) : '—'}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {history.dailyTotals.length ? (
            <details className="rounded-3xl bg-white p-4 shadow-card ring-1 ring-ink-900/5">
              <summary className="cursor-pointer font-bold text-ink-950">{h.dailyTotals}</summary>
              <table className="mt-3 w-full text-sm">
                <thead>
                  <tr className="text-left text-ink-600">
                    <th className="py-1.5 font-semibold">{h.date}</th>
                    <th className="py-1.5 font-semibold">{h.talent}</th>
                    <th className="py-1.5 text-right font-semibold">{h.duration}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-ink-900/10">
                  {[...history.dailyTotals]
                    .sort((a, b) => b.date.localeCompare(a.date) || (talentNames.get(a.talentId) ?? '').localeCompare(talentNames.get(b.talentId) ?? ''))
                    .map((total) => (
                      <tr key={`${total.date}-${total.talentId}`}>
                        <td className="py-1.5 capitalize">{formatDay(total.date, locale)}</td>
                        <td className="py-1.5">{talentNames.get(total.talentId) ?? `#${total.talentId}`}</td>
                        <td className="py-1.5 text-right font-mono">{formatDuration(total.minutes, m.duration)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </details>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
