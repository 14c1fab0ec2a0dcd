'use client'

import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'

import { CheckIcon } from '@/components/icons'
import { format } from '@/i18n'
import type { TalentSpaceMessages } from '@/i18n/messages/talentSpace'
import type { ActionResult } from '@/talentSpace/actionResult'
import type { CountryOption, Option, OptionGroup, ProfileFormOptions } from '@/talentSpace/profileFormOptions'
import { OptionList } from '@/components/OptionList'

import { Field, FieldError, fieldClass } from './Field'
import { errorAt, errorsUnder, stateFromResult, type FormState } from './formState'
import { FormStatus } from './FormStatus'
import { LockIcon, PlusIcon, XIcon } from './icons'

export type ProfileFormValues = {
  firstName: string
  lastName: string
  stageName: string
  dateOfBirth: string
  nationality: string
  phone: string
  whatsapp: string
  emergencyContact: string
  idDocumentNumber: string
  country: string
  city: string
  address: string
  categories: string[]
  languages: { language: string; level: string }[]
  skills: string[]
  yearsOfExperience: string
  experience: string
}

type ProfileFormProps = {
  initialValues: ProfileFormValues
  options: ProfileFormOptions
  messages: Pick<TalentSpaceMessages, 'profile' | 'common'>
  save: (values: ProfileFormValues) => Promise<ActionResult>
}

type LanguageRow = ProfileFormValues['languages'][number] & { key: number }

const CITIES_ENDPOINT = (iso2: string) => `/api/reference/countries/${iso2}/cities`
const EXPERIENCE_MAX = 4000

/**
 * The talent's own profile, in four sections. Validation happens on the server (the same
 * zod rules as registration) and its errors show under each field and in a summary.
 */
export function ProfileForm({ initialValues, options, messages, save }: ProfileFormProps) {
  const { profile: m, common } = messages
  const f = m.fields
  const { languages: initialLanguages, ...initialRest } = initialValues
  const [values, setValues] = useState(initialRest)
  const nextKey = useRef(initialLanguages.length)
  const [languages, setLanguages] = useState<LanguageRow[]>(initialLanguages.map((row, key) => ({ ...row, key })))
  const [cities, setCities] = useState<Option[]>(options.cities)
  const [citiesState, setCitiesState] = useState<'ready' | 'loading' | 'failed'>('ready')
  const [state, setState] = useState<FormState>({ status: 'idle' })
  const citiesCache = useRef(new Map<string, Option[]>())
  const statusRef = useRef<HTMLDivElement>(null)

  // "Saved" stops being true as soon as something changes again.
  useEffect(() => {
    setState((current) => (current.status === 'saved' ? { status: 'idle' } : current))
  }, [values, languages])

  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((current) => ({ ...current, [key]: value }))
  const error = (path: string) => errorAt(state, path)
  const saving = state.status === 'saving'

  const countries: CountryOption[] = options.countries.flatMap((group) => group.options)

  async function changeCountry(countryId: string) {
    setValues((current) => ({ ...current, country: countryId, city: '' }))
    const iso2 = countries.find((country) => String(country.value) === countryId)?.iso2
    if (!iso2) {
      setCities([])
      return
    }
    const cached = citiesCache.current.get(iso2)
    if (cached) {
      setCities(cached)
      return
    }
    setCitiesState('loading')
    try {
      const response = await fetch(CITIES_ENDPOINT(iso2))
      if (!response.ok) throw new Error(String(response.status))
      const body = (await response.json()) as { docs: { id: number; name: string }[] }
      const loaded = body.docs.map((city) => ({ value: city.id, label: city.name }))
      citiesCache.current.set(iso2, loaded)
      setCities(loaded)
      setCitiesState('ready')
    } catch {
      setCities([])
      setCitiesState('failed')
    }
  }

  function toggle(key: 'categories' | 'skills', value: string) {
    setValues((current) => {
      const list = current[key]
      return { ...current, [key]: list.includes(value) ? list.filter((item) => item !== value) : [...list, value] }
    })
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (saving) return
    setState({ status: 'saving' })
    let next: FormState
    try {
      next = stateFromResult(await save({ ...values, languages: languages.map(({ language, level }) => ({ language, level })) }))
    } catch {
      next = { status: 'error', message: common.network, errors: [] }
    }
    setState(next)
    if (next.status === 'error') {
      // Take the person to the first field to fix, or to the message when it is about the whole form.
      const first = next.errors[0]?.path
      const target = first ? (document.getElementById(`field-${first}`) ?? document.getElementById(`field-${first.split('.')[0]}`)) : null
      ;(target ?? statusRef.current)?.focus()
    }
  }

  const fieldLabels: Record<string, string> = {
    firstName: f.firstName,
    lastName: f.lastName,
    stageName: f.stageName,
    dateOfBirth: f.dateOfBirth,
    nationality: f.nationality,
    phone: f.phone,
    whatsapp: f.whatsapp,
    emergencyContact: f.emergencyContact,
    idDocumentNumber: f.idDocumentNumber,
    country: f.country,
    city: f.city,
    address: f.address,
    categories: f.categories,
    languages: f.languages,
    skills: f.skills,
    yearsOfExperience: f.yearsOfExperience,
    experience: f.experience,
  }
  const optional = common.optional

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-6">
      <div ref={statusRef} tabIndex={-1} className="scroll-mt-24 focus:outline-none">
        {/* Errors are summed up here; a successful save is confirmed next to the button. */}
        <FormStatus state={state.status === 'error' ? state : { status: 'idle' }} fieldLabels={fieldLabels} />
      </div>

      <Section title={m.sections.identity}>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field name="firstName" label={f.firstName} error={error('firstName')}>
            {(props) => <input {...props} type="text" autoComplete="given-name" maxLength={80} value={values.firstName} onChange={(e) => set('firstName', e.target.value)} className={fieldClass(error('firstName'))} />}
          </Field>
          <Field name="lastName" label={f.lastName} error={error('lastName')}>
            {(props) => <input {...props} type="text" autoComplete="family-name" maxLength={80} value={values.lastName} onChange={(e) => set('lastName', e.target.value)} className={fieldClass(error('lastName'))} />}
          </Field>
          <Field name="stageName" label={f.stageName} note={optional} hint={f.stageNameHint} error={error('stageName')}>
            {(props) => <input {...props} type="text" autoComplete="nickname" maxLength={80} value={values.stageName} onChange={(e) => set('stageName', e.target.value)} className={fieldClass(error('stageName'))} />}
          </Field>
          <Field name="dateOfBirth" label={f.dateOfBirth} error={error('dateOfBirth')}>
            {(props) => <input {...props} type="date" autoComplete="bday" value={values.dateOfBirth} onChange={(e) => set('dateOfBirth', e.target.value)} className={fieldClass(error('dateOfBirth'))} />}
          </Field>
          <Field name="nationality" label={f.nationality} note={optional} error={error('nationality')} className="sm:col-span-2">
            {(props) => (
              <select {...props} value={values.nationality} onChange={(e) => set('nationality', e.target.value)} className={fieldClass(error('nationality'))}>
                <option value="">{f.nationalityNone}</option>
                {options.nationalities.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </Section>

      <Section
        title={m.sections.contact}
        note={
          <>
            <LockIcon className="size-4 shrink-0 text-forest-600" />
            {m.sections.contactNote}
          </>
        }
      >
        <div className="grid gap-5 sm:grid-cols-2">
          <Field name="phone" label={f.phone} hint={f.phoneHint} error={error('phone')}>
            {(props) => <input {...props} type="tel" autoComplete="tel" inputMode="tel" maxLength={30} value={values.phone} onChange={(e) => set('phone', e.target.value)} className={fieldClass(error('phone'))} />}
          </Field>
          <Field name="whatsapp" label={f.whatsapp} note={optional} hint={f.whatsappHint} error={error('whatsapp')}>
            {(props) => <input {...props} type="tel" inputMode="tel" maxLength={30} value={values.whatsapp} onChange={(e) => set('whatsapp', e.target.value)} className={fieldClass(error('whatsapp'))} />}
          </Field>
          <Field name="emergencyContact" label={f.emergencyContact} note={optional} hint={f.emergencyContactHint} error={error('emergencyContact')}>
            {(props) => <input {...props} type="text" maxLength={160} value={values.emergencyContact} onChange={(e) => set('emergencyContact', e.target.value)} className={fieldClass(error('emergencyContact'))} />}
          </Field>
          <Field name="idDocumentNumber" label={f.idDocumentNumber} note={optional} hint={f.idDocumentNumberHint} error={error('idDocumentNumber')}>
            {(props) => <input {...props} type="text" autoComplete="off" spellCheck={false} maxLength={60} value={values.idDocumentNumber} onChange={(e) => set('idDocumentNumber', e.target.value)} className={fieldClass(error('idDocumentNumber'))} />}
          </Field>
        </div>
      </Section>

      <Section title={m.sections.location}>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field name="country" label={f.country} error={error('country')}>
            {(props) => (
              <select {...props} autoComplete="country" value={values.country} onChange={(e) => changeCountry(e.target.value)} className={fieldClass(error('country'))}>
                <OptionList groups={options.countries} />
              </select>
            )}
          </Field>
          <Field
            name="city"
            label={f.city}
            error={error('city') ?? (citiesState === 'failed' ? f.citiesFailed : undefined)}
          >
            {(props) => (
              <select
                {...props}
                value={values.city}
                onChange={(e) => set('city', e.target.value)}
                disabled={citiesState === 'loading' || !values.country}
                aria-busy={citiesState === 'loading' || undefined}
                className={`${fieldClass(error('city'))} disabled:bg-sand-100 disabled:text-ink-500`}
              >
                <option value="">{citiesState === 'loading' ? f.cityLoading : values.country ? f.cityChoose : f.cityChooseCountry}</option>
                {cities.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="address" label={f.address} note={optional} error={error('address')} className="sm:col-span-2">
            {(props) => <textarea {...props} rows={2} autoComplete="street-address" maxLength={300} value={values.address} onChange={(e) => set('address', e.target.value)} className={fieldClass(error('address'))} />}
          </Field>
        </div>
      </Section>

      <Section title={m.sections.career}>
        <div className="space-y-7">
          <ChoiceGroup
            name="categories"
            legend={f.categories}
            hint={f.categoriesHint}
            groups={options.categories}
            selected={values.categories}
            onToggle={(value) => toggle('categories', value)}
            error={error('categories')}
          />

          <fieldset id="field-languages" tabIndex={-1} aria-describedby={error('languages') ? 'field-languages-error' : undefined} className="focus:outline-none">
            <legend className="text-sm font-semibold text-ink-900">{f.languages}</legend>
            <ul className="mt-3 space-y-3">
              {languages.map((row, index) => {
                const rowErrors = errorsUnder(state, `languages.${index}`)
                const languageLabel = options.languages.flatMap((group) => group.options).find((option) => String(option.value) === row.language)?.label
                const update = (patch: Partial<LanguageRow>) =>
                  setLanguages((current) => current.map((candidate) => (candidate.key === row.key ? { ...candidate, ...patch } : candidate)))
                return (
                  <li key={row.key} className="rounded-2xl bg-sand-50 p-3 ring-1 ring-ink-900/5 sm:p-4">
                    <div className="grid grid-cols-[1fr_auto] gap-3 sm:grid-cols-[minmax(0,1.6fr)_minmax(0,1fr)_auto] sm:items-end">
                      <div className="col-span-2 sm:col-span-1">
                        <label htmlFor={`field-languages.${index}.language`} className="block text-xs font-semibold tracking-wide text-ink-600 uppercase">
                          {f.language}
                        </label>
                        <select
                          id={`field-languages.${index}.language`}
                          value={row.language}
                          onChange={(e) => update({ language: e.target.value })}
                          aria-invalid={rowErrors.some((e) => e.path.endsWith('language')) || undefined}
                          className={`${fieldClass(rowErrors.find((e) => e.path.endsWith('language'))?.message)} mt-1`}
                        >
                          <option value="">{f.languageChoose}</option>
                          <OptionList groups={options.languages} />
                        </select>
                      </div>
                      <div>
                        <label htmlFor={`field-languages.${index}.level`} className="block text-xs font-semibold tracking-wide text-ink-600 uppercase">
                          {f.level}
                        </label>
                        <select id={`field-languages.${index}.level`} value={row.level} onChange={(e) => update({ level: e.target.value })} className="field mt-1">
                          {options.levels.map((level) => (
                            <option key={level.value} value={level.value}>
                              {level.label}
                            </option>
                          ))}
                        </select>
                      </div>
                      <button
                        type="button"
                        onClick={() => setLanguages((current) => current.filter((candidate) => candidate.key !== row.key))}
                        disabled={languages.length === 1}
                        aria-label={languageLabel ? format(f.removeLanguage, { language: languageLabel }) : f.removeThisLanguage}
                        className="grid size-[3.125rem] place-items-center self-end rounded-xl text-ink-600 ring-1 ring-ink-900/15 ring-inset hover:bg-white hover:text-terracotta-700 disabled:cursor-not-allowed disabled:opacity-40"
                      >
                        <XIcon className="size-5" />
                      </button>
                    </div>
                    {rowErrors.map((rowError) => (
                      <FieldError key={rowError.path} message={rowError.message} />
                    ))}
                  </li>
                )
              })}
            </ul>
            <FieldError id="field-languages-error" message={error('languages')} />
            <button
              type="button"
              onClick={() => {
                nextKey.current += 1
                setLanguages((current) => [...current, { key: nextKey.current, language: '', level: 'fluent' }])
              }}
              className="btn btn-secondary mt-3"
            >
              <PlusIcon className="size-4" />
              {f.addLanguage}
            </button>
          </fieldset>

          <ChoiceGroup
            name="skills"
            legend={f.skills}
            hint={format(f.skillsHint, { count: values.skills.length })}
            groups={options.skills}
            selected={values.skills}
            onToggle={(value) => toggle('skills', value)}
            error={error('skills')}
            collapsible
          />

          <div className="space-y-5">
            <Field name="yearsOfExperience" label={f.yearsOfExperience} note={optional} error={error('yearsOfExperience')} className="max-w-64">
              {(props) => <input {...props} type="number" inputMode="numeric" min={0} max={80} step={1} value={values.yearsOfExperience} onChange={(e) => set('yearsOfExperience', e.target.value)} className={fieldClass(error('yearsOfExperience'))} />}
            </Field>
            <Field
              name="experience"
              label={f.experience}
              note={optional}
              hint={format(f.experienceHint, { count: values.experience.length })}
              error={error('experience')}
            >
              {(props) => <textarea {...props} rows={6} maxLength={EXPERIENCE_MAX} value={values.experience} onChange={(e) => set('experience', e.target.value)} className={fieldClass(error('experience'))} />}
            </Field>
          </div>
        </div>
      </Section>

      <div className="flex flex-col gap-3 rounded-2xl bg-ink-950 px-4 py-3 text-sand-50 shadow-card sm:flex-row sm:items-center sm:justify-between sm:px-5">
        <p role="status" className={`flex items-center gap-2 text-sm ${state.status === 'saved' ? 'font-semibold text-ochre-300' : 'text-ink-300'}`}>
          {state.status === 'saved' ? <CheckIcon className="size-4 shrink-0" strokeWidth={2.5} /> : null}
          {state.status === 'saved' ? state.message : m.saveBar}
        </p>
        <button type="submit" disabled={saving} aria-busy={saving} className="btn btn-on-dark btn-lg w-full sm:w-auto">
          {saving ? common.saving : common.save}
        </button>
      </div>
    </form>
  )
}

function Section({ title, note, children }: { title: string; note?: ReactNode; children: ReactNode }) {
  return (
    <section className="rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5 sm:p-7">
      <div className="mb-5 flex flex-col gap-1.5 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
        <h2 className="text-lg font-bold tracking-tight text-ink-950">{title}</h2>
        {note ? <p className="flex items-center gap-1.5 text-sm text-ink-600">{note}</p> : null}
      </div>
      {children}
    </section>
  )
}

type ChoiceGroupProps = {
  name: string
  legend: string
  hint: string
  groups: OptionGroup[]
  selected: string[]
  onToggle: (value: string) => void
  error?: string
  /** Long lists: each group folds, open when something in it is chosen. */
  collapsible?: boolean
}

/** Checkboxes shown as chips, by group. */
function ChoiceGroup({ name, legend, hint, groups, selected, onToggle, error, collapsible = false }: ChoiceGroupProps) {
  const hintId = `field-${name}-hint`
  const errorId = `field-${name}-error`
  return (
    <fieldset id={`field-${name}`} tabIndex={-1} aria-describedby={[error ? errorId : '', hintId].join(' ').trim()} className="focus:outline-none">
      <legend className="text-sm font-semibold text-ink-900">{legend}</legend>
      <p id={hintId} className="mt-1 text-sm text-ink-600">
        {hint}
      </p>
      <FieldError id={errorId} message={error} />
      <div className={collapsible ? 'mt-3 divide-y divide-ink-900/10 rounded-2xl ring-1 ring-ink-900/10' : 'mt-4 space-y-4'}>
        {groups.map((group) => {
          const chosen = group.options.filter((option) => selected.includes(String(option.value))).length
          const chips = (
            <div className="flex flex-wrap gap-2">
              {group.options.map((option) => {
                const value = String(option.value)
                return (
                  <label key={value} className="relative cursor-pointer">
                    <input type="checkbox" name={name} value={value} checked={selected.includes(value)} onChange={() => onToggle(value)} className="peer sr-only" />
                    <span className="inline-flex min-h-10 items-center gap-1.5 rounded-full bg-white px-3.5 py-2 text-sm font-medium text-ink-800 ring-1 ring-ink-900/15 transition-colors ring-inset peer-checked:bg-terracotta-600 peer-checked:text-white peer-checked:ring-terracotta-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-terracotta-600 hover:bg-sand-100 peer-checked:hover:bg-terracotta-700">
                      {option.label}
                    </span>
                  </label>
                )
              })}
            </div>
          )
          if (!collapsible) {
            return (
              <div key={group.label}>
                <p className="mb-2 text-xs font-semibold tracking-wide text-ink-500 uppercase">{group.label}</p>
                {chips}
              </div>
            )
          }
          return (
            <details key={group.label} open={chosen > 0} className="group px-4 py-1">
              <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 rounded-lg py-2 text-sm font-semibold text-ink-900 [&::-webkit-details-marker]:hidden">
                <span>
                  {group.label}
                  {chosen > 0 ? <span className="ml-2 rounded-full bg-terracotta-50 px-2 py-0.5 text-xs font-bold text-terracotta-700">{chosen}</span> : null}
                </span>
                <svg viewBox="0 0 20 20" className="size-5 text-ink-500 transition-transform group-open:rotate-180" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true" focusable="false">
                  <path d="M5 7.5l5 5 5-5" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
              </summary>
              <div className="pt-1 pb-4">{chips}</div>
            </details>
          )
        })}
      </div>
    </fieldset>
  )
}
