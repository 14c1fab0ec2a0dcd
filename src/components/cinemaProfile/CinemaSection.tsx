import type { ReactNode } from 'react'

import { HiddenFromPublic } from '@/components/talents/profile/HiddenFromPublic'
import { SECTION_COLOURS, type CinemaSectionKey } from '@/cinema/sectionColours'

type CinemaSectionProps = {
  section: CinemaSectionKey
  title: string
  /** Label of the "hidden from the public" mark, when the viewer sees a part visitors do not. */
  hiddenLabel?: string
  children: ReactNode
}

/** The in-page anchor of a section (not the bare key: `#contact` is the contact form). */
export const cinemaSectionAnchor = (section: CinemaSectionKey) => `section-${section}`

/** One of the nine numbered sections of a casting sheet, in its colour (same as on the registration form). */
export function CinemaSection({ section, title, hiddenLabel, children }: CinemaSectionProps) {
  const colour = SECTION_COLOURS[section]
  const id = `section-${section}-title`
  return (
    <section id={cinemaSectionAnchor(section)} aria-labelledby={id} className="relative scroll-mt-24 overflow-hidden rounded-3xl bg-white p-6 shadow-card ring-1 ring-ink-900/5 sm:p-7">
      <span aria-hidden="true" className={`absolute inset-y-0 left-0 w-1.5 ${colour.bar}`} />
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <span aria-hidden="true" className={`grid size-8 shrink-0 place-items-center rounded-full text-sm font-bold ${colour.solid}`}>
          {colour.number}
        </span>
        <h2 id={id} className="text-lg font-bold tracking-tight text-ink-950 sm:text-xl">
          <span className="sr-only">{colour.number}. </span>
          {title}
        </h2>
        {hiddenLabel ? <HiddenFromPublic label={hiddenLabel} /> : null}
      </div>
      <div className="mt-5">{children}</div>
    </section>
  )
}

/** A label and its value in a section's fact grid. */
export function Fact({ label, children, note }: { label: string; children: ReactNode; note?: ReactNode }) {
  return (
    <div className="min-w-0 rounded-2xl bg-sand-50 px-4 py-3 ring-1 ring-ink-900/5">
      <dt className="flex flex-wrap items-center gap-2 text-xs font-semibold tracking-[0.1em] text-ink-600 uppercase">
        {label}
        {note}
      </dt>
      <dd className="mt-1 text-base font-semibold break-words text-ink-950">{children}</dd>
    </div>
  )
}

/** What only the talent and staff see, set apart and labelled so. */
export function PrivateFacts({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="mt-5 rounded-2xl border border-dashed border-ink-900/20 bg-sand-100/60 p-4">
      <p className="flex items-center gap-2 text-xs font-semibold tracking-[0.1em] text-ink-700 uppercase">
        <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true" focusable="false">
          <rect x="4" y="9" width="12" height="8" rx="2" />
          <path d="M7 9V6.5a3 3 0 0 1 6 0V9" strokeLinecap="round" />
        </svg>
        {label}
      </p>
      <dl className="mt-3 grid gap-3 sm:grid-cols-2">{children}</dl>
    </div>
  )
}

/** A plain "label: value" row inside PrivateFacts. */
export function PrivateFact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-semibold text-ink-600">{label}</dt>
      <dd className="mt-0.5 text-sm font-medium break-words whitespace-pre-line text-ink-900">{value}</dd>
    </div>
  )
}
