'use client'

import { format } from '@/i18n'
import { INTL_LOCALE } from '@/i18n/locales'
import { DEFAULT_PUBLIC_PARTS, PUBLISHABLE_PARTS } from '@/talents/profileOptions'

import { CheckIcon } from '../../icons'
import { fieldIds } from '../FormField'
import { ConsentCheckbox, VisibilityChoice } from '../VisibilityAndConsent'
import type { StepProps } from './types'

export function VisibilityStep({ locale, messages, values, errors, update }: StepProps) {
  const { fields } = messages
  const visibility = fieldIds('isPublic')
  const defaultParts = new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' }).format(
    PUBLISHABLE_PARTS.filter((part) => DEFAULT_PUBLIC_PARTS.includes(part.value)).map((part) => part.label[locale].toLowerCase()),
  )

  return (
    <div className="space-y-8">
      <VisibilityChoice labels={fields} value={values.isPublic} error={errors.isPublic} onChange={(isPublic) => update('isPublic', isPublic)} />

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

      <ConsentCheckbox labels={fields} checked={values.consent} error={errors.consent} onChange={(consent) => update('consent', consent)} />
    </div>
  )
}
