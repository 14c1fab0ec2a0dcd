'use client'

import { ROLE_TYPE_OPTIONS } from '@/cinema/cinemaOptions'

import { ChipPicker } from '../../registration/ChipPicker'
import { FieldError, fieldIds, inputClass } from '../../registration/FormField'
import type { SectionProps } from './types'

const age = (value: string) => value.replace(/\D/g, '').slice(0, 3)

export function RolesSection({ locale, messages, shared, options, values, errors, update }: SectionProps) {
  const { fields } = messages
  const roleGroups = [{ key: 'roles', label: fields.roleTypes, options: ROLE_TYPE_OPTIONS.map((option) => ({ value: option.value, label: option.label[locale] })) }]
  const ageError = errors.playingAgeMin ?? errors.playingAgeMax
  const ageIds = fieldIds('playingAgeMin')

  return (
    <div className="space-y-8">
      <ChipPicker
        path="categories"
        locale={locale}
        legend={shared.fields.categories}
        hint={fields.categoriesHint}
        filterLabel={shared.fields.categoriesFilter}
        groups={options.categories}
        selected={values.categories}
        onChange={(selected) => update('categories', selected)}
        max={8}
        error={errors.categories}
        messages={shared.picker}
      />
      <ChipPicker
        path="roleTypes"
        locale={locale}
        legend={fields.roleTypes}
        hint={fields.roleTypesHint}
        filterLabel={fields.roleTypes}
        optionalLabel={shared.fields.optional}
        groups={roleGroups}
        selected={values.roleTypes}
        onChange={(selected) => update('roleTypes', selected)}
        max={ROLE_TYPE_OPTIONS.length}
        filterable={false}
        error={errors.roleTypes}
        messages={shared.picker}
      />
      <fieldset aria-describedby={[ageIds.hint, ageError ? ageIds.error : null].filter(Boolean).join(' ')}>
        <legend className="text-sm font-semibold text-ink-900">
          {fields.playingAge} <span className="text-xs font-medium text-ink-500">({shared.fields.optional})</span>
        </legend>
        <p id={ageIds.hint} className="mt-1 text-sm text-ink-600">
          {fields.playingAgeHint}
        </p>
        <div className="mt-2 flex items-center gap-3 text-sm text-ink-700">
          <span aria-hidden="true">{fields.from}</span>
          <input
            id={ageIds.id}
            inputMode="numeric"
            aria-label={fields.playingAgeMin}
            value={values.playingAgeMin}
            onChange={(event) => update('playingAgeMin', age(event.target.value))}
            aria-invalid={errors.playingAgeMin ? true : undefined}
            className={`${inputClass} w-20 text-center tabular-nums`}
          />
          <span aria-hidden="true">{fields.to}</span>
          <input
            id={fieldIds('playingAgeMax').id}
            inputMode="numeric"
            aria-label={fields.playingAgeMax}
            value={values.playingAgeMax}
            onChange={(event) => update('playingAgeMax', age(event.target.value))}
            aria-invalid={errors.playingAgeMax ? true : undefined}
            className={`${inputClass} w-20 text-center tabular-nums`}
          />
          <span aria-hidden="true">{fields.yearsUnit}</span>
        </div>
        <FieldError path="playingAgeMin" message={ageError} />
      </fieldset>
    </div>
  )
}
