'use client'

import { format, formatNumber } from '@/i18n'

import { ChipPicker } from '../ChipPicker'
import { describedBy, Field, fieldIds, inputClass } from '../FormField'
import { LanguageRows } from '../LanguageRows'
import type { StepProps } from './types'

const MAX_CATEGORIES = 8
const MAX_SKILLS = 30
const MAX_EXPERIENCE = 4000

export function ProfileStep({ locale, messages, options, values, errors, update }: StepProps) {
  const { fields, picker } = messages
  const experienceIds = fieldIds('experience')

  return (
    <div className="space-y-8">
      <ChipPicker
        path="categories"
        locale={locale}
        legend={fields.categories}
        hint={fields.categoriesHint}
        filterLabel={fields.categoriesFilter}
        groups={options.categories}
        selected={values.categories}
        onChange={(selected) => update('categories', selected)}
        max={MAX_CATEGORIES}
        error={errors.categories}
        messages={picker}
      />

      <LanguageRows
        locale={locale}
        rows={values.languages}
        onChange={(rows) => update('languages', rows)}
        languages={options.languages}
        errors={errors}
        messages={messages}
      />

      <ChipPicker
        path="skills"
        locale={locale}
        legend={fields.skills}
        hint={fields.skillsHint}
        filterLabel={fields.skillsFilter}
        optionalLabel={fields.optional}
        groups={options.skills}
        selected={values.skills}
        onChange={(selected) => update('skills', selected)}
        max={MAX_SKILLS}
        error={errors.skills}
        collapsible
        messages={picker}
      />

      <Field
        path="yearsOfExperience"
        label={fields.yearsOfExperience}
        hint={fields.yearsOfExperienceHint}
        optionalLabel={fields.optional}
        error={errors.yearsOfExperience}
      >
        <input
          id={fieldIds('yearsOfExperience').id}
          inputMode="numeric"
          value={values.yearsOfExperience}
          onChange={(event) => update('yearsOfExperience', event.target.value.replace(/\D/g, '').slice(0, 2))}
          {...describedBy('yearsOfExperience', { hint: true, error: errors.yearsOfExperience })}
          className={`${inputClass} w-28 tabular-nums`}
        />
      </Field>

      <Field path="experience" label={fields.experience} hint={fields.experienceHint} optionalLabel={fields.optional} error={errors.experience}>
        <textarea
          id={experienceIds.id}
          rows={5}
          maxLength={MAX_EXPERIENCE}
          value={values.experience}
          onChange={(event) => update('experience', event.target.value)}
          {...describedBy('experience', { hint: true, error: errors.experience })}
          className={`${inputClass} resize-y`}
        />
        <p className="mt-1 text-right text-xs text-ink-500 tabular-nums" aria-hidden="true">
          {format(fields.charactersLeft, { count: formatNumber(locale, MAX_EXPERIENCE - values.experience.length) })}
        </p>
      </Field>
    </div>
  )
}
