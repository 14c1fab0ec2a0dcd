'use client'

import { FieldError, fieldIds } from './FormField'

/** The labels both registration forms (talent and cinema) give the visibility and consent questions. */
type VisibilityLabels = {
  visibility: string
  public: string
  publicText: string
  private: string
  privateText: string
}

type ConsentLabels = { consent: string; consentText: string; consentLabel: string }

/** "Public or private profile?" as two large radio cards; the field path is `isPublic`. */
export function VisibilityChoice({
  labels,
  value,
  error,
  onChange,
}: {
  labels: VisibilityLabels
  value: boolean | null | undefined
  error?: string
  onChange: (isPublic: boolean) => void
}) {
  const visibility = fieldIds('isPublic')
  const choices = [
    { value: true, label: labels.public, text: labels.publicText },
    { value: false, label: labels.private, text: labels.privateText },
  ]

  return (
    <fieldset aria-describedby={error ? visibility.error : undefined}>
      <legend className="text-sm font-semibold text-ink-900">{labels.visibility}</legend>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {choices.map((choice, index) => {
          const checked = value === choice.value
          return (
            <label key={choice.label} className="relative">
              <input
                type="radio"
                name="isPublic"
                id={index === 0 ? visibility.id : undefined}
                checked={checked}
                onChange={() => onChange(choice.value)}
                aria-invalid={error ? true : undefined}
                aria-labelledby={`${visibility.id}-${index}-title`}
                aria-describedby={`${visibility.id}-${index}-text`}
                className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0 disabled:cursor-not-allowed"
              />
              <span
                className={`flex h-full cursor-pointer gap-3 rounded-2xl bg-white p-4 ring-1 ring-inset transition-colors peer-checked:bg-terracotta-50 peer-checked:ring-2 peer-checked:ring-terracotta-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-terracotta-600 hover:bg-sand-100 ${
                  error ? 'ring-terracotta-600' : 'ring-ink-900/20'
                }`}
              >
                <span
                  aria-hidden="true"
                  className={`mt-0.5 grid size-5 shrink-0 place-items-center rounded-full ring-1 ring-inset ${
                    checked ? 'bg-terracotta-600 ring-terracotta-600' : 'bg-white ring-ink-900/30'
                  }`}
                >
                  {checked ? <span className="size-2 rounded-full bg-white" /> : null}
                </span>
                <span>
                  <span id={`${visibility.id}-${index}-title`} className="block font-semibold text-ink-950">
                    {choice.label}
                  </span>
                  <span id={`${visibility.id}-${index}-text`} className="mt-1 block text-sm text-ink-600">
                    {choice.text}
                  </span>
                </span>
              </span>
            </label>
          )
        })}
      </div>
      <FieldError path="isPublic" message={error} />
    </fieldset>
  )
}

/** The consent to the processing of the profile's data; the field path is `consent`. */
export function ConsentCheckbox({
  labels,
  checked,
  error,
  onChange,
}: {
  labels: ConsentLabels
  checked: boolean
  error?: string
  onChange: (consent: boolean) => void
}) {
  const consent = fieldIds('consent')
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-ink-900">{labels.consent}</legend>
      <p id={`${consent.id}-text`} className="mt-1 text-sm text-ink-600">
        {labels.consentText}
      </p>
      <label
        className={`mt-3 flex cursor-pointer items-start gap-3 rounded-2xl bg-white p-4 ring-1 ring-inset ${
          error ? 'ring-2 ring-terracotta-600' : 'ring-ink-900/20'
        }`}
      >
        <input
          id={consent.id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${consent.id}-text`, error ? consent.error : null].filter(Boolean).join(' ')}
          className="mt-0.5 size-5 shrink-0 accent-terracotta-600"
        />
        <span className="text-sm leading-relaxed text-ink-800">{labels.consentLabel}</span>
      </label>
      <FieldError path="consent" message={error} />
    </fieldset>
  )
}
