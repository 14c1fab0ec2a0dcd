import Link from 'next/link'

import type { TalentMessages } from '@/i18n/messages/talents'
import type { DirectoryFilters } from '@/talents/directoryFilters'
import type { DirectoryOptions, FilterOption, FilterOptionGroup } from '@/talents/directoryOptions'
import { OptionList } from '@/components/OptionList'

type SelectFieldProps = {
  name: keyof DirectoryFilters
  label: string
  allLabel: string
  value?: string
  options?: FilterOption[]
  groups?: FilterOptionGroup[]
  disabled?: boolean
  hint?: string
}

function SelectField({ name, label, allLabel, value = '', options, groups, disabled, hint }: SelectFieldProps) {
  const id = `filter-${name}`
  return (
    <div>
      <label htmlFor={id} className="mb-1.5 block text-sm font-semibold text-ink-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="field min-h-11 appearance-auto py-2 pr-2 pl-3 text-[0.9375rem] disabled:cursor-not-allowed disabled:bg-sand-100 disabled:text-ink-500"
      >
        <option value="">{allLabel}</option>
        <OptionList options={options} groups={groups} />
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-ink-500">
          {hint}
        </p>
      ) : null}
    </div>
  )
}

type DirectoryFilterFieldsProps = {
  filters: DirectoryFilters
  options: DirectoryOptions
  messages: TalentMessages['directory']['filters']
  /** Something to clear: any filter or search words. */
  canReset: boolean
}

/**
 * The filter selects. Values are the URL's stable keys; the `key` on each select makes a
 * new search (back button, removed chip) show its own values rather than the last ones typed.
 */
export function DirectoryFilterFields({ filters, options, messages, canReset }: DirectoryFilterFieldsProps) {
  const noCountry = !filters.country
  return (
    <div className="space-y-5 rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5 sm:p-6">
      <h2 className="hidden text-base font-bold text-ink-950 lg:block">{messages.title}</h2>
      <SelectField key={`category-${filters.category}`} name="category" label={messages.category} allLabel={messages.allCategories} value={filters.category} groups={options.categories} />
      <SelectField key={`country-${filters.country}`} name="country" label={messages.country} allLabel={messages.allCountries} value={filters.country} groups={options.countries} />
      <SelectField
        key={`city-${filters.country}-${filters.city}`}
        name="city"
        label={messages.city}
        allLabel={messages.allCities}
        value={filters.city}
        options={options.cities}
        disabled={noCountry}
        hint={noCountry ? messages.chooseCountryFirst : undefined}
      />
      <SelectField key={`language-${filters.language}`} name="language" label={messages.language} allLabel={messages.allLanguages} value={filters.language} groups={options.languages} />
      <SelectField key={`skill-${filters.skill}`} name="skill" label={messages.skill} allLabel={messages.allSkills} value={filters.skill} groups={options.skills} />
      <SelectField key={`gender-${filters.gender}`} name="gender" label={messages.gender} allLabel={messages.allGenders} value={filters.gender} options={options.genders} />
      <div className="flex flex-col gap-2 border-t border-ink-900/10 pt-5">
        <button type="submit" className="btn btn-primary w-full">
          {messages.apply}
        </button>
        {canReset ? (
          <Link href="/talents" className="btn w-full text-ink-700 hover:bg-sand-100">
            {messages.reset}
          </Link>
        ) : null}
      </div>
    </div>
  )
}
