'use client'

import { format, type Locale } from '@/i18n'
import type { RegistrationMessages } from '@/i18n/messages/registration'
import { LANGUAGE_LEVEL_OPTIONS } from '@/talents/profileOptions'
import { newLanguageRow, type FieldErrors, type LanguageRow } from '@/talents/registrationForm'
import type { PickerOption } from '@/talents/registrationOptions'

import { FieldError, fieldIds, Select } from './FormField'
import { SearchableSelect } from './SearchableSelect'

type LanguageRowsProps = {
  locale: Locale
  rows: LanguageRow[]
  onChange: (rows: LanguageRow[]) => void
  languages: PickerOption[]
  errors: FieldErrors
  messages: RegistrationMessages
}

/** Languages with a level, one row each; a language already chosen is not offered again. */
export function LanguageRows({ locale, rows, onChange, languages, errors, messages }: LanguageRowsProps) {
  const { fields, picker } = messages
  const groupIds = fieldIds('languages')
  const groupError = errors.languages
  const describedBy = [groupIds.hint, groupError ? groupIds.error : null].filter(Boolean).join(' ')
  const sections = { africa: picker.africanLanguages, world: picker.otherLanguages }

  const setRow = (index: number, patch: Partial<LanguageRow>) =>
    onChange(rows.map((row, position) => (position === index ? { ...row, ...patch } : row)))

  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="text-sm font-semibold text-ink-900">{fields.languages}</legend>
      <p id={groupIds.hint} className="mt-1 text-sm text-ink-600">
        {fields.languagesHint}
      </p>

      <ol className="mt-3 space-y-3">
        {rows.map((row, index) => {
          const languagePath = `languages.${index}.language`
          const levelPath = `languages.${index}.level`
          const language = fieldIds(languagePath)
          const level = fieldIds(levelPath)
          const takenElsewhere = new Set(rows.filter((other) => other.key !== row.key).map((other) => other.language))
          const rowDescribedBy = [errors[languagePath] ? language.error : null, groupError ? groupIds.error : null]
            .filter(Boolean)
            .join(' ')
          return (
            <li
              key={row.key}
              className="grid grid-cols-[1fr_auto] items-start gap-x-3 gap-y-3 rounded-2xl bg-sand-50 p-3 ring-1 ring-ink-900/10 sm:grid-cols-[minmax(0,1fr)_13.5rem_auto] sm:p-4"
            >
              <div className="min-w-0">
                <label htmlFor={language.id} className="block text-xs font-semibold text-ink-700">
                  {fields.language}
                  <span className="sr-only"> {index + 1}</span>
                </label>
                <div className="mt-1">
                  <SearchableSelect
                    id={language.id}
                    label={format(fields.languageNumbered, { n: index + 1 })}
                    locale={locale}
                    options={languages.filter((option) => !takenElsewhere.has(option.value))}
                    value={row.language}
                    onChange={(value) => setRow(index, { language: value })}
                    placeholder={fields.languagePlaceholder}
                    sections={sections}
                    ariaDescribedBy={rowDescribedBy || undefined}
                    ariaInvalid={errors[languagePath] || groupError ? true : undefined}
                    messages={picker}
                  />
                </div>
                <FieldError path={languagePath} message={errors[languagePath]} />
              </div>
              <div className="col-start-1 sm:col-start-auto">
                <label htmlFor={level.id} className="block text-xs font-semibold text-ink-700">
                  {fields.level}
                  <span className="sr-only"> {index + 1}</span>
                </label>
                <Select
                  id={level.id}
                  value={row.level}
                  onChange={(event) => setRow(index, { level: event.target.value as LanguageRow['level'] })}
                  aria-invalid={errors[levelPath] ? true : undefined}
                  aria-describedby={errors[levelPath] ? level.error : undefined}
                  className="mt-1"
                >
                  {LANGUAGE_LEVEL_OPTIONS.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label[locale]}
                    </option>
                  ))}
                </Select>
                <FieldError path={levelPath} message={errors[levelPath]} />
              </div>
              <div className="col-start-2 row-start-1 pt-5 sm:col-start-auto sm:row-start-auto">
                {rows.length > 1 ? (
                  <button
                    type="button"
                    onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
                    aria-label={format(fields.removeLanguage, { n: index + 1 })}
                    className="grid size-[3.125rem] place-items-center rounded-xl text-ink-500 ring-1 ring-ink-900/10 ring-inset hover:bg-white hover:text-terracotta-700"
                  >
                    <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true" focusable="false">
                      <path d="M4 7h16M9.5 7V4.5h5V7M6.5 7l.9 12.5a1.5 1.5 0 0 0 1.5 1.4h6.2a1.5 1.5 0 0 0 1.5-1.4L17.5 7M10 11v6M14 11v6" strokeLinecap="round" strokeLinejoin="round" />
                    </svg>
                  </button>
                ) : null}
              </div>
            </li>
          )
        })}
      </ol>

      <button
        type="button"
        onClick={() => onChange([...rows, newLanguageRow()])}
        disabled={rows.length >= languages.length}
        className="btn btn-secondary mt-3"
      >
        <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
          <path d="M10 4.5v11M4.5 10h11" strokeLinecap="round" />
        </svg>
        {fields.addLanguage}
      </button>
      <FieldError path="languages" message={groupError} />
    </fieldset>
  )
}
