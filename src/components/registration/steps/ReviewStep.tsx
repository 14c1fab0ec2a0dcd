'use client'

import type { ReactNode } from 'react'

import { format, plural } from '@/i18n'
import { INTL_LOCALE } from '@/i18n/locales'
import { GENDER_OPTIONS, LANGUAGE_LEVEL_OPTIONS } from '@/talents/profileOptions'
import { composeDateOfBirth, FORM_STEPS, type FormStep } from '@/talents/registrationForm'
import type { PickerGroup, PickerOption } from '@/talents/registrationOptions'

import { cityOptions, useCities } from '../useCities'
import type { FilesStepProps } from './types'

type ReviewStepProps = FilesStepProps & { onEdit: (index: number) => void }

const labelIn = (options: PickerOption[], value: string) => options.find((option) => option.value === value)
const labelsIn = (groups: PickerGroup[], values: string[]) =>
  groups.flatMap((group) => group.options).filter((option) => values.includes(option.value)).map((option) => option.label)

export function ReviewStep({ locale, messages, options, values, files, onEdit }: ReviewStepProps) {
  const { fields, review, steps } = messages
  const country = labelIn(options.countries, values.country)
  const { state } = useCities(options.countries.find((option) => option.value === values.country)?.iso2)
  const city = state.status === 'ready' ? labelIn(cityOptions(state.cities, fields.capital), values.city) : undefined
  const nationality = options.nationalities.find((option) => option.value === values.nationality)
  const dateOfBirth = composeDateOfBirth(values.birthDay, values.birthMonth, values.birthYear)
  const list = (items: string[]) => (items.length ? new Intl.ListFormat(INTL_LOCALE[locale], { type: 'unit' }).format(items) : '')
  const languages = values.languages
    .filter((row) => row.language)
    .map((row) => {
      const level = LANGUAGE_LEVEL_OPTIONS.find((option) => option.value === row.level)?.label[locale]
      return `${labelIn(options.languages, row.language)?.label ?? ''} (${level?.toLowerCase()})`
    })

  const sections: { step: FormStep; rows: [string, ReactNode][] }[] = [
    {
      step: 'identity',
      rows: [
        [`${fields.firstName} / ${fields.lastName}`, `${values.firstName} ${values.lastName}`.trim()],
        [fields.stageName, values.stageName],
        [fields.gender, GENDER_OPTIONS.find((option) => option.value === values.gender)?.label[locale]],
        [
          fields.dateOfBirth,
          dateOfBirth
            ? new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${dateOfBirth}T00:00:00Z`))
            : '',
        ],
        [
          fields.nationality,
          nationality ? `${nationality.prefix ?? ''} ${values.gender === 'M' ? nationality.labelMasculine : nationality.label}`.trim() : '',
        ],
      ],
    },
    {
      step: 'contact',
      rows: [
        [fields.email, values.email],
        [fields.phone, values.phone],
        [fields.whatsapp, values.whatsappSameAsPhone ? values.phone : values.whatsapp],
      ],
    },
    {
      step: 'location',
      rows: [
        [fields.country, country ? `${country.prefix ?? ''} ${country.label}`.trim() : ''],
        [fields.city, city?.label],
        [fields.address, values.address],
      ],
    },
    {
      step: 'profile',
      rows: [
        [fields.categories, list(labelsIn(options.categories, values.categories))],
        [fields.languages, list(languages)],
        [fields.skills, list(labelsIn(options.skills, values.skills))],
        [
          fields.yearsOfExperience,
          values.yearsOfExperience
            ? format(plural(locale, Number(values.yearsOfExperience), review.years), { count: Number(values.yearsOfExperience) })
            : '',
        ],
        [fields.experience, values.experience ? <span className="line-clamp-4 whitespace-pre-line">{values.experience}</span> : ''],
      ],
    },
    {
      step: 'files',
      rows: [
        [fields.photo, files.photo?.name ?? review.noFile],
        [fields.cv, files.cv?.name ?? review.noFile],
      ],
    },
    {
      step: 'visibility',
      rows: [
        [fields.visibility, values.isPublic === null ? '' : values.isPublic ? fields.public : fields.private],
        [fields.consent, values.consent ? review.consentGiven : ''],
      ],
    },
  ]

  return (
    <div className="space-y-4">
      {sections.map(({ step, rows }) => (
        <section key={step} aria-labelledby={`review-${step}`} className="rounded-2xl bg-sand-50 ring-1 ring-ink-900/10">
          <div className="flex items-center justify-between gap-3 border-b border-ink-900/10 px-4 py-3 sm:px-5">
            <h3 id={`review-${step}`} className="font-bold text-ink-950">
              {steps[step].title}
            </h3>
            <button
              type="button"
              onClick={() => onEdit(FORM_STEPS.indexOf(step))}
              aria-label={format(review.editStep, { step: steps[step].title })}
              className="rounded-full px-3 py-1.5 text-sm font-semibold text-terracotta-700 hover:bg-terracotta-50"
            >
              {review.edit}
            </button>
          </div>
          <dl className="divide-y divide-ink-900/5 px-4 sm:px-5">
            {rows.map(([term, detail]) => (
              <div key={term} className="grid gap-0.5 py-2.5 sm:grid-cols-[12rem_1fr] sm:gap-4">
                <dt className="text-sm text-ink-600">{term}</dt>
                <dd className={`min-w-0 text-sm [overflow-wrap:anywhere] ${detail ? 'font-medium text-ink-900' : 'text-ink-500 italic'}`}>
                  {detail || review.notProvided}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  )
}
