'use client'

import { useListQuery } from '@payloadcms/ui'
import type { Where } from 'payload'
import { useEffect, useId, useState, type FormEvent } from 'react'

import { idsWhere, MAX_FILTER_IDS, staffFiltersToWhere } from '@/cinema/staffSearch/payloadWhere'
import { parseStaffSearch, STAFF_SEARCH_LIMITS, staffSearchParams, type StaffSearchError } from '@/cinema/staffSearch/staffSearchFilters'
import { format, type Locale } from '@/i18n'
import { getCinemaStaffMessages } from '@/i18n/messages/cinemaStaff'

import { OptionList } from '@/components/OptionList'

import './cinemaListFilters.css'

type Option = { value: string; label: string }
type Group = { label: string; options: Option[] }

export type AdminFilterOptions = {
  categories: Group[]
  skills: Group[]
  countries: { label: string; options: (Option & { iso2: string })[] }[]
  languages: Group[]
  genders: Option[]
  levels: Option[]
  availability: Option[]
}

type FormState = {
  q: string
  category: string
  country: string
  city: string
  gender: string
  ageMin: string
  ageMax: string
  heightMin: string
  heightMax: string
  languages: { language: string; level: string }[]
  skills: string[]
  availability: string[]
}

const EMPTY: FormState = {
  q: '',
  category: '',
  country: '',
  city: '',
  gender: '',
  ageMin: '',
  ageMax: '',
  heightMin: '',
  heightMax: '',
  languages: [{ language: '', level: '1' }],
  skills: [],
  availability: [],
}

/** The last applied search, so the panel shows it again while the list still carries its `where`. */
const STORAGE_KEY = 'taalentio:cinema-list-filters'
type Stored = { form: FormState; where: unknown }

/** Numbers from the URL come back as strings: compare both sides as strings. */
const sameWhere = (a: unknown, b: unknown) => {
  const canonical = (value: unknown) => JSON.stringify(value ?? {}, (_key, entry) => (typeof entry === 'number' ? String(entry) : entry))
  return canonical(a) === canonical(b)
}

function toParams(form: FormState): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of ['q', 'category', 'country', 'city', 'gender', 'ageMin', 'ageMax', 'heightMin', 'heightMax'] as const) {
    if (form[key].trim()) params.set(key, form[key].trim())
  }
  for (const row of form.languages) if (row.language) params.append('lang', `${row.language}:${row.level || '1'}`)
  for (const skill of form.skills) params.append('skill', skill)
  for (const value of form.availability) params.append('availability', value)
  return params
}

function Select({ id, label, value, onChange, all, options, groups, disabled }: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  all?: string
  options?: Option[]
  groups?: Group[]
  disabled?: boolean
}) {
  return (
    <div className="cinema-filters__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        {all !== undefined ? <option value="">{all}</option> : null}
        <OptionList options={options} groups={groups} />
      </select>
    </div>
  )
}

/**
 * The admin list's advanced search. Applying it writes Payload's own `where` into the list
 * URL (age as birth-date bounds, one language with its level on the same array row); when
 * Payload cannot say it (two languages, two skills), the matching ids come from the staff
 * search endpoint and the list filters on them.
 */
export function CinemaListFiltersPanel({ locale, options }: { locale: Locale; options: AdminFilterOptions }) {
  const m = getCinemaStaffMessages(locale)
  const { query, handleWhereChange, refineListData } = useListQuery()
  const applyWhere = (where: Where) => (handleWhereChange ? handleWhereChange(where) : refineListData({ where }))
  const id = useId()
  const [form, setForm] = useState<FormState>(EMPTY)
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<StaffSearchError[]>([])
  const [notice, setNotice] = useState<string | null>(null)
  const [cities, setCities] = useState<Option[]>([])

  // Show the search that produced the list's current `where`, if this panel applied it.
  useEffect(() => {
    try {
      const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Stored | null
      if (stored && query.where && Object.keys(query.where).length && sameWhere(stored.where, query.where)) {
        setForm(stored.form)
        setOpen(true)
      }
    } catch {
      // A corrupt or unavailable storage only loses the form's memory.
    }
    // Only when the page loads: later changes come from this panel.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const iso2 = options.countries.flatMap((group) => group.options).find((option) => option.value === form.country)?.iso2
  useEffect(() => {
    if (!iso2) {
      setCities([])
      return
    }
    const controller = new AbortController()
    fetch(`/api/reference/countries/${encodeURIComponent(iso2)}/cities`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then(({ docs }: { docs: { id: number; name: string }[] }) =>
        setCities(docs.map((city) => ({ value: String(city.id), label: city.name })).sort((a, b) => a.label.localeCompare(b.label, locale))),
      )
      .catch(() => undefined)
    return () => controller.abort()
  }, [iso2, locale])

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((current) => ({ ...current, [key]: value }))
  const errorOf = (path: string) => errors.find((error) => error.path === path)?.message
  const skillLabel = (value: string) => options.skills.flatMap((group) => group.options).find((option) => option.value === value)?.label ?? value

  const apply = async (event?: FormEvent) => {
    event?.preventDefault()
    setNotice(null)
    const parsed = parseStaffSearch(toParams(form), locale)
    if (!parsed.success) {
      setErrors(parsed.errors)
      return
    }
    setErrors([])
    setBusy(true)
    try {
      const plan = staffFiltersToWhere(parsed.filters)
      let where = plan.kind === 'where' ? plan.where : undefined
      if (!where) {
        const response = await fetch(`/api/cinema-talents/search/ids?${staffSearchParams(parsed.filters, 'api')}`, { credentials: 'include' })
        const body = (await response.json()) as { ids?: number[] | null; totalDocs?: number; errors?: StaffSearchError[] }
        if (!response.ok) {
          setErrors(body.errors ?? [{ path: '', message: String(response.status) }])
          return
        }
        if (!body.ids) {
          setNotice(format(m.admin.tooMany, { count: body.totalDocs ?? 0, max: MAX_FILTER_IDS }))
          return
        }
        where = idsWhere(body.ids)
      }
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ form, where } satisfies Stored))
      await applyWhere(where)
    } finally {
      setBusy(false)
    }
  }

  const clear = async () => {
    setForm(EMPTY)
    setErrors([])
    setNotice(null)
    sessionStorage.removeItem(STORAGE_KEY)
    await applyWhere({})
  }

  const staffPageHref = () => {
    const parsed = parseStaffSearch(toParams(form), locale)
    const query = parsed.success ? new URLSearchParams(staffSearchParams(parsed.filters, 'page')).toString() : ''
    return query ? `/cinema/talents?${query}` : '/cinema/talents'
  }

  return (
    <details className="cinema-filters" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cinema-filters__summary">
        <span id={`${id}-title`} className="cinema-filters__title">
          {m.admin.title}
        </span>
        <span className="cinema-filters__toggle">{open ? m.admin.hide : m.admin.show}</span>
      </summary>
      <form aria-labelledby={`${id}-title`} onSubmit={apply} noValidate>
        <div className="cinema-filters__grid">
          <div className="cinema-filters__field cinema-filters__field--wide">
            <label htmlFor={`${id}-q`}>{m.admin.q}</label>
            <input id={`${id}-q`} type="search" value={form.q} maxLength={100} placeholder={m.admin.qPlaceholder} onChange={(event) => set('q', event.target.value)} />
          </div>
          <Select id={`${id}-category`} label={m.filters.category} value={form.category} onChange={(value) => set('category', value)} all={m.filters.allCategories} groups={options.categories} />
          <Select
            id={`${id}-country`}
            label={m.filters.country}
            value={form.country}
            onChange={(value) => setForm((current) => ({ ...current, country: value, city: '' }))}
            all={m.filters.allCountries}
            groups={options.countries}
          />
          <Select id={`${id}-city`} label={m.filters.city} value={form.city} onChange={(value) => set('city', value)} all={form.country ? m.filters.allCities : m.filters.chooseCountryFirst} options={cities} disabled={!form.country} />
          <Select id={`${id}-gender`} label={m.filters.gender} value={form.gender} onChange={(value) => set('gender', value)} all={m.filters.allGenders} options={options.genders} />

          {(['age', 'height'] as const).map((name) => (
            <fieldset key={name} className="cinema-filters__field">
              <legend>{name === 'age' ? m.filters.age : m.filters.height}</legend>
              <div className="cinema-filters__range">
                {(['Min', 'Max'] as const).map((bound) => {
                  const key = `${name}${bound}` as const
                  return (
                    <input
                      key={key}
                      type="number"
                      inputMode="numeric"
                      min={STAFF_SEARCH_LIMITS[name].min}
                      max={STAFF_SEARCH_LIMITS[name].max}
                      value={form[key]}
                      placeholder={bound === 'Min' ? m.filters.min : m.filters.max}
                      aria-label={m.filters[`${name}${bound}Label`]}
                      aria-invalid={Boolean(errorOf(key)) || undefined}
                      onChange={(event) => set(key, event.target.value)}
                    />
                  )
                })}
              </div>
              {errorOf(`${name}Min`) || errorOf(`${name}Max`) ? <p className="cinema-filters__error">{errorOf(`${name}Min`) ?? errorOf(`${name}Max`)}</p> : null}
            </fieldset>
          ))}

          <fieldset className="cinema-filters__field cinema-filters__field--wide">
            <legend>{m.filters.languages}</legend>
            {form.languages.map((row, index) => (
              <div key={index} className="cinema-filters__language">
                <select
                  aria-label={`${m.filters.language} ${index + 1}`}
                  value={row.language}
                  onChange={(event) => set('languages', form.languages.map((entry, at) => (at === index ? { ...entry, language: event.target.value } : entry)))}
                >
                  <option value="">{m.filters.anyLanguage}</option>
                  {options.languages.map((group) => (
                    <optgroup key={group.label} label={group.label}>
                      {group.options.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
                <select
                  aria-label={`${m.filters.level} (${m.filters.language} ${index + 1})`}
                  value={row.level}
                  onChange={(event) => set('languages', form.languages.map((entry, at) => (at === index ? { ...entry, level: event.target.value } : entry)))}
                >
                  {options.levels.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
                {form.languages.length > 1 ? (
                  <button
                    type="button"
                    className="cinema-filters__remove"
                    aria-label={format(m.filters.removeLanguage, { label: `${m.filters.language} ${index + 1}` })}
                    onClick={() => set('languages', form.languages.filter((_, at) => at !== index))}
                  >
                    ×
                  </button>
                ) : null}
              </div>
            ))}
            {form.languages.length < 3 ? (
              <button type="button" className="cinema-filters__link" onClick={() => set('languages', [...form.languages, { language: '', level: '1' }])}>
                + {m.filters.addLanguage}
              </button>
            ) : null}
            {errorOf('lang') ? <p className="cinema-filters__error">{errorOf('lang')}</p> : null}
          </fieldset>

          <fieldset className="cinema-filters__field cinema-filters__field--wide">
            <legend>{m.filters.skills}</legend>
            {form.skills.length ? (
              <ul className="cinema-filters__chips">
                {form.skills.map((value) => (
                  <li key={value}>
                    <button type="button" aria-label={format(m.filters.removeSkill, { label: skillLabel(value) })} onClick={() => set('skills', form.skills.filter((entry) => entry !== value))}>
                      {skillLabel(value)} ×
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
            <select
              aria-label={m.filters.addSkill}
              value=""
              disabled={form.skills.length >= STAFF_SEARCH_LIMITS.values}
              onChange={(event) => event.target.value && !form.skills.includes(event.target.value) && set('skills', [...form.skills, event.target.value])}
            >
              <option value="">{m.filters.addSkill}</option>
              {options.skills.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.options.map((option) => (
                    <option key={option.value} value={option.value} disabled={form.skills.includes(option.value)}>
                      {option.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </fieldset>

          <fieldset className="cinema-filters__field">
            <legend>{m.filters.availability}</legend>
            {options.availability.map((option) => (
              <label key={option.value} className="cinema-filters__check">
                <input
                  type="checkbox"
                  checked={form.availability.includes(option.value)}
                  onChange={(event) =>
                    set('availability', event.target.checked ? [...form.availability, option.value] : form.availability.filter((value) => value !== option.value))
                  }
                />
                {option.label}
              </label>
            ))}
          </fieldset>
        </div>

        <div className="cinema-filters__actions">
          <button type="submit" className="btn btn--style-primary btn--size-small" disabled={busy}>
            {busy ? m.admin.applying : m.admin.apply}
          </button>
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={clear}>
            {m.admin.clear}
          </button>
          <a className="cinema-filters__link" href={staffPageHref()}>
            {m.admin.openStaffPage}
          </a>
        </div>
        <div role="status" aria-live="polite">
          {notice ? <p className="cinema-filters__notice">{notice}</p> : null}
          {errors.filter((error) => !['ageMin', 'ageMax', 'heightMin', 'heightMax', 'lang'].includes(error.path)).map((error) => (
            <p key={`${error.path}-${error.message}`} className="cinema-filters__error">
              {error.message}
            </p>
          ))}
        </div>
      </form>
    </details>
  )
}
