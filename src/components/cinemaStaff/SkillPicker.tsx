'use client'

import { useEffect, useId, useRef, useState } from 'react'

import { format } from '@/i18n'
import type { CinemaStaffMessages } from '@/i18n/messages/cinemaStaff'
import type { FilterOptionGroup } from '@/talents/directoryOptions'

import { CloseIcon } from '../talents/TalentIcons'

type SkillPickerProps = {
  groups: FilterOptionGroup[]
  selected: string[]
  max: number
  messages: CinemaStaffMessages['filters']
}

/**
 * Skills the talent must all have: a select adds one, a chip removes it; each choice is a
 * hidden `skill` field of the form, which is then submitted.
 */
export function SkillPicker({ groups, selected: initial, max, messages }: SkillPickerProps) {
  const [selected, setSelected] = useState(initial)
  const id = useId()
  const root = useRef<HTMLFieldSetElement>(null)
  const changed = useRef(false)
  const labelOf = (value: string) => groups.flatMap((group) => group.options).find((option) => option.value === value)?.label ?? value

  useEffect(() => {
    if (!changed.current) return
    changed.current = false
    root.current?.closest('form')?.requestSubmit()
  }, [selected])

  const update = (next: string[]) => {
    changed.current = true
    setSelected(next)
  }

  return (
    <fieldset ref={root}>
      <legend className="mb-1.5 block text-sm font-semibold text-ink-800">{messages.skills}</legend>
      <p id={`${id}-hint`} className="mb-2 text-xs text-ink-500">
        {messages.skillsHint}
      </p>
      {selected.length ? (
        <ul className="mb-2 flex flex-wrap gap-1.5">
          {selected.map((value) => (
            <li key={value}>
              <input type="hidden" name="skill" value={value} />
              <button
                type="button"
                onClick={() => update(selected.filter((entry) => entry !== value))}
                aria-label={format(messages.removeSkill, { label: labelOf(value) })}
                className="inline-flex items-center gap-1 rounded-full bg-ink-900 py-1 pr-2 pl-3 text-sm font-medium text-sand-50 hover:bg-ink-700"
              >
                {labelOf(value)}
                <CloseIcon className="size-3.5 text-ink-300" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={`${id}-add`} className="sr-only">
        {messages.addSkill}
      </label>
      <select
        id={`${id}-add`}
        data-manual=""
        value=""
        disabled={selected.length >= max}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const value = event.target.value
          if (value && !selected.includes(value)) update([...selected, value])
        }}
        className="field min-h-11 appearance-auto py-2 pr-2 pl-3 text-sm"
      >
        <option value="">{messages.addSkill}</option>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value} disabled={selected.includes(option.value)}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </fieldset>
  )
}
