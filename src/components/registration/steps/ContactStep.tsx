'use client'

import { describedBy, Field, fieldIds, inputClass } from '../FormField'
import type { StepProps } from './types'

/** `lockedEmail`: the address of a signed-in person, shown read-only with its own hint. */
export function ContactStep({ messages, values, errors, update, lockedEmail }: StepProps & { lockedEmail?: { hint: string } }) {
  const { fields } = messages
  return (
    <div className="space-y-6">
      <Field path="email" label={fields.email} hint={lockedEmail?.hint ?? fields.emailHint} error={errors.email}>
        <input
          id={fieldIds('email').id}
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          value={values.email}
          onChange={(event) => update('email', event.target.value)}
          readOnly={lockedEmail ? true : undefined}
          maxLength={254}
          {...describedBy('email', { hint: true, error: errors.email })}
          className={`${inputClass} read-only:bg-sand-100 read-only:text-ink-700 sm:max-w-md`}
        />
      </Field>

      <Field path="phone" label={fields.phone} hint={fields.phoneHint} error={errors.phone}>
        <input
          id={fieldIds('phone').id}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={values.phone}
          onChange={(event) => update('phone', event.target.value)}
          maxLength={20}
          {...describedBy('phone', { hint: true, error: errors.phone })}
          className={`${inputClass} sm:max-w-xs`}
        />
      </Field>

      <div>
        <label className="flex cursor-pointer items-start gap-3 text-sm text-ink-800">
          <input
            type="checkbox"
            checked={values.whatsappSameAsPhone}
            onChange={(event) => update('whatsappSameAsPhone', event.target.checked)}
            className="mt-0.5 size-5 shrink-0 accent-terracotta-600"
          />
          {fields.sameAsPhone}
        </label>
        {values.whatsappSameAsPhone ? null : (
          <Field path="whatsapp" label={fields.whatsapp} hint={fields.whatsappHint} optionalLabel={fields.optional} error={errors.whatsapp} className="mt-5">
            <input
              id={fieldIds('whatsapp').id}
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              value={values.whatsapp}
              onChange={(event) => update('whatsapp', event.target.value)}
              maxLength={20}
              {...describedBy('whatsapp', { hint: true, error: errors.whatsapp })}
              className={`${inputClass} sm:max-w-xs`}
            />
          </Field>
        )}
      </div>
    </div>
  )
}
