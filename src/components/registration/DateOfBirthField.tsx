import type { RegistrationMessages } from '@/i18n/messages/registration'

import { FieldError, fieldIds, inputClass, Select } from './FormField'

type DateOfBirthFieldProps = {
  day: string
  month: string
  year: string
  onChange: (part: 'birthDay' | 'birthMonth' | 'birthYear', value: string) => void
  error?: string
  messages: RegistrationMessages['fields']
}

const digits = (value: string, max: number) => value.replace(/\D/g, '').slice(0, max)

/**
 * Day, month and year as three small fields: quicker than a calendar for a birth date
 * thirty years back, on a phone as on a keyboard.
 */
export function DateOfBirthField({ day, month, year, onChange, error, messages }: DateOfBirthFieldProps) {
  const ids = fieldIds('dateOfBirth')
  const invalid = error ? (true as const) : undefined
  const describedBy = [ids.hint, error ? ids.error : null].filter(Boolean).join(' ')

  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="text-sm font-semibold text-ink-900">{messages.dateOfBirth}</legend>
      <p id={ids.hint} className="mt-1 text-sm text-ink-600">
        {messages.dateOfBirthHint}
      </p>
      <div className="mt-2 flex gap-2 sm:gap-3">
        <div className="w-16 shrink-0 sm:w-20">
          <label htmlFor={ids.id} className="block text-xs font-medium text-ink-600">
            {messages.day}
          </label>
          <input
            id={ids.id}
            inputMode="numeric"
            autoComplete="bday-day"
            maxLength={2}
            value={day}
            onChange={(event) => onChange('birthDay', digits(event.target.value, 2))}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            className={`${inputClass} mt-1 text-center tabular-nums`}
          />
        </div>
        <div className="min-w-0 flex-1 sm:max-w-56">
          <label htmlFor={`${ids.id}-month`} className="block text-xs font-medium text-ink-600">
            {messages.month}
          </label>
          <Select
            id={`${ids.id}-month`}
            autoComplete="bday-month"
            value={month}
            onChange={(event) => onChange('birthMonth', event.target.value)}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            className="mt-1"
          >
            <option value="">{messages.monthPlaceholder}</option>
            {messages.months.map((name, index) => (
              <option key={name} value={String(index + 1)}>
                {name}
              </option>
            ))}
          </Select>
        </div>
        <div className="w-[5.5rem] shrink-0 sm:w-24">
          <label htmlFor={`${ids.id}-year`} className="block text-xs font-medium text-ink-600">
            {messages.year}
          </label>
          <input
            id={`${ids.id}-year`}
            inputMode="numeric"
            autoComplete="bday-year"
            maxLength={4}
            value={year}
            onChange={(event) => onChange('birthYear', digits(event.target.value, 4))}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            className={`${inputClass} mt-1 text-center tabular-nums`}
          />
        </div>
      </div>
      <FieldError path="dateOfBirth" message={error} />
    </fieldset>
  )
}
