'use client'

import { useState, type FormEvent } from 'react'

import type { TalentSpaceMessages } from '@/i18n/messages/talentSpace'
import type { ActionResult } from '@/talentSpace/actionResult'
import type { PublishablePart } from '@/talents/profileOptions'

import { FieldError } from './Field'
import { errorAt, stateFromResult, type FormState } from './formState'
import { FormStatus } from './FormStatus'
import { ExternalIcon, EyeIcon, EyeOffIcon } from './icons'

type VisibilityValues = { isPublic: boolean; publicParts: PublishablePart[] }

type VisibilityFormProps = {
  initialValues: VisibilityValues
  parts: readonly PublishablePart[]
  previewHref: string
  messages: Pick<TalentSpaceMessages, 'visibility' | 'common'>
  save: (values: VisibilityValues) => Promise<ActionResult>
}

/** Public or private, and the parts of a public profile the talent chooses to show. */
export function VisibilityForm({ initialValues, parts, previewHref, messages, save }: VisibilityFormProps) {
  const { visibility: m, common } = messages
  const [values, setValues] = useState(initialValues)
  const [state, setState] = useState<FormState>({ status: 'idle' })
  const saving = state.status === 'saving'

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (saving) return
    setState({ status: 'saving' })
    try {
      setState(stateFromResult(await save(values)))
    } catch {
      setState({ status: 'error', message: common.network, errors: [] })
    }
  }

  const choices = [
    { value: true, label: m.publicLabel, text: m.publicText, Icon: EyeIcon },
    { value: false, label: m.privateLabel, text: m.privateText, Icon: EyeOffIcon },
  ]

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
      <fieldset className="rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5 sm:p-7">
        <legend className="sr-only">{m.choiceLegend}</legend>
        <p aria-hidden="true" className="mb-4 text-lg font-bold tracking-tight text-ink-950">
          {m.choiceLegend}
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          {choices.map(({ value, label, text, Icon }) => {
            const checked = values.isPublic === value
            return (
              <label
                key={label}
                className={`relative flex cursor-pointer gap-3 rounded-2xl p-4 ring-inset transition-colors has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-terracotta-600 ${
                  checked ? 'bg-terracotta-50 ring-2 ring-terracotta-600' : 'bg-sand-50 ring-1 ring-ink-900/10 hover:bg-sand-100'
                }`}
              >
                <input
                  type="radio"
                  name="isPublic"
                  value={String(value)}
                  checked={checked}
                  onChange={() => setValues((current) => ({ ...current, isPublic: value }))}
                  className="sr-only"
                />
                <span className={`grid size-10 shrink-0 place-items-center rounded-xl ${checked ? 'bg-terracotta-600 text-white' : 'bg-white text-ink-600 ring-1 ring-ink-900/10'}`}>
                  <Icon className="size-5" />
                </span>
                <span className="min-w-0">
                  <span className="block font-bold text-ink-950">{label}</span>
                  <span className="mt-0.5 block text-sm text-ink-600">{text}</span>
                </span>
                <span
                  aria-hidden="true"
                  className={`absolute top-4 right-4 size-5 rounded-full border-2 ${checked ? 'border-terracotta-600 bg-terracotta-600 shadow-[inset_0_0_0_3px_white]' : 'border-ink-300 bg-white'}`}
                />
              </label>
            )
          })}
        </div>
      </fieldset>

      <fieldset id="field-publicParts" aria-describedby="public-parts-hint" className="rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5 sm:p-7">
        <legend className="sr-only">{m.partsLegend}</legend>
        <p aria-hidden="true" className="text-lg font-bold tracking-tight text-ink-950">
          {m.partsLegend}
        </p>
        <p id="public-parts-hint" className="mt-1 text-sm text-ink-600">
          {m.partsHint} {values.isPublic ? null : <strong className="font-semibold text-ink-800">{m.partsPrivateHint}</strong>}
        </p>
        <ul className="mt-4 grid gap-2 sm:grid-cols-2">
          {parts.map((part) => {
            const checked = values.publicParts.includes(part)
            return (
              <li key={part}>
                <label className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-xl px-3.5 py-2.5 text-sm font-medium ring-1 ring-inset transition-colors ${checked ? 'bg-sand-50 text-ink-950 ring-ink-900/15' : 'text-ink-700 ring-ink-900/10 hover:bg-sand-50'}`}>
                  <input
                    type="checkbox"
                    name="publicParts"
                    value={part}
                    checked={checked}
                    onChange={() =>
                      setValues((current) => ({
                        ...current,
                        publicParts: checked ? current.publicParts.filter((p) => p !== part) : [...current.publicParts, part],
                      }))
                    }
                    className="size-5 shrink-0 accent-terracotta-600"
                  />
                  {m.parts[part]}
                </label>
              </li>
            )
          })}
        </ul>
        <FieldError message={errorAt(state, 'publicParts')} />
      </fieldset>

      <FormStatus state={state} />

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <button type="submit" disabled={saving} aria-busy={saving} className="btn btn-primary btn-lg">
          {saving ? common.saving : common.save}
        </button>
        <a href={previewHref} target="_blank" rel="noopener" className="btn btn-secondary btn-lg">
          <ExternalIcon className="size-4" />
          {m.preview}
          <span className="sr-only"> {common.opensInNewTab}</span>
        </a>
      </div>
    </form>
  )
}
