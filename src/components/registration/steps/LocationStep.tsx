'use client'

import { useMemo } from 'react'

import { describedBy, Field, fieldIds, inputClass } from '../FormField'
import { SearchableSelect } from '../SearchableSelect'
import { cityOptions, useCities } from '../useCities'
import type { StepProps } from './types'

export function LocationStep({ locale, messages, options, values, errors, update }: StepProps) {
  const { fields, picker } = messages
  const country = options.countries.find((option) => option.value === values.country)
  const { state, retry } = useCities(country?.iso2)
  const cities = useMemo(() => (state.status === 'ready' ? cityOptions(state.cities, fields.capital) : []), [state, fields.capital])
  const countryIds = fieldIds('country')
  const cityIds = fieldIds('city')
  const cityStatusId = `${cityIds.id}-status`

  const cityStatus =
    !country ? fields.cityNeedsCountry : state.status === 'loading' ? fields.citiesLoading : state.status === 'failed' ? fields.citiesFailed : null

  return (
    <div className="space-y-6">
      <Field path="country" label={fields.country} error={errors.country}>
        <div className="sm:max-w-md">
          <SearchableSelect
            id={countryIds.id}
            label={fields.country}
            locale={locale}
            options={options.countries}
            value={values.country}
            onChange={(value) => {
              update('country', value)
              // A city belongs to one country: a new country asks for its city again.
              if (value !== values.country) update('city', '')
            }}
            placeholder={fields.countryPlaceholder}
            sections={{ africa: picker.africa, world: picker.world }}
            ariaDescribedBy={errors.country ? countryIds.error : undefined}
            ariaInvalid={errors.country ? true : undefined}
            messages={picker}
          />
        </div>
      </Field>

      <Field path="city" label={fields.city} error={errors.city}>
        <div className="sm:max-w-md">
          <SearchableSelect
            id={cityIds.id}
            label={fields.city}
            locale={locale}
            options={cities}
            value={values.city}
            onChange={(value) => update('city', value)}
            placeholder={country ? fields.cityPlaceholder : fields.cityNeedsCountry}
            disabled={!country || state.status !== 'ready'}
            ariaDescribedBy={[cityStatus ? cityStatusId : null, errors.city ? cityIds.error : null].filter(Boolean).join(' ') || undefined}
            ariaInvalid={errors.city ? true : undefined}
            messages={picker}
          />
        </div>
        <p id={cityStatusId} aria-live="polite" className="mt-1.5 flex items-center gap-2 text-sm text-ink-600">
          {state.status === 'loading' ? (
            <svg viewBox="0 0 24 24" className="size-4 animate-spin motion-reduce:animate-none" aria-hidden="true" focusable="false">
              <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" />
              <path d="M21 12a9 9 0 0 0-9-9" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
            </svg>
          ) : null}
          {cityStatus && country ? cityStatus : null}
          {state.status === 'failed' ? (
            <button type="button" onClick={retry} className="font-semibold text-terracotta-700 underline underline-offset-2">
              {fields.retry}
            </button>
          ) : null}
        </p>
      </Field>

      <Field path="address" label={fields.address} hint={fields.addressHint} optionalLabel={fields.optional} error={errors.address}>
        <textarea
          id={fieldIds('address').id}
          autoComplete="street-address"
          rows={2}
          maxLength={300}
          value={values.address}
          onChange={(event) => update('address', event.target.value)}
          {...describedBy('address', { hint: true, error: errors.address })}
          className={`${inputClass} resize-y`}
        />
      </Field>
    </div>
  )
}
