'use client'

import { useId, useMemo, useState } from 'react'

import { format, plural, type Locale } from '@/i18n'
import type { RegistrationMessages } from '@/i18n/messages/registration'
import type { PickerGroup } from '@/talents/registrationOptions'

import { CheckIcon, SearchIcon } from '../icons'
import { FieldError, fieldIds, OptionalTag } from './FormField'
import { matchesQuery, normalizeForSearch } from './search'

type ChipPickerProps = {
  path: string
  locale: Locale
  legend: string
  hint: string
  filterLabel: string
  optionalLabel?: string
  groups: PickerGroup[]
  selected: string[]
  onChange: (selected: string[]) => void
  max: number
  error?: string
  /** Long lists start with their groups folded, and show the current choice above them. */
  collapsible?: boolean
  /** A handful of chips needs no filter box (the count stays). */
  filterable?: boolean
  messages: RegistrationMessages['picker']
}

/**
 * A multiple choice as checkable chips in named groups, with a filter box: big touch
 * targets on a phone, real checkboxes underneath for keyboards and screen readers.
 */
export function ChipPicker({
  path,
  locale,
  legend,
  hint,
  filterLabel,
  optionalLabel,
  groups,
  selected,
  onChange,
  max,
  error,
  collapsible = false,
  filterable = true,
  messages,
}: ChipPickerProps) {
  const baseId = useId()
  const ids = fieldIds(path)
  const [query, setQuery] = useState('')
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set())
  const searching = query.trim() !== ''

  const visibleGroups = useMemo(() => {
    if (!searching) return groups
    return groups
      .map((group) => ({
        ...group,
        options: group.options.filter((option) =>
          matchesQuery(normalizeForSearch(`${option.label} ${option.keywords ?? ''} ${group.label}`), query),
        ),
      }))
      .filter((group) => group.options.length > 0)
  }, [groups, query, searching])

  const labelOf = useMemo(() => {
    const labels = new Map<string, string>()
    for (const group of groups) for (const option of group.options) labels.set(option.value, option.label)
    return labels
  }, [groups])

  const full = selected.length >= max
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value))
  const describedBy = [ids.hint, `${baseId}-count`, error ? ids.error : null].filter(Boolean).join(' ')

  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="text-sm font-semibold text-ink-900">
        {legend}
        {optionalLabel ? <> <OptionalTag label={optionalLabel} /></> : null}
      </legend>
      <p id={ids.hint} className="mt-1 text-sm text-ink-600">
        {hint}
      </p>

      <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-4">
        <div className={filterable ? 'relative sm:max-w-xs sm:flex-1' : 'sr-only'}>
          <label htmlFor={ids.id} className="sr-only">
            {filterLabel}
          </label>
          <SearchIcon className="pointer-events-none absolute top-1/2 left-3.5 size-5 -translate-y-1/2 text-ink-500" />
          <input
            id={ids.id}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              // Enter in the filter must not submit the step.
              if (event.key === 'Enter') event.preventDefault()
            }}
            placeholder={filterLabel}
            autoComplete="off"
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            className="field min-h-11 py-2 pl-11 aria-invalid:border-terracotta-600"
          />
        </div>
        <p id={`${baseId}-count`} aria-live="polite" className="text-sm text-ink-600">
          <span className={`font-semibold ${selected.length > 0 ? 'text-terracotta-700' : 'text-ink-700'}`}>
            {format(plural(locale, selected.length, messages.selected), { count: selected.length })}
          </span>
          {' · '}
          {full ? messages.maxReached : format(messages.maxInfo, { max })}
        </p>
      </div>

      {collapsible && selected.length > 0 ? (
        <ul className="mt-3 flex flex-wrap gap-2">
          {selected.map((value) => (
            <li key={value}>
              <button
                type="button"
                onClick={() => toggle(value, false)}
                aria-label={format(messages.remove, { name: labelOf.get(value) ?? value })}
                className="inline-flex min-h-9 items-center gap-1.5 rounded-full bg-terracotta-600 py-1.5 pr-2.5 pl-3.5 text-sm font-semibold text-white hover:bg-terracotta-700"
              >
                {labelOf.get(value) ?? value}
                <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
                  <path d="M6 6l8 8M14 6l-8 8" strokeLinecap="round" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      <div className="mt-4 space-y-4">
        {visibleGroups.length === 0 ? (
          <p className="rounded-xl bg-sand-100 px-4 py-3 text-sm text-ink-600">{format(messages.noResults, { query })}</p>
        ) : null}
        {visibleGroups.map((group) => {
          const headingId = `${baseId}-${group.key}`
          const chosen = group.options.filter((option) => selected.includes(option.value)).length
          const open = !collapsible || searching || expanded.has(group.key)
          const chips = (
            <div className="flex flex-wrap gap-2">
              {group.options.map((option) => {
                const checked = selected.includes(option.value)
                return (
                  <label key={option.value} className="relative inline-flex">
                    <input
                      type="checkbox"
                      className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0 disabled:cursor-not-allowed"
                      value={option.value}
                      checked={checked}
                      disabled={!checked && full}
                      onChange={(event) => toggle(option.value, event.target.checked)}
                    />
                    <span className="inline-flex min-h-10 cursor-pointer items-center gap-1.5 rounded-full bg-white px-3.5 py-2 text-sm font-medium text-ink-800 ring-1 ring-ink-900/15 transition-colors select-none ring-inset hover:bg-sand-100 peer-checked:bg-terracotta-600 peer-checked:text-white peer-checked:ring-terracotta-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-terracotta-600 peer-disabled:cursor-not-allowed peer-disabled:opacity-45 peer-disabled:hover:bg-white">
                      {checked ? (
                        <CheckIcon className="size-4 shrink-0" strokeWidth={2.5} />
                      ) : (
                        <svg viewBox="0 0 20 20" className="size-4 shrink-0 text-ink-400" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
                          <path d="M10 5v10M5 10h10" strokeLinecap="round" />
                        </svg>
                      )}
                      {option.label}
                    </span>
                  </label>
                )
              })}
            </div>
          )

          if (!collapsible) {
            return (
              <div key={group.key} role="group" aria-labelledby={headingId}>
                <p id={headingId} className={groups.length > 1 ? 'mb-2 text-xs font-semibold tracking-[0.12em] text-ink-500 uppercase' : 'sr-only'}>
                  {group.label}
                </p>
                {chips}
              </div>
            )
          }
          return (
            <div key={group.key} role="group" aria-labelledby={headingId} className="rounded-2xl ring-1 ring-ink-900/10">
              <button
                type="button"
                id={headingId}
                aria-expanded={open}
                aria-controls={`${headingId}-panel`}
                disabled={searching}
                onClick={() =>
                  setExpanded((current) => {
                    const next = new Set(current)
                    if (next.has(group.key)) next.delete(group.key)
                    else next.add(group.key)
                    return next
                  })
                }
                className="flex min-h-12 w-full items-center justify-between gap-3 rounded-2xl px-4 py-2.5 text-left text-sm font-semibold text-ink-900 hover:bg-sand-100 disabled:cursor-default disabled:hover:bg-transparent"
              >
                <span>
                  {group.label}{' '}
                  <span className="ml-1 font-normal text-ink-500">({group.options.length})</span>
                </span>
                <span className="flex items-center gap-2">
                  {chosen > 0 ? (
                    <span className="rounded-full bg-terracotta-600 px-2 py-0.5 text-xs font-bold text-white tabular-nums">{chosen}</span>
                  ) : null}
                  <svg
                    viewBox="0 0 20 20"
                    className={`size-5 text-ink-500 transition-transform ${open ? 'rotate-180' : ''}`}
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="1.8"
                    aria-hidden="true"
                    focusable="false"
                  >
                    <path d="M5.5 8l4.5 4.5L14.5 8" strokeLinecap="round" strokeLinejoin="round" />
                  </svg>
                </span>
              </button>
              <div id={`${headingId}-panel`} hidden={!open} className="px-4 pt-1 pb-4">
                {chips}
              </div>
            </div>
          )
        })}
      </div>
      <FieldError path={path} message={error} />
    </fieldset>
  )
}
