'use client'

import { useId, useState, type ReactNode } from 'react'

import { FilterIcon } from './TalentIcons'

type FilterPanelProps = {
  label: string
  /** "2 actifs", shown on the phone's button when filters are in force. */
  badge?: string
  children: ReactNode
}

/** The filters: always shown beside the results on large screens, behind a button on phones. */
export function FilterPanel({ label, badge, children }: FilterPanelProps) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="flex w-full items-center justify-between gap-3 rounded-2xl bg-white px-5 py-3.5 text-left font-semibold text-ink-900 shadow-card ring-1 ring-ink-900/5 lg:hidden"
      >
        <span className="inline-flex items-center gap-2.5">
          <FilterIcon className="size-5 text-terracotta-600" />
          {label}
          {badge ? <span className="rounded-full bg-terracotta-600 px-2 py-0.5 text-xs font-bold text-white">{badge}</span> : null}
        </span>
        <svg viewBox="0 0 24 24" className={`size-5 text-ink-500 transition-transform ${open ? 'rotate-180' : ''}`} aria-hidden="true" focusable="false">
          <path d="M6 9.5l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <div id={panelId} className={`${open ? 'mt-3 block' : 'hidden'} lg:mt-0 lg:block`}>
        {children}
      </div>
    </div>
  )
}
