'use client'

import { FILMOGRAPHY_TYPE_OPTIONS } from '@/cinema/cinemaOptions'
import type { FilmPick } from '@/cinema/filmLookup'
import { newFilmRow, type FilmRow } from '@/cinema/registration/form'
import { MAX_FILMOGRAPHY_ROWS } from '@/cinema/registration/schema'
import { format } from '@/i18n'

import { FilmLookup } from '../../cinema/FilmLookup'
import { describedBy, Field, FieldError, fieldIds, inputClass, Select } from '../../registration/FormField'
import type { SectionProps } from './types'

type TextKey = 'title' | 'role' | 'director' | 'company'

export function ExperienceSection({ locale, messages, shared, values, errors, update }: SectionProps) {
  const { fields } = messages
  const rows = values.filmography
  const setRow = (index: number, patch: Partial<FilmRow>) => update('filmography', rows.map((row, position) => (position === index ? { ...row, ...patch } : row)))
  // A film picked in OMDB becomes a new row, at the top (most recent first), role left to fill in.
  const addPicked = (film: FilmPick) => update('filmography', [newFilmRow(film), ...rows].slice(0, MAX_FILMOGRAPHY_ROWS))

  const text = (index: number, key: TextKey, label: string, max: number, className = '') => {
    const path = `filmography.${index}.${key}`
    return (
      <div className={className}>
        <label htmlFor={fieldIds(path).id} className="block text-xs font-semibold text-ink-700">
          {label}
          <span className="sr-only"> ({format(fields.filmNumbered, { n: index + 1 })})</span>
        </label>
        <input
          id={fieldIds(path).id}
          maxLength={max}
          value={rows[index][key]}
          onChange={(event) => setRow(index, { [key]: event.target.value })}
          {...describedBy(path, { error: errors[path] })}
          className={`${inputClass} mt-1`}
        />
        <FieldError path={path} message={errors[path]} />
      </div>
    )
  }

  return (
    <div className="space-y-7">
      <div className="grid gap-6 sm:grid-cols-[12rem_1fr]">
        <Field path="yearsOfExperience" label={fields.yearsOfExperience} optionalLabel={shared.fields.optional} error={errors.yearsOfExperience}>
          <input
            id={fieldIds('yearsOfExperience').id}
            inputMode="numeric"
            value={values.yearsOfExperience}
            onChange={(event) => update('yearsOfExperience', event.target.value.replace(/\D/g, '').slice(0, 2))}
            {...describedBy('yearsOfExperience', { error: errors.yearsOfExperience })}
            className={`${inputClass} w-28 tabular-nums`}
          />
        </Field>
        <Field path="training" label={fields.training} hint={fields.trainingHint} optionalLabel={shared.fields.optional} error={errors.training}>
          <textarea
            id={fieldIds('training').id}
            rows={3}
            maxLength={2000}
            value={values.training}
            onChange={(event) => update('training', event.target.value)}
            {...describedBy('training', { hint: true, error: errors.training })}
            className={`${inputClass} resize-y`}
          />
        </Field>
      </div>

      <fieldset aria-describedby={fieldIds('filmography').hint}>
        <legend className="text-sm font-semibold text-ink-900">
          {fields.filmography} <span className="text-xs font-medium text-ink-500">({shared.fields.optional})</span>
        </legend>
        <p id={fieldIds('filmography').hint} className="mt-1 text-sm text-ink-600">
          {fields.filmographyHint}
        </p>

        {/* OMDB look-up: renders nothing without a configured key; a picked film is appended as a row. */}
        <div className="mt-4">
          <FilmLookup locale={locale} onPick={addPicked} />
        </div>

        {rows.length === 0 ? (
          <p className="mt-4 rounded-xl bg-sand-100 px-4 py-3 text-sm text-ink-600">{fields.filmographyEmpty}</p>
        ) : (
          <ol className="mt-4 space-y-3">
            {rows.map((row, index) => {
              const yearPath = `filmography.${index}.year`
              const typePath = `filmography.${index}.type`
              return (
                <li key={row.key} className="rounded-2xl bg-sand-50 p-3 ring-1 ring-ink-900/10 sm:p-4">
                  <div className="mb-3 flex items-center justify-between gap-3">
                    <p className="flex min-w-0 items-center gap-2 text-sm font-bold text-ink-900">
                      {row.posterUrl ? <img src={row.posterUrl} alt="" className="h-10 w-7 shrink-0 rounded object-cover ring-1 ring-ink-900/10" /> : null}
                      <span className="truncate">{row.title.trim() || format(fields.filmNumbered, { n: index + 1 })}</span>
                      {row.imdbId ? <span className="shrink-0 rounded-full bg-ochre-200 px-2 py-0.5 text-xs font-semibold text-ink-800">IMDb</span> : null}
                    </p>
                    <button
                      type="button"
                      onClick={() => update('filmography', rows.filter((other) => other.key !== row.key))}
                      aria-label={format(fields.removeFilm, { n: index + 1 })}
                      className="grid size-10 shrink-0 place-items-center rounded-xl text-ink-500 ring-1 ring-ink-900/10 ring-inset hover:bg-white hover:text-terracotta-700"
                    >
                      <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true" focusable="false">
                        <path d="M4 7h16M9.5 7V4.5h5V7M6.5 7l.9 12.5a1.5 1.5 0 0 0 1.5 1.4h6.2a1.5 1.5 0 0 0 1.5-1.4L17.5 7M10 11v6M14 11v6" strokeLinecap="round" strokeLinejoin="round" />
                      </svg>
                    </button>
                  </div>
                  <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_6.5rem_11rem]">
                    {text(index, 'title', fields.filmTitle, 200)}
                    <div>
                      <label htmlFor={fieldIds(yearPath).id} className="block text-xs font-semibold text-ink-700">
                        {fields.filmYear}
                        <span className="sr-only"> ({format(fields.filmNumbered, { n: index + 1 })})</span>
                      </label>
                      <input
                        id={fieldIds(yearPath).id}
                        inputMode="numeric"
                        value={row.year}
                        onChange={(event) => setRow(index, { year: event.target.value.replace(/\D/g, '').slice(0, 4) })}
                        {...describedBy(yearPath, { error: errors[yearPath] })}
                        className={`${inputClass} mt-1 tabular-nums`}
                      />
                      <FieldError path={yearPath} message={errors[yearPath]} />
                    </div>
                    <div>
                      <label htmlFor={fieldIds(typePath).id} className="block text-xs font-semibold text-ink-700">
                        {fields.filmType}
                        <span className="sr-only"> ({format(fields.filmNumbered, { n: index + 1 })})</span>
                      </label>
                      <Select id={fieldIds(typePath).id} value={row.type} onChange={(event) => setRow(index, { type: event.target.value })} className="mt-1">
                        <option value="">{fields.choose}</option>
                        {FILMOGRAPHY_TYPE_OPTIONS.map((option) => (
                          <option key={option.value} value={option.value}>
                            {option.label[locale]}
                          </option>
                        ))}
                      </Select>
                    </div>
                  </div>
                  <div className="mt-3 grid gap-3 sm:grid-cols-3">
                    {text(index, 'role', fields.filmRole, 160)}
                    {text(index, 'director', fields.filmDirector, 160)}
                    {text(index, 'company', fields.filmCompany, 160)}
                  </div>
                  {/* Filled by the look-up and saved with the row. */}
                  <input type="hidden" name={`filmography.${index}.imdbId`} value={row.imdbId} />
                  <input type="hidden" name={`filmography.${index}.posterUrl`} value={row.posterUrl} />
                  <FieldError path={`filmography.${index}.imdbId`} message={errors[`filmography.${index}.imdbId`] ?? errors[`filmography.${index}.posterUrl`]} />
                </li>
              )
            })}
          </ol>
        )}
        <button
          type="button"
          onClick={() => update('filmography', [...rows, newFilmRow()])}
          disabled={rows.length >= MAX_FILMOGRAPHY_ROWS}
          className="btn btn-secondary mt-3"
        >
          <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
            <path d="M10 4.5v11M4.5 10h11" strokeLinecap="round" />
          </svg>
          {fields.addFilm}
        </button>
        <FieldError path="filmography" message={errors.filmography} />
      </fieldset>
    </div>
  )
}
