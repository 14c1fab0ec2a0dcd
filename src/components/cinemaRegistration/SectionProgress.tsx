'use client'

import type { CinemaSection, SectionState } from '@/cinema/registration/form'
import { format } from '@/i18n'
import type { CinemaRegistrationMessages } from '@/i18n/messages/cinemaRegistration'

import { CheckIcon } from '../icons'
import { SECTION_COLOURS } from '@/cinema/sectionColours'

const ERROR_RED = '#b42318'

type SectionProgressProps = {
  sections: readonly CinemaSection[]
  states: Record<CinemaSection, SectionState>
  active: CinemaSection
  onSelect: (section: CinemaSection) => void
  messages: CinemaRegistrationMessages
}

function markerColours(section: CinemaSection, state: SectionState) {
  const accent = SECTION_COLOURS[section].hex
  if (state === 'error') return { backgroundColor: ERROR_RED, borderColor: ERROR_RED, color: 'white' }
  if (state === 'complete') return { backgroundColor: accent, borderColor: accent, color: 'white' }
  return { backgroundColor: 'white', borderColor: accent, color: accent }
}

function Marker({ section, index, state }: { section: CinemaSection; index: number; state: SectionState }) {
  return (
    <span
      aria-hidden="true"
      style={markerColours(section, state)}
      className="relative grid size-8 shrink-0 place-items-center rounded-full border-2 text-sm font-bold tabular-nums"
    >
      {state === 'complete' ? <CheckIcon className="size-4" strokeWidth={3} /> : state === 'error' ? '!' : index + 1}
      {state === 'progress' ? (
        <span className="absolute -right-0.5 -bottom-0.5 size-3 rounded-full ring-2 ring-white" style={{ backgroundColor: SECTION_COLOURS[section].hex }} />
      ) : null}
    </span>
  )
}

/** The nine sections with their state; a tap scrolls to one. A list beside the form on wide screens. */
export function SectionList({ sections, states, active, onSelect, messages }: SectionProgressProps) {
  const done = sections.filter((section) => states[section] === 'complete').length
  return (
    <nav aria-label={messages.progress.label}>
      <p className="mb-3 text-sm font-semibold text-ink-700">{format(messages.progress.summary, { done, total: sections.length })}</p>
      <ol className="space-y-1">
        {sections.map((section, index) => {
          const state = states[section]
          const name = messages.sections[section].title
          return (
            <li key={section}>
              <button
                type="button"
                onClick={() => onSelect(section)}
                aria-current={active === section ? 'location' : undefined}
                aria-label={format(messages.progress.goTo, { n: index + 1, name, state: messages.progress.states[state] })}
                data-state={state}
                className={`flex w-full items-center gap-3 rounded-xl px-2 py-1.5 text-left hover:bg-white/80 ${active === section ? 'bg-white shadow-card ring-1 ring-ink-900/5' : ''}`}
              >
                <Marker section={section} index={index} state={state} />
                <span className="min-w-0">
                  <span className={`block text-sm leading-snug ${active === section ? 'font-bold text-ink-950' : 'font-semibold text-ink-800'}`}>{name}</span>
                  <span className={`block text-xs ${state === 'error' ? 'font-semibold text-[#b42318]' : 'text-ink-500'}`}>{messages.progress.states[state]}</span>
                </span>
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

/** The same, compact: nine numbered dots in a bar that stays under the header on phones. */
export function SectionBar({ sections, states, active, onSelect, messages }: SectionProgressProps) {
  const done = sections.filter((section) => states[section] === 'complete').length
  const activeIndex = sections.indexOf(active)
  return (
    <nav aria-label={messages.progress.label}>
      <div className="flex items-baseline justify-between gap-3">
        <p className="truncate text-sm font-bold text-ink-950">
          {activeIndex + 1}. {messages.sections[active].title}
        </p>
        <p className="shrink-0 text-xs font-semibold text-ink-600">{format(messages.progress.summary, { done, total: sections.length })}</p>
      </div>
      <ol className="mt-2 flex justify-between gap-1">
        {sections.map((section, index) => {
          const state = states[section]
          const accent = SECTION_COLOURS[section].hex
          const name = messages.sections[section].title
          return (
            <li key={section} className="flex-1">
              <button
                type="button"
                onClick={() => onSelect(section)}
                aria-current={active === section ? 'location' : undefined}
                aria-label={format(messages.progress.goTo, { n: index + 1, name, state: messages.progress.states[state] })}
                data-state={state}
                className="flex w-full flex-col items-center gap-1 rounded-lg py-0.5"
              >
                <span
                  aria-hidden="true"
                  style={markerColours(section, state)}
                  className={`grid size-7 place-items-center rounded-full border-2 text-xs font-bold ${active === section ? 'ring-2 ring-ink-900/30 ring-offset-1' : ''}`}
                >
                  {state === 'complete' ? <CheckIcon className="size-3.5" strokeWidth={3} /> : state === 'error' ? '!' : index + 1}
                </span>
                <span aria-hidden="true" className="h-1 w-full rounded-full" style={{ backgroundColor: state === 'empty' ? '#e8dac5' : state === 'error' ? ERROR_RED : accent, opacity: state === 'progress' ? 0.5 : 1 }} />
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
