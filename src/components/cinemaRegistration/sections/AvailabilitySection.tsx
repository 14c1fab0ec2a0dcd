'use client'

import { AVAILABILITY_OPTIONS, CURRENCY_OPTIONS, RATE_UNIT_OPTIONS } from '@/cinema/cinemaOptions'

import { describedBy, Field, FieldError, fieldIds, inputClass, Select } from '../../registration/FormField'
import type { SectionProps } from './types'

type FlagKey = 'willingToTravel' | 'hasPassport' | 'unionMember'

export function AvailabilitySection({ locale, messages, shared, values, errors, update }: SectionProps) {
  const { fields } = messages
  const checkbox = (key: FlagKey | 'rateNegotiable', label: string) => (
    <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-xl bg-white px-4 py-2 ring-1 ring-ink-900/15 ring-inset hover:bg-sand-100">
      <input
        id={fieldIds(key).id}
        type="checkbox"
        checked={values[key]}
        onChange={(event) => update(key, event.target.checked)}
        className="size-5 shrink-0 accent-terracotta-600"
      />
      <span className="text-sm font-medium text-ink-800">{label}</span>
    </label>
  )
  const rateIds = fieldIds('rate')

  return (
    <div className="space-y-7">
      <div className="grid gap-6 sm:grid-cols-2">
        <fieldset>
          <legend className="text-sm font-semibold text-ink-900">{fields.availability}</legend>
          <div className="mt-2 grid gap-2">
            {AVAILABILITY_OPTIONS.map((option, index) => (
              <label key={option.value} className="relative">
                <input
                  type="radio"
                  name="availability"
                  id={index === 0 ? fieldIds('availability').id : undefined}
                  value={option.value}
                  checked={values.availability === option.value}
                  onChange={() => update('availability', option.value)}
                  className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0"
                />
                <span className="flex min-h-11 cursor-pointer items-center gap-3 rounded-xl bg-white px-4 py-2 text-sm font-medium text-ink-800 ring-1 ring-ink-900/20 ring-inset peer-checked:bg-terracotta-50 peer-checked:font-semibold peer-checked:ring-2 peer-checked:ring-terracotta-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-terracotta-600 hover:bg-sand-100">
                  <span
                    aria-hidden="true"
                    className={`grid size-5 shrink-0 place-items-center rounded-full ring-1 ring-inset ${
                      values.availability === option.value ? 'bg-terracotta-600 ring-terracotta-600' : 'bg-white ring-ink-900/30'
                    }`}
                  >
                    {values.availability === option.value ? <span className="size-2 rounded-full bg-white" /> : null}
                  </span>
                  {option.label[locale]}
                </span>
              </label>
            ))}
          </div>
          <FieldError path="availability" message={errors.availability} />
        </fieldset>
        <Field path="availableFrom" label={fields.availableFrom} optionalLabel={shared.fields.optional} error={errors.availableFrom}>
          <input
            id={fieldIds('availableFrom').id}
            type="date"
            value={values.availableFrom}
            onChange={(event) => update('availableFrom', event.target.value)}
            {...describedBy('availableFrom', { error: errors.availableFrom })}
            className={`${inputClass} sm:max-w-56`}
          />
        </Field>
      </div>

      <fieldset>
        <legend className="text-sm font-semibold text-ink-900">{fields.travel}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {checkbox('willingToTravel', fields.willingToTravel)}
          {checkbox('hasPassport', fields.hasPassport)}
          {checkbox('unionMember', fields.unionMember)}
        </div>
      </fieldset>
      {values.unionMember ? (
        <Field path="unionName" label={fields.unionName} optionalLabel={shared.fields.optional} error={errors.unionName}>
          <input
            id={fieldIds('unionName').id}
            maxLength={160}
            value={values.unionName}
            onChange={(event) => update('unionName', event.target.value)}
            {...describedBy('unionName', { error: errors.unionName })}
            className={`${inputClass} sm:max-w-md`}
          />
        </Field>
      ) : null}

      <fieldset aria-describedby={[rateIds.hint, errors.rate ? rateIds.error : null].filter(Boolean).join(' ')}>
        <legend className="text-sm font-semibold text-ink-900">
          {fields.rate} <span className="text-xs font-medium text-ink-500">({shared.fields.optional})</span>
        </legend>
        <p id={rateIds.hint} className="mt-1 flex items-center gap-1.5 text-sm text-ink-600">
          <svg viewBox="0 0 20 20" className="size-4 shrink-0 text-forest-600" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true" focusable="false">
            <rect x="4" y="9" width="12" height="8" rx="1.5" />
            <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
          </svg>
          {fields.rateHint}
        </p>
        <div className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-[10rem_13rem_10rem_auto] sm:items-end">
          <div>
            <label htmlFor={rateIds.id} className="block text-xs font-semibold text-ink-700">
              {fields.rateAmount}
            </label>
            <input
              id={rateIds.id}
              inputMode="decimal"
              value={values.rate}
              onChange={(event) => update('rate', event.target.value.replace(/[^\d\s.,]/g, '').slice(0, 14))}
              aria-invalid={errors.rate ? true : undefined}
              className={`${inputClass} mt-1 tabular-nums`}
            />
          </div>
          <div>
            <label htmlFor={fieldIds('rateCurrency').id} className="block text-xs font-semibold text-ink-700">
              {fields.rateCurrency}
            </label>
            <Select id={fieldIds('rateCurrency').id} value={values.rateCurrency} onChange={(event) => update('rateCurrency', event.target.value)} className="mt-1">
              {CURRENCY_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label[locale]}
                </option>
              ))}
            </Select>
          </div>
          <div>
            <label htmlFor={fieldIds('rateUnit').id} className="block text-xs font-semibold text-ink-700">
              {fields.rateUnit}
            </label>
            <Select id={fieldIds('rateUnit').id} value={values.rateUnit} onChange={(event) => update('rateUnit', event.target.value)} className="mt-1">
              {RATE_UNIT_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label[locale]}
                </option>
              ))}
            </Select>
          </div>
          <div className="self-end">{checkbox('rateNegotiable', fields.rateNegotiable)}</div>
        </div>
        <FieldError path="rate" message={errors.rate} />
      </fieldset>

      <Field path="availabilityNotes" label={fields.availabilityNotes} hint={fields.availabilityNotesHint} optionalLabel={shared.fields.optional} error={errors.availabilityNotes}>
        <textarea
          id={fieldIds('availabilityNotes').id}
          rows={3}
          maxLength={1000}
          value={values.availabilityNotes}
          onChange={(event) => update('availabilityNotes', event.target.value)}
          {...describedBy('availabilityNotes', { hint: true, error: errors.availabilityNotes })}
          className={`${inputClass} resize-y`}
        />
      </Field>
    </div>
  )
}
