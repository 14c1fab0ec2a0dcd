'use client'

import { Fragment, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'

import { format, plural, type Locale, type PluralForms } from '@/i18n'
import type { PickerOption } from '@/talents/registrationOptions'

import { CheckIcon } from '../icons'
import { inputClass } from './FormField'
import { matchesQuery, normalizeForSearch } from './search'

type SearchableSelectProps = {
  id: string
  /** The field's label, also the name of the popup list. */
  label: string
  locale: Locale
  options: PickerOption[]
  value: string
  onChange: (value: string) => void
  placeholder?: string
  disabled?: boolean
  /** The label of an option as displayed (defaults to `label`), e.g. a nationality in the masculine. */
  displayLabel?: (option: PickerOption) => string
  /** Section key → heading shown above its options ("Afrique", "Reste du monde"). */
  sections?: Record<string, string>
  ariaDescribedBy?: string
  ariaInvalid?: true
  messages: { showOptions: string; noResults: string; results: PluralForms }
}

/** The popup list's height (max-h-72) plus its margin. */
const LIST_HEIGHT_PX = 18 * 16 + 8

/** Consecutive options of the same section, with their index in the filtered list. */
function bySection(options: PickerOption[]) {
  const sections: { section: string; items: { option: PickerOption; index: number }[] }[] = []
  options.forEach((option, index) => {
    const section = option.section ?? ''
    const last = sections[sections.length - 1]
    if (last && last.section === section) last.items.push({ option, index })
    else sections.push({ section, items: [{ option, index }] })
  })
  return sections
}

/**
 * A text box that filters a long list (ARIA 1.2 combobox with a listbox popup): type a few
 * letters, accents and case ignored, then pick with the arrows and Enter, or a tap.
 * Usable on a phone, where a native select of 194 countries is a long scroll.
 */
export function SearchableSelect({
  id,
  label,
  locale,
  options,
  value,
  onChange,
  placeholder,
  disabled,
  displayLabel = (option) => option.label,
  sections,
  ariaDescribedBy,
  ariaInvalid,
  messages,
}: SearchableSelectProps) {
  const listboxId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [open, setOpen] = useState(false)
  // null: not editing, the box shows the chosen option.
  const [query, setQuery] = useState<string | null>(null)
  const [active, setActive] = useState(0)

  const selected = options.find((option) => option.value === value)
  const shown = (option: PickerOption) => (option.prefix ? `${option.prefix} ${displayLabel(option)}` : displayLabel(option))

  const searchable = useMemo(
    () => options.map((option) => ({ option, text: normalizeForSearch(`${option.label} ${option.keywords ?? ''}`) })),
    [options],
  )
  const filtered = useMemo(() => {
    if (!query?.trim()) return options
    const matches = searchable.filter(({ text }) => matchesQuery(text, query))
    // Names that start with what was typed come first, the reference order otherwise.
    const start = normalizeForSearch(query.trim())
    return [
      ...matches.filter(({ option }) => normalizeForSearch(option.label).startsWith(start)),
      ...matches.filter(({ option }) => !normalizeForSearch(option.label).startsWith(start)),
    ].map(({ option }) => option)
  }, [options, searchable, query])

  const optionId = (index: number) => `${listboxId}-option-${index}`

  useEffect(() => {
    if (open) document.getElementById(`${listboxId}-option-${active}`)?.scrollIntoView({ block: 'nearest' })
  }, [active, open, listboxId])

  /** On a phone the keyboard takes half the screen: bring the box up so the list shows under it. */
  function makeRoomForList() {
    const input = inputRef.current
    if (!input) return
    const viewportHeight = window.visualViewport?.height ?? window.innerHeight
    const missing = input.getBoundingClientRect().bottom + LIST_HEIGHT_PX - viewportHeight
    if (missing > 0) window.scrollBy({ top: missing })
  }

  function openList() {
    if (disabled) return
    const index = filtered.findIndex((option) => option.value === value)
    setActive(Math.max(index, 0))
    setOpen(true)
    makeRoomForList()
  }

  function choose(option: PickerOption) {
    onChange(option.value)
    setQuery(null)
    setOpen(false)
  }

  function close({ commit }: { commit: boolean }) {
    setOpen(false)
    if (commit && query !== null) {
      // An emptied box clears an optional choice; one exact match is taken as the choice.
      if (!query.trim()) onChange('')
      else if (filtered.length === 1) onChange(filtered[0].value)
    }
    setQuery(null)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        if (!open) openList()
        else setActive((index) => Math.min(index + 1, filtered.length - 1))
        break
      case 'ArrowUp':
        event.preventDefault()
        if (open) setActive((index) => Math.max(index - 1, 0))
        break
      case 'PageDown':
        if (open) {
          event.preventDefault()
          setActive((index) => Math.min(index + 10, filtered.length - 1))
        }
        break
      case 'PageUp':
        if (open) {
          event.preventDefault()
          setActive((index) => Math.max(index - 10, 0))
        }
        break
      case 'Enter':
        // Enter picks the highlighted option instead of submitting the form.
        if (open && filtered[active]) {
          event.preventDefault()
          choose(filtered[active])
        }
        break
      case 'Escape':
        if (open || query !== null) {
          event.preventDefault()
          close({ commit: false })
        }
        break
    }
  }

  const activeId = open && filtered[active] ? optionId(active) : undefined

  function renderOption(option: PickerOption, index: number) {
    const isSelected = option.value === value
    return (
      <div
        key={option.value}
        id={optionId(index)}
        role="option"
        aria-selected={isSelected}
        onClick={() => choose(option)}
        onMouseMove={() => (active === index ? null : setActive(index))}
        className={`mx-1.5 flex min-h-11 cursor-pointer items-center gap-2.5 rounded-lg px-2.5 py-2 text-base sm:text-sm ${
          index === active ? 'bg-sand-100 text-ink-950' : 'text-ink-800'
        } ${isSelected ? 'font-semibold' : ''}`}
      >
        {option.prefix ? (
          <span aria-hidden="true" className="w-6 shrink-0 text-lg leading-none">
            {option.prefix}
          </span>
        ) : null}
        <span className="flex-1">
          {displayLabel(option)}
          {option.detail ? <span className="ml-2 text-xs font-normal text-ink-500">{option.detail}</span> : null}
        </span>
        {isSelected ? <CheckIcon className="size-4 shrink-0 text-terracotta-600" strokeWidth={2.5} /> : null}
      </div>
    )
  }

  return (
    <div className="relative">
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listboxId}
        aria-activedescendant={activeId}
        aria-describedby={ariaDescribedBy}
        aria-invalid={ariaInvalid}
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        disabled={disabled}
        placeholder={placeholder}
        value={query ?? (selected ? shown(selected) : '')}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
          if (!open) makeRoomForList()
          setOpen(true)
        }}
        onClick={() => (open ? null : openList())}
        onFocus={(event) => event.target.select()}
        onBlur={() => close({ commit: true })}
        onKeyDown={onKeyDown}
        className={`${inputClass} pr-12`}
      />
      <button
        type="button"
        tabIndex={-1}
        aria-label={messages.showOptions}
        aria-controls={listboxId}
        aria-expanded={open}
        disabled={disabled}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          if (open) close({ commit: false })
          else {
            inputRef.current?.focus()
            openList()
          }
        }}
        className="absolute inset-y-1.5 right-1.5 grid w-10 place-items-center rounded-lg text-ink-500 hover:bg-sand-100 hover:text-ink-900 disabled:opacity-50"
      >
        <svg
          viewBox="0 0 20 20"
          className={`size-5 transition-transform ${open ? 'rotate-180' : ''}`}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          aria-hidden="true"
          focusable="false"
        >
          <path d="M5.5 8l4.5 4.5L14.5 8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>

      <div
        id={listboxId}
        role="listbox"
        aria-label={label}
        hidden={!open}
        onMouseDown={(event) => event.preventDefault()}
        className="absolute inset-x-0 top-full z-30 mt-1.5 max-h-72 overflow-y-auto overscroll-contain rounded-xl bg-white py-1.5 shadow-card ring-1 ring-ink-900/10"
      >
        {filtered.length === 0 ? (
          <p className="px-4 py-3 text-sm text-ink-600">{format(messages.noResults, { query: query ?? '' })}</p>
        ) : (
          bySection(filtered).map(({ section, items }) => {
            const heading = sections?.[section]
            const rendered = items.map(({ option, index }) => renderOption(option, index))
            return heading ? (
              <div key={section} role="group" aria-label={heading}>
                <div aria-hidden="true" className="px-4 pt-2.5 pb-1 text-xs font-semibold tracking-[0.12em] text-ink-500 uppercase">
                  {heading}
                </div>
                {rendered}
              </div>
            ) : (
              <Fragment key={section}>{rendered}</Fragment>
            )
          })
        )}
      </div>
      <span className="sr-only" aria-live="polite">
        {open && query ? format(plural(locale, filtered.length, messages.results), { count: filtered.length }) : ''}
      </span>
    </div>
  )
}
