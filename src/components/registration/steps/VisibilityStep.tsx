'use client'

import { format } from '@/i18n'
import { INTL_LOCALE } from '@/i18n/locales'
import { DEFAULT_PUBLIC_PARTS, PUBLISHABLE_PARTS } from '@/talents/profileOptions'

import { CheckIcon } from '../../icons'
import { FieldError, fieldIds } from '../FormField'
import type { StepProps } from './types'

export function VisibilityStep({ locale, messages, values, errors, update }: StepProps) {
  const { fields } = messages
  const visibility = fieldIds('isPublic')
  const consent = fieldIds('consent')
  const defaultParts = new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' }).format(
    PUBLISHABLE_PARTS.filter((part) => DEFAULT_PUBLIC_PARTS.includes(part.value)).map((part) => part.label[locale].toLowerCase()),
  )
  const choices = [
    { value: true, label: fields.public, text: fields.publicText },
    { value: false, label: fields.private, text: fields.privateText },
  ]

  return (
    <div className="space-y-8">
      <fieldset aria-describedby={errors.isPublic ? visibility.error : undefined}>
        <legend className="text-sm font-semibold text-ink-900">{fields.visibility}</legend>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          {choices.map((choice, index) => {
            const checked = values.isPublic === choice.value
            return (
              <label key={choice.label} className="relative">
                <input
                  type="radio"
                  name="isPublic"
                  id={index === 0 ? visibility.id : undefined}
                  checked={checked}
                  onChange={() => update('isPublic', choice.value)}
                  aria-invalid={errors.isPublic ? true : undefined}
                  aria-labelledby={`${visibility.id}-${index}-title`}
                  aria-describedby={`${visibility.id}-${index}-text`}
                  className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0 disabled:cursor-not-allowed"
                />
                <span
                  className={`flex h-full cursor-pointer gap-3 rounded-2xl bg-white p-4 ring-1 ring-inset transition-colors peer-checked:bg-terracotta-50 peer-checked:ring-2 peer-checked:ring-terracotta-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-terracotta-600 hover:bg-sand-100 ${
                    errors.isPublic ? 'ring-terracotta-600' : 'ring-ink-900/20'
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
        <FieldError path="isPublic" message={errors.isPublic} />
      </fieldset>

      <section aria-labelledby={`${visibility.id}-explained`} className="rounded-2xl bg-sand-100 p-5 sm:p-6">
        <h3 id={`${visibility.id}-explained`} className="font-bold text-ink-950">
          {fields.publicShowsTitle}
        </h3>
        <ul className="mt-3 space-y-2.5 text-sm text-ink-700">
          <li className="flex gap-2.5">
            <CheckIcon className="mt-0.5 size-4 shrink-0 text-forest-600" strokeWidth={2.5} />
            {fields.publicAlways}
          </li>
          <li className="flex gap-2.5">
            <CheckIcon className="mt-0.5 size-4 shrink-0 text-forest-600" strokeWidth={2.5} />
            {format(fields.publicByDefault, { parts: defaultParts })}
          </li>
          <li className="flex gap-2.5">
            <svg viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 text-terracotta-600" fill="none" stroke="currentColor" strokeWidth="2.2" aria-hidden="true" focusable="false">
              <rect x="4" y="9" width="12" height="8" rx="1.5" />
              <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
            </svg>
            {fields.publicNever}
          </li>
        </ul>
      </section>

      <fieldset>
        <legend className="text-sm font-semibold text-ink-900">{fields.consent}</legend>
        <p id={`${consent.id}-text`} className="mt-1 text-sm text-ink-600">
          {fields.consentText}
        </p>
        <label
          className={`mt-3 flex cursor-pointer items-start gap-3 rounded-2xl bg-white p-4 ring-1 ring-inset ${
            errors.consent ? 'ring-2 ring-terracotta-600' : 'ring-ink-900/20'
          }`}
        >
          <input
            id={consent.id}
            type="checkbox"
            checked={values.consent}
            onChange={(event) => update('consent', event.target.checked)}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={[`${consent.id}-text`, errors.consent ? consent.error : null].filter(Boolean).join(' ')}
            className="mt-0.5 size-5 shrink-0 accent-terracotta-600"
          />
          <span className="text-sm leading-relaxed text-ink-800">{fields.consentLabel}</span>
        </label>
        <FieldError path="consent" message={errors.consent} />
      </fieldset>
    </div>
  )
}
