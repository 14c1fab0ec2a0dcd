'use client'

import { useEffect, useId, useRef, useState } from 'react'

import { SearchIcon } from '@/components/icons'
import type { ContractMessages } from '@/i18n/messages/contracts'

export type PickedTalent = { id: number; name: string; code: string | null }

type TalentHit = { id: number; displayName?: string | null; firstName?: string | null; lastName?: string | null; code?: string | null }

const nameOf = (hit: TalentHit) => hit.displayName || [hit.firstName, hit.lastName].filter(Boolean).join(' ') || `#${hit.id}`

/** The REST query of the search: the name or the code contains the text (the staff member's own read access applies). */
export function talentSearchUrl(q: string): string {
  const params = new URLSearchParams({ limit: '8', depth: '0', sort: 'displayName' })
  ;['displayName', 'lastName', 'firstName', 'code'].forEach((field, index) => params.set(`where[or][${index}][${field}][like]`, q))
  ;['displayName', 'firstName', 'lastName', 'code'].forEach((field) => params.set(`select[${field}]`, 'true'))
  return `/api/talents?${params}`
}

type TalentPickerProps = {
  value: PickedTalent | null
  onChange: (talent: PickedTalent | null) => void
  messages: ContractMessages['create']
  error?: string
}

/**
 * A search box for a talent by name or code: an ARIA combobox (arrows, Enter, Escape) whose
 * results come from the talents REST API, debounced; once chosen, the talent shows as a card.
 */
export function TalentPicker({ value, onChange, messages: m, error }: TalentPickerProps) {
  const ids = { input: useId(), list: useId(), hint: useId(), error: useId() }
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<TalentHit[]>([])
  const [state, setState] = useState<'idle' | 'searching' | 'done' | 'failed'>('idle')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const q = query.trim()
    if (q.length < 2) {
      setHits([])
      setState('idle')
      return
    }
    const controller = new AbortController()
    const timer = window.setTimeout(async () => {
      setState('searching')
      try {
        const response = await fetch(talentSearchUrl(q), { signal: controller.signal, headers: { Accept: 'application/json' } })
        if (!response.ok) throw new Error(String(response.status))
        const body = (await response.json()) as { docs?: TalentHit[] }
        setHits(body.docs ?? [])
        setActive(-1)
        setState('done')
        setOpen(true)
      } catch (failure) {
        if ((failure as Error).name !== 'AbortError') setState('failed')
      }
    }, 250)
    return () => {
      controller.abort()
      window.clearTimeout(timer)
    }
  }, [query])

  const choose = (hit: TalentHit) => {
    onChange({ id: hit.id, name: nameOf(hit), code: hit.code ?? null })
    setQuery('')
    setHits([])
    setOpen(false)
  }

  if (value) {
    return (
      <div className="flex items-center justify-between gap-3 rounded-2xl bg-sand-50 px-4 py-3 ring-1 ring-ink-900/10" data-testid="picked-talent">
        <div className="min-w-0">
          <p className="text-xs font-semibold text-ink-600">{m.selected}</p>
          <p className="truncate font-bold text-ink-950">{value.name}</p>
          {value.code ? <p className="font-mono text-xs font-semibold tracking-wider text-terracotta-700">{value.code}</p> : null}
        </div>
        <button
          type="button"
          onClick={() => {
            onChange(null)
            requestAnimationFrame(() => inputRef.current?.focus())
          }}
          className="btn btn-secondary shrink-0"
        >
          {m.change}
        </button>
      </div>
    )
  }

  const status = state === 'searching' ? m.searching : state === 'failed' ? m.searchFailed : state === 'done' && !hits.length ? m.noMatch : ''
  return (
    <div className="relative">
      <div className="relative">
        <SearchIcon className="pointer-events-none absolute top-1/2 left-4 size-5 -translate-y-1/2 text-ink-500" />
        <input
          ref={inputRef}
          id={ids.input}
          type="text"
          role="combobox"
          aria-expanded={open && hits.length > 0}
          aria-controls={ids.list}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? `${ids.list}-${active}` : undefined}
          aria-describedby={[error ? ids.error : null, ids.hint].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          aria-label={m.talentSearch}
          value={query}
          placeholder={m.talentSearchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setQuery(event.target.value)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && hits.length) {
              event.preventDefault()
              setOpen(true)
              setActive((index) => (index + 1) % hits.length)
            } else if (event.key === 'ArrowUp' && hits.length) {
              event.preventDefault()
              setActive((index) => (index <= 0 ? hits.length - 1 : index - 1))
            } else if (event.key === 'Enter') {
              event.preventDefault()
              const hit = hits[active >= 0 ? active : 0]
              if (hit && open) choose(hit)
            } else if (event.key === 'Escape') {
              setOpen(false)
            }
          }}
          className={`field pl-12 ${error ? 'border-terracotta-600' : ''}`}
        />
      </div>
      <ul
        id={ids.list}
        role="listbox"
        aria-label={m.talentSearch}
        hidden={!open || !hits.length}
        className="absolute inset-x-0 top-full z-20 mt-1.5 max-h-72 overflow-y-auto rounded-2xl bg-white p-1.5 shadow-card ring-1 ring-ink-900/10"
      >
        {hits.map((hit, index) => (
          <li
            key={hit.id}
            id={`${ids.list}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(hit)}
            className={`flex cursor-pointer items-center justify-between gap-3 rounded-xl px-3 py-2.5 ${index === active ? 'bg-terracotta-50' : 'hover:bg-sand-50'}`}
          >
            <span className="truncate font-semibold text-ink-950">{nameOf(hit)}</span>
            {hit.code ? <span className="shrink-0 font-mono text-xs font-semibold text-terracotta-700">{hit.code}</span> : null}
          </li>
        ))}
      </ul>
      <p id={ids.hint} aria-live="polite" className="mt-1.5 text-sm text-ink-600">
        {status || m.talentSearchHint}
      </p>
      {error ? (
        <p id={ids.error} className="mt-1 text-sm font-medium text-terracotta-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}
