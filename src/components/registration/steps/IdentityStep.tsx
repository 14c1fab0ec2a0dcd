'use client'

import { GENDER_OPTIONS } from '@/talents/profileOptions'
import type { PickerOption } from '@/talents/registrationOptions'

import { DateOfBirthField } from '../DateOfBirthField'
import { describedBy, Field, FieldError, fieldIds, inputClass } from '../FormField'
import { SearchableSelect } from '../SearchableSelect'
import type { StepProps } from './types'

export function IdentityStep({ locale, messages, options, values, errors, update }: StepProps) {
  const { fields, picker } = messages
  const gender = fieldIds('gender')
  const nationality = fieldIds('nationality')
  // French nationalities agree with the person: "Ivoirienne", "Ivoirien".
  const nationalityLabel = (option: PickerOption) =>
    values.gender === 'M' ? ((option as { labelMasculine?: string }).labelMasculine ?? option.label) : option.label

  return (
    <div className="space-y-6">
      <div className="grid gap-6 sm:grid-cols-2">
        <Field path="firstName" label={fields.firstName} error={errors.firstName}>
          <input
            id={fieldIds('firstName').id}
            autoComplete="given-name"
            value={values.firstName}
            onChange={(event) => update('firstName', event.target.value)}
            maxLength={80}
            {...describedBy('firstName', { error: errors.firstName })}
            className={inputClass}
          />
        </Field>
        <Field path="lastName" label={fields.lastName} error={errors.lastName}>
          <input
            id={fieldIds('lastName').id}
            autoComplete="family-name"
            value={values.lastName}
            onChange={(event) => update('lastName', event.target.value)}
            maxLength={80}
            {...describedBy('lastName', { error: errors.lastName })}
            className={inputClass}
          />
        </Field>
      </div>

      <Field path="stageName" label={fields.stageName} hint={fields.stageNameHint} optionalLabel={fields.optional} error={errors.stageName}>
        <input
          id={fieldIds('stageName').id}
          autoComplete="nickname"
          value={values.stageName}
          onChange={(event) => update('stageName', event.target.value)}
          maxLength={80}
          {...describedBy('stageName', { hint: true, error: errors.stageName })}
          className={`${inputClass} sm:max-w-md`}
        />
      </Field>

      <fieldset aria-describedby={[gender.hint, errors.gender ? gender.error : null].filter(Boolean).join(' ')}>
        <legend className="text-sm font-semibold text-ink-900">{fields.gender}</legend>
        <p id={gender.hint} className="mt-1 text-sm text-ink-600">
          {fields.genderHint}
        </p>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {GENDER_OPTIONS.map((option, index) => (
            <label key={option.value} className="relative">
              <input
                type="radio"
                name="gender"
                id={index === 0 ? gender.id : undefined}
                value={option.value}
                checked={values.gender === option.value}
                onChange={() => update('gender', option.value)}
                aria-invalid={errors.gender ? true : undefined}
                className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0 disabled:cursor-not-allowed"
              />
              <span
                className={`flex min-h-[3.125rem] cursor-pointer items-center gap-3 rounded-xl bg-white px-4 py-2.5 text-sm font-medium text-ink-800 ring-1 ring-inset transition-colors peer-checked:bg-terracotta-50 peer-checked:font-semibold peer-checked:text-ink-950 peer-checked:ring-2 peer-checked:ring-terracotta-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-terracotta-600 hover:bg-sand-100 ${
                  errors.gender ? 'ring-terracotta-600' : 'ring-ink-900/20'
                }`}
              >
                <span
                  aria-hidden="true"
                  className={`grid size-5 shrink-0 place-items-center rounded-full ring-1 ring-inset ${
                    values.gender === option.value ? 'bg-terracotta-600 ring-terracotta-600' : 'bg-white ring-ink-900/30'
                  }`}
                >
                  {values.gender === option.value ? <span className="size-2 rounded-full bg-white" /> : null}
                </span>
                {option.label[locale]}
              </span>
            </label>
          ))}
        </div>
        <FieldError path="gender" message={errors.gender} />
      </fieldset>

      <DateOfBirthField
        day={values.birthDay}
        month={values.birthMonth}
        year={values.birthYear}
        onChange={(part, value) => update(part, value)}
        error={errors.dateOfBirth}
        messages={fields}
      />

      <Field path="nationality" label={fields.nationality} optionalLabel={fields.optional} error={errors.nationality}>
        <div className="sm:max-w-md">
          <SearchableSelect
            id={nationality.id}
            label={fields.nationality}
            locale={locale}
            options={options.nationalities}
            value={values.nationality}
            onChange={(value) => update('nationality', value)}
            displayLabel={nationalityLabel}
            placeholder={fields.nationalityPlaceholder}
            sections={{ africa: picker.africa, world: picker.world }}
            ariaDescribedBy={errors.nationality ? nationality.error : undefined}
            ariaInvalid={errors.nationality ? true : undefined}
            messages={picker}
          />
        </div>
      </Field>
    </div>
  )
}
