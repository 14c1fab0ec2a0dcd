import { format, plural, type Locale } from '@/i18n'
import type { StaffListRow } from '@/cinema/staffSearch/staffListView'
import type { CinemaStaffMessages } from '@/i18n/messages/cinemaStaff'

import { EyeIcon, PencilIcon } from '../talentSpace/icons'
import { LockIcon, PinIcon } from '../talents/TalentIcons'
import { AvailabilityBadge } from './AvailabilityBadge'
import { StaffTalentAvatar } from './StaffTalentAvatar'

type StaffResultsProps = { rows: StaffListRow[]; locale: Locale; messages: CinemaStaffMessages['table'] }

const years = (row: StaffListRow, locale: Locale, m: CinemaStaffMessages['table']) =>
  row.age === null ? m.unknown : format(plural(locale, row.age, m.years), { count: row.age })
const height = (row: StaffListRow, m: CinemaStaffMessages['table']) => (row.heightCm === null ? m.unknown : format(m.cm, { count: row.heightCm }))

function Links({ row, m, compact = false }: { row: StaffListRow; m: CinemaStaffMessages['table']; compact?: boolean }) {
  // Icon buttons in the table (room is short beside the filters), labelled buttons on cards.
  const base = compact
    ? 'inline-flex min-h-10 items-center gap-1.5 rounded-full px-3.5 text-sm font-semibold transition-colors'
    : 'grid size-10 place-items-center rounded-full transition-colors'
  const label = (text: string) => (compact ? text : <span className="sr-only">{text}</span>)
  return (
    <div className="flex items-center justify-end gap-1.5">
      {row.profilePath ? (
        <a href={row.profilePath} title={format(m.viewProfileOf, { name: row.name })} aria-label={format(m.viewProfileOf, { name: row.name })} className={`${base} text-terracotta-700 hover:bg-terracotta-50`}>
          <EyeIcon className="size-4.5 shrink-0" />
          {label(m.viewProfile)}
        </a>
      ) : null}
      {/* The admin panel lives under another root layout: a full page load. */}
      <a href={row.editPath} title={format(m.editOf, { name: row.name })} aria-label={format(m.editOf, { name: row.name })} className={`${base} bg-white text-ink-900 ring-1 ring-ink-900/15 ring-inset hover:bg-sand-100`}>
        <PencilIcon className="size-4 shrink-0" />
        {label(m.edit)}
      </a>
    </div>
  )
}

function NameBlock({ row, m }: { row: StaffListRow; m: CinemaStaffMessages['table'] }) {
  return (
    <div className="min-w-0">
      <p className="truncate font-bold text-ink-950">{row.name}</p>
      {row.legalName ? <p className="truncate text-xs text-ink-600">{row.legalName}</p> : null}
      <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-0.5">
        <span className="font-mono text-xs font-semibold tracking-wider text-terracotta-700">{row.code ?? m.unknown}</span>
        {row.isPublic ? null : (
          <span className="inline-flex items-center gap-1 rounded-md bg-sand-100 px-1.5 py-px text-[0.6875rem] font-semibold text-ink-600">
            <LockIcon className="size-3" />
            {m.private}
          </span>
        )}
      </p>
    </div>
  )
}

/** The results: a table on wide screens, cards on phones and tablets; same rows, same links. */
export function StaffResults({ rows, locale, messages: m }: StaffResultsProps) {
  return (
    <>
      <div className="relative mt-6 hidden overflow-x-auto rounded-3xl bg-white shadow-card ring-1 ring-ink-900/5 xl:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{m.caption}</caption>
          <thead className="border-b border-ink-900/10 bg-sand-50 text-xs font-semibold tracking-wide text-ink-600 uppercase">
            <tr>
              <th scope="col" className="py-3 pr-3 pl-4">
                {m.name}
              </th>
              <th scope="col" className="px-2.5 py-3 text-right">
                {m.age}
              </th>
              <th scope="col" className="px-2.5 py-3 text-right">
                {m.height}
              </th>
              <th scope="col" className="px-2.5 py-3">
                {m.city}
              </th>
              <th scope="col" className="px-2.5 py-3">
                {m.categories}
              </th>
              <th scope="col" className="px-2.5 py-3">
                {m.availability}
              </th>
              <th scope="col" className="py-3 pr-4 pl-2 text-right">
                <span className="sr-only">{m.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-ink-900/8">
            {rows.map((row) => (
              <tr key={row.id} data-testid="staff-row" className="align-middle hover:bg-sand-50/70">
                <td className="py-3 pr-3 pl-4">
                  <div className="flex items-center gap-3">
                    <StaffTalentAvatar photo={row.photo} name={row.name} />
                    <NameBlock row={row} m={m} />
                  </div>
                </td>
                <td className="px-2.5 py-3 text-right whitespace-nowrap tabular-nums text-ink-800">{years(row, locale, m)}</td>
                <td className="px-2.5 py-3 text-right whitespace-nowrap tabular-nums text-ink-800">{height(row, m)}</td>
                <td className="px-2.5 py-3 text-ink-800">
                  {row.city ? (
                    <span className="whitespace-nowrap">
                      {row.flag ? <span aria-hidden="true">{row.flag} </span> : null}
                      {row.city}
                    </span>
                  ) : (
                    m.unknown
                  )}
                </td>
                <td className="max-w-[11rem] px-2.5 py-3 text-ink-700">
                  <span className="line-clamp-2">{row.categories.join(', ') || m.unknown}</span>
                </td>
                <td className="px-2.5 py-3">
                  <AvailabilityBadge availability={row.availability} />
                </td>
                <td className="py-3 pr-4 pl-2">
                  <Links row={row} m={m} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="mt-6 grid grid-cols-1 gap-3 sm:grid-cols-2 xl:hidden">
        {rows.map((row) => (
          <li key={row.id} data-testid="staff-card" className="flex flex-col gap-3 rounded-3xl bg-white p-4 shadow-card ring-1 ring-ink-900/5">
            <div className="flex items-start gap-3">
              <StaffTalentAvatar photo={row.photo} name={row.name} size="lg" />
              <div className="min-w-0 flex-1">
                <NameBlock row={row} m={m} />
                <p className="mt-1 truncate text-xs font-semibold tracking-[0.08em] text-terracotta-600 uppercase">{row.categories.join(' · ')}</p>
              </div>
            </div>
            <dl className="grid grid-cols-3 gap-2 rounded-2xl bg-sand-50 px-3 py-2 text-sm">
              <div>
                <dt className="text-xs text-ink-600">{m.age}</dt>
                <dd className="font-semibold text-ink-900 tabular-nums">{years(row, locale, m)}</dd>
              </div>
              <div>
                <dt className="text-xs text-ink-600">{m.height}</dt>
                <dd className="font-semibold text-ink-900 tabular-nums">{height(row, m)}</dd>
              </div>
              <div className="min-w-0">
                <dt className="text-xs text-ink-600">{m.city}</dt>
                <dd className="flex min-w-0 items-center gap-1 font-semibold text-ink-900">
                  <PinIcon className="size-3.5 shrink-0 text-ink-500" />
                  <span className="truncate">{row.city ?? m.unknown}</span>
                </dd>
              </div>
            </dl>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <AvailabilityBadge availability={row.availability} />
              <Links row={row} m={m} compact />
            </div>
          </li>
        ))}
      </ul>
    </>
  )
}
