'use client'

import { BUILD_OPTIONS, EYE_COLOUR_OPTIONS, HAIR_COLOUR_OPTIONS, HAIR_TYPE_OPTIONS, SKIN_TONE_OPTIONS } from '@/cinema/cinemaOptions'
import type { CinemaFormValues } from '@/cinema/registration/form'
import { measurements } from '@/cinema/registration/schema'
import { cmToFeetInches, kgToPounds, type HeightUnit, type WeightUnit } from '@/cinema/registration/units'
import { format, formatNumber } from '@/i18n'

import { describedBy, Field, FieldError, fieldIds, inputClass, Select } from '../../registration/FormField'
import type { SectionProps } from './types'
import { UnitToggle } from './UnitToggle'

const number = (value: string) => (value.trim() === '' || Number.isNaN(Number(value.replace(',', '.'))) ? undefined : Number(value.replace(',', '.')))
const decimal = (value: string, max: number) => value.replace(/[^\d.,]/g, '').slice(0, max)

type SelectKey = 'build' | 'skinTone' | 'eyeColour' | 'hairColour' | 'hairType'

export function PhysicalSection({ locale, messages, shared, values, errors, update }: SectionProps) {
  const { fields } = messages
  const measured = measurements({
    heightUnit: values.heightUnit,
    heightCm: number(values.heightCm),
    heightFeet: number(values.heightFeet),
    heightInches: number(values.heightInches),
    weightUnit: values.weightUnit,
    weightValue: number(values.weightValue),
  })
  const heightError = errors.heightCm ?? errors.heightFeet ?? errors.heightInches

  function switchHeight(unit: HeightUnit) {
    // The figure already typed follows the unit, so nobody converts by hand.
    if (unit === 'ftin' && measured.heightCm) {
      const { feet, inches } = cmToFeetInches(measured.heightCm)
      update('heightFeet', String(feet))
      update('heightInches', String(inches))
    }
    if (unit === 'cm' && measured.heightCm) update('heightCm', String(measured.heightCm))
    update('heightUnit', unit)
  }

  function switchWeight(unit: WeightUnit) {
    const kg = measured.weightKg
    if (kg !== undefined) update('weightValue', String(unit === 'lb' ? kgToPounds(kg) : Math.round(kg)))
    update('weightUnit', unit)
  }

  const selects: { key: SelectKey; label: string; options: readonly { value: string; label: { fr: string; en: string } }[] }[] = [
    { key: 'build', label: fields.build, options: BUILD_OPTIONS },
    { key: 'skinTone', label: fields.skinTone, options: SKIN_TONE_OPTIONS },
    { key: 'eyeColour', label: fields.eyeColour, options: EYE_COLOUR_OPTIONS },
    { key: 'hairColour', label: fields.hairColour, options: HAIR_COLOUR_OPTIONS },
    { key: 'hairType', label: fields.hairType, options: HAIR_TYPE_OPTIONS },
  ]

  return (
    <div className="space-y-7">
      <div className="grid gap-7 md:grid-cols-2">
        <fieldset>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <legend className="text-sm font-semibold text-ink-900">
              {fields.height} <span className="text-xs font-medium text-ink-500">({shared.fields.optional})</span>
            </legend>
            <UnitToggle
              name="heightUnit"
              label={fields.heightUnit}
              value={values.heightUnit}
              options={[
                { value: 'cm', label: fields.units.cm },
                { value: 'ftin', label: fields.units.ftin },
              ]}
              onChange={switchHeight}
            />
          </div>
          <p id={fieldIds('heightCm').hint} className="mt-1 text-sm text-ink-600">
            {fields.heightHint}
          </p>
          <div className="mt-2 flex items-center gap-2">
            {values.heightUnit === 'cm' ? (
              <div className="relative w-36">
                <input
                  id={fieldIds('heightCm').id}
                  inputMode="numeric"
                  aria-label={fields.centimetres}
                  value={values.heightCm}
                  onChange={(event) => update('heightCm', decimal(event.target.value, 5))}
                  {...describedBy('heightCm', { hint: true, error: heightError })}
                  className={`${inputClass} pr-12 tabular-nums`}
                />
                <span aria-hidden="true" className="pointer-events-none absolute top-1/2 right-4 -translate-y-1/2 text-sm text-ink-500">
                  cm
                </span>
              </div>
            ) : (
              <>
                <div className="relative w-28">
                  <input
                    id={fieldIds('heightFeet').id}
                    inputMode="numeric"
                    aria-label={`${fields.height} (${fields.feet})`}
                    value={values.heightFeet}
                    onChange={(event) => update('heightFeet', event.target.value.replace(/\D/g, '').slice(0, 1))}
                    {...describedBy('heightCm', { hint: true, error: heightError })}
                    className={`${inputClass} pr-10 tabular-nums`}
                  />
                  <span aria-hidden="true" className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-sm text-ink-500">
                    ft
                  </span>
                </div>
                <div className="relative w-28">
                  <input
                    id={fieldIds('heightInches').id}
                    inputMode="numeric"
                    aria-label={`${fields.height} (${fields.inches})`}
                    value={values.heightInches}
                    onChange={(event) => update('heightInches', decimal(event.target.value, 4))}
                    {...describedBy('heightCm', { hint: true, error: heightError })}
                    className={`${inputClass} pr-10 tabular-nums`}
                  />
                  <span aria-hidden="true" className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-sm text-ink-500">
                    in
                  </span>
                </div>
              </>
            )}
            {values.heightUnit === 'ftin' && measured.heightCm ? (
              <p aria-live="polite" className="text-sm font-medium text-ink-700">
                {format(fields.convertedHeight, { cm: formatNumber(locale, measured.heightCm) })}
              </p>
            ) : null}
          </div>
          <FieldError path="heightCm" message={heightError} />
        </fieldset>

        <fieldset>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <legend className="text-sm font-semibold text-ink-900">
              {fields.weight} <span className="text-xs font-medium text-ink-500">({shared.fields.optional})</span>
            </legend>
            <UnitToggle
              name="weightUnit"
              label={fields.weightUnit}
              value={values.weightUnit}
              options={[
                { value: 'kg', label: fields.units.kg },
                { value: 'lb', label: fields.units.lb },
              ]}
              onChange={switchWeight}
            />
          </div>
          <p id={fieldIds('weightValue').hint} className="mt-1 text-sm text-ink-600">
            {fields.weightHint}
          </p>
          <div className="mt-2 flex items-center gap-2">
            <div className="relative w-36">
              <input
                id={fieldIds('weightValue').id}
                inputMode="decimal"
                aria-label={`${fields.weightValue} (${values.weightUnit})`}
                value={values.weightValue}
                onChange={(event) => update('weightValue', decimal(event.target.value, 5))}
                {...describedBy('weightValue', { hint: true, error: errors.weightValue })}
                className={`${inputClass} pr-12 tabular-nums`}
              />
              <span aria-hidden="true" className="pointer-events-none absolute top-1/2 right-4 -translate-y-1/2 text-sm text-ink-500">
                {values.weightUnit}
              </span>
            </div>
            {values.weightUnit === 'lb' && measured.weightKg ? (
              <p aria-live="polite" className="text-sm font-medium text-ink-700">
                {format(fields.convertedWeight, { kg: formatNumber(locale, measured.weightKg) })}
              </p>
            ) : null}
          </div>
          <FieldError path="weightValue" message={errors.weightValue} />
        </fieldset>
      </div>

      <div className="grid items-end gap-5 sm:grid-cols-2 lg:grid-cols-3">
        {selects.map(({ key, label, options }) => (
          <Field key={key} path={key} label={label} optionalLabel={shared.fields.optional} error={errors[key]}>
            <Select
              id={fieldIds(key).id}
              value={values[key]}
              onChange={(event) => update(key, event.target.value as CinemaFormValues[SelectKey])}
              {...describedBy(key, { error: errors[key] })}
            >
              <option value="">{fields.choose}</option>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label[locale]}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>

      <fieldset>
        <legend className="text-sm font-semibold text-ink-900">{fields.marks}</legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {(['tattoos', 'piercings'] as const).map((key) => (
            <label key={key} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-xl bg-white px-4 py-2 ring-1 ring-ink-900/15 ring-inset hover:bg-sand-100">
              <input
                id={fieldIds(key).id}
                type="checkbox"
                checked={values[key]}
                onChange={(event) => update(key, event.target.checked)}
                className="size-5 accent-terracotta-600"
              />
              <span className="text-sm font-medium text-ink-800">{fields[key]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <Field
        path="distinctiveFeatures"
        label={fields.distinctiveFeatures}
        hint={fields.distinctiveFeaturesHint}
        optionalLabel={shared.fields.optional}
        error={errors.distinctiveFeatures}
      >
        <textarea
          id={fieldIds('distinctiveFeatures').id}
          rows={2}
          maxLength={500}
          value={values.distinctiveFeatures}
          onChange={(event) => update('distinctiveFeatures', event.target.value)}
          {...describedBy('distinctiveFeatures', { hint: true, error: errors.distinctiveFeatures })}
          className={`${inputClass} resize-y`}
        />
      </Field>
    </div>
  )
}
