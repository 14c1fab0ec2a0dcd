'use client'

import { describedBy, Field, fieldIds, inputClass } from '../../registration/FormField'
import { LanguageRows } from '../../registration/LanguageRows'
import type { SectionProps } from './types'

export function LanguagesSection({ locale, messages, shared, options, values, errors, update }: SectionProps) {
  const { fields } = messages
  // The talent form's language rows, with the cinema hint (African languages lead the list).
  const rowsMessages = { ...shared, fields: { ...shared.fields, languagesHint: fields.languagesHint } }
  return (
    <div className="space-y-7">
      <LanguageRows
        locale={locale}
        rows={values.languages}
        onChange={(rows) => update('languages', rows)}
        languages={options.languages}
        errors={errors}
        messages={rowsMessages}
      />
      <Field path="accents" label={fields.accents} hint={fields.accentsHint} optionalLabel={shared.fields.optional} error={errors.accents}>
        <input
          id={fieldIds('accents').id}
          maxLength={300}
          value={values.accents}
          onChange={(event) => update('accents', event.target.value)}
          {...describedBy('accents', { hint: true, error: errors.accents })}
          className={inputClass}
        />
      </Field>
    </div>
  )
}
