'use client'

import { MAX_SKILLS } from '@/cinema/registration/schema'

import { ChipPicker } from '../../registration/ChipPicker'
import { describedBy, Field, fieldIds, inputClass } from '../../registration/FormField'
import type { SectionProps } from './types'

export function SkillsSection({ locale, messages, shared, options, values, errors, update }: SectionProps) {
  const { fields } = messages
  return (
    <div className="space-y-7">
      <ChipPicker
        path="skills"
        locale={locale}
        legend={shared.fields.skills}
        hint={fields.skillsHint}
        filterLabel={shared.fields.skillsFilter}
        optionalLabel={shared.fields.optional}
        groups={options.skills}
        selected={values.skills}
        onChange={(selected) => update('skills', selected)}
        max={MAX_SKILLS}
        error={errors.skills}
        collapsible
        messages={shared.picker}
      />
      <Field path="otherSkills" label={fields.otherSkills} hint={fields.otherSkillsHint} optionalLabel={shared.fields.optional} error={errors.otherSkills}>
        <textarea
          id={fieldIds('otherSkills').id}
          rows={2}
          maxLength={500}
          value={values.otherSkills}
          onChange={(event) => update('otherSkills', event.target.value)}
          {...describedBy('otherSkills', { hint: true, error: errors.otherSkills })}
          className={`${inputClass} resize-y`}
        />
      </Field>
    </div>
  )
}
