import Link from 'next/link'

import { AVAILABILITY_OPTIONS } from '@/cinema/cinemaOptions'
import { STAFF_PAGE_PATH } from '@/cinema/staffSearch/staffListView'
import { STAFF_SEARCH_LIMITS, type StaffSearchFilters } from '@/cinema/staffSearch/staffSearchFilters'
import { format, type Locale } from '@/i18n'
import type { CinemaStaffMessages } from '@/i18n/messages/cinemaStaff'
import { LANGUAGE_LEVEL_OPTIONS } from '@/talents/profileOptions'
import type { DirectoryOptions, FilterOption, FilterOptionGroup } from '@/talents/directoryOptions'
import { OptionList } from '@/components/OptionList'

import { SkillPicker } from './SkillPicker'

const SELECT = 'field min-h-11 appearance-auto py-2 pr-2 pl-3 text-[0.9375rem] disabled:cursor-not-allowed disabled:bg-sand-100 disabled:text-ink-500'
const NUMBER = 'field min-h-11 px-3 py-2 text-[0.9375rem] tabular-nums'

type SelectProps = {
  id: string
  name: string
  value?: string
  allLabel: string
  options?: FilterOption[]
  groups?: FilterOptionGroup[]
  disabled?: boolean
  describedBy?: string
  ariaLabel?: string
}

function Select({ id, name, value = '', allLabel, options, groups, disabled, describedBy, ariaLabel }: SelectProps) {
  return (
    <select key={`${id}-${value}`} id={id} name={name} defaultValue={value} disabled={disabled} aria-describedby={describedBy} aria-label={ariaLabel} className={SELECT}>
      <option value="">{allLabel}</option>
      <OptionList options={options} groups={groups} />
    </select>
  )
}

function Label({ htmlFor, children }: { htmlFor: string; children: string }) {
  return (
    <label htmlFor={htmlFor} className="mb-1.5 block text-sm font-semibold text-ink-800">
      {children}
    </label>
  )
}

type RangeProps = {
  legend: string
  name: 'age' | 'height'
  min?: number
  max?: number
  limits: { min: number; max: number }
  labels: { min: string; max: string; minLabel: string; maxLabel: string }
}

/** Two whole numbers side by side: applied with Enter or the Apply button. */
function Range({ legend, name, min, max, limits, labels }: RangeProps) {
  const field = (bound: 'Min' | 'Max', value: number | undefined, placeholder: string, label: string) => (
    <input
      key={`${name}${bound}-${value ?? ''}`}
      type="number"
      inputMode="numeric"
      name={`${name}${bound}`}
      id={`filter-${name}${bound}`}
      defaultValue={value}
      min={limits.min}
      max={limits.max}
      step={1}
      placeholder={placeholder}
      aria-label={label}
      className={NUMBER}
    />
  )
  return (
    <fieldset>
      <legend className="mb-1.5 block text-sm font-semibold text-ink-800">{legend}</legend>
      <div className="grid grid-cols-[1fr_auto_1fr] items-center gap-2">
        {field('Min', min, labels.min, labels.minLabel)}
        <span aria-hidden="true" className="text-ink-500">
          –
        </span>
        {field('Max', max, labels.max, labels.maxLabel)}
      </div>
    </fieldset>
  )
}

type StaffFilterFieldsProps = {
  filters: StaffSearchFilters
  options: DirectoryOptions
  locale: Locale
  messages: CinemaStaffMessages['filters']
  canReset: boolean
}

/** Every staff filter; values are the URL's stable keys, so a shared link fills the form back. */
export function StaffFilterFields({ filters, options, locale, messages, canReset }: StaffFilterFieldsProps) {
  const noCountry = !filters.country
  const [category, ...otherCategories] = filters.category
  const languageRows = filters.lang.length < STAFF_SEARCH_LIMITS.values ? [...filters.lang, undefined] : filters.lang
  const levels = LANGUAGE_LEVEL_OPTIONS.map((option, index) => ({ value: String(index + 1), label: option.label[locale] }))

  return (
    <div className="space-y-5 rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5 sm:p-6">
      <h2 className="hidden text-base font-bold text-ink-950 lg:block">{messages.title}</h2>

      <div>
        <Label htmlFor="filter-category">{messages.category}</Label>
        <Select id="filter-category" name="category" value={category} allLabel={messages.allCategories} groups={options.categories} />
        {otherCategories.map((value) => (
          <input key={value} type="hidden" name="category" value={value} />
        ))}
      </div>
      <div>
        <Label htmlFor="filter-country">{messages.country}</Label>
        <Select id="filter-country" name="country" value={filters.country} allLabel={messages.allCountries} groups={options.countries} />
      </div>
      <div>
        <Label htmlFor="filter-city">{messages.city}</Label>
        <Select
          id="filter-city"
          name="city"
          value={filters.city}
          allLabel={messages.allCities}
          options={options.cities}
          disabled={noCountry}
          describedBy={noCountry ? 'filter-city-hint' : undefined}
        />
        {noCountry ? (
          <p id="filter-city-hint" className="mt-1 text-xs text-ink-500">
            {messages.chooseCountryFirst}
          </p>
        ) : null}
      </div>
      <div>
        <Label htmlFor="filter-gender">{messages.gender}</Label>
        <Select id="filter-gender" name="gender" value={filters.gender} allLabel={messages.allGenders} options={options.genders} />
      </div>

      <Range
        legend={messages.age}
        name="age"
        min={filters.ageMin}
        max={filters.ageMax}
        limits={STAFF_SEARCH_LIMITS.age}
        labels={{ min: messages.min, max: messages.max, minLabel: messages.ageMinLabel, maxLabel: messages.ageMaxLabel }}
      />
      <Range
        legend={messages.height}
        name="height"
        min={filters.heightMin}
        max={filters.heightMax}
        limits={STAFF_SEARCH_LIMITS.height}
        labels={{ min: messages.min, max: messages.max, minLabel: messages.heightMinLabel, maxLabel: messages.heightMaxLabel }}
      />

      <fieldset>
        <legend className="mb-1.5 block text-sm font-semibold text-ink-800">{messages.languages}</legend>
        <p id="filter-languages-hint" className="mb-2 text-xs text-ink-500">
          {messages.languagesHint}
        </p>
        <ul className="space-y-2">
          {languageRows.map((row, index) => (
            <li key={`${row?.language ?? 'new'}-${index}`} className="space-y-1.5 rounded-2xl bg-sand-50 p-2 ring-1 ring-ink-900/5">
              <Select
                id={`filter-language-${index}`}
                name="language"
                value={row?.language}
                allLabel={row ? messages.anyLanguage : messages.addLanguage}
                groups={options.languages}
                ariaLabel={`${messages.language} ${index + 1}`}
                describedBy="filter-languages-hint"
              />
              <Select
                id={`filter-level-${index}`}
                name="level"
                value={row && row.minLevel > 1 ? String(row.minLevel) : ''}
                allLabel={levels[0].label}
                options={levels.slice(1)}
                ariaLabel={format('{label} ({language})', { label: messages.level, language: `${messages.language} ${index + 1}` })}
              />
            </li>
          ))}
        </ul>
      </fieldset>

      <SkillPicker key={filters.skill.join(',')} groups={options.skills} selected={filters.skill} max={STAFF_SEARCH_LIMITS.values} messages={messages} />

      <fieldset>
        <legend className="mb-1.5 block text-sm font-semibold text-ink-800">{messages.availability}</legend>
        <div className="space-y-1">
          {AVAILABILITY_OPTIONS.map((option) => (
            <label key={option.value} className="flex min-h-10 cursor-pointer items-center gap-3 rounded-lg px-1 text-[0.9375rem] text-ink-800 hover:bg-sand-100">
              <input
                key={`${option.value}-${filters.availability.includes(option.value)}`}
                type="checkbox"
                name="availability"
                value={option.value}
                defaultChecked={filters.availability.includes(option.value)}
                className="size-4.5 accent-terracotta-600"
              />
              {option.label[locale]}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="flex flex-col gap-2 border-t border-ink-900/10 pt-5">
        <button type="submit" className="btn btn-primary w-full">
          {messages.apply}
        </button>
        {canReset ? (
          <Link href={STAFF_PAGE_PATH} className="btn w-full text-ink-700 hover:bg-sand-100">
            {messages.reset}
          </Link>
        ) : null}
      </div>
    </div>
  )
}
