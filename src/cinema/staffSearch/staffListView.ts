import { AVAILABILITY_OPTIONS } from '@/cinema/cinemaOptions'
import { format, type Locale } from '@/i18n'
import type { CinemaStaffMessages } from '@/i18n/messages/cinemaStaff'
import { GENDER_OPTIONS, LANGUAGE_LEVEL_OPTIONS } from '@/talents/profileOptions'
import { findByKeyOrId, type DirectoryReferences } from '@/talents/directoryReferences'
import { localName } from '@/talents/talentProfile'
import { photoImage, type PhotoImage } from '@/talents/talentPhoto'
import type { Category, City, CinemaTalent, Country } from '../../../payload-types'
import { ageOn } from './ageBounds'
import { staffSearchParams, type StaffSearchFilters } from './staffSearchFilters'

export const STAFF_PAGE_PATH = '/cinema/talents'
export const cinemaProfilePath = (code: string) => `/cinema/profile/${encodeURIComponent(code)}`
export const cinemaAdminEditPath = (id: number) => `/admin/collections/cinema-talents/${id}`

/** One row of the staff list (table on a desktop, card on a phone). */
export type StaffListRow = {
  id: number
  code: string | null
  name: string
  /** Real name under a stage name. */
  legalName: string | null
  photo?: PhotoImage
  age: number | null
  heightCm: number | null
  city: string | null
  flag: string | null
  categories: string[]
  availability: { value: CinemaTalent['availability']; label: string }
  isPublic: boolean
  profilePath: string | null
  editPath: string
}

const populated = <T extends object>(value: unknown): T | undefined => (value && typeof value === 'object' ? (value as T) : undefined)

export function toStaffListRow(talent: CinemaTalent, locale: Locale, now: Date = new Date()): StaffListRow {
  const legal = `${talent.firstName ?? ''} ${talent.lastName ?? ''}`.trim()
  const name = talent.displayName || legal
  const city = populated<City>(talent.city)
  const country = populated<Country>(talent.country)
  const option = AVAILABILITY_OPTIONS.find((entry) => entry.value === talent.availability)
  return {
    id: talent.id,
    code: talent.code ?? null,
    name,
    legalName: legal && legal !== name ? legal : null,
    photo: photoImage(talent.photo, 'thumbnail'),
    age: talent.dateOfBirth ? ageOn(talent.dateOfBirth, now) : null,
    heightCm: typeof talent.heightCm === 'number' ? talent.heightCm : null,
    city: city?.name ?? null,
    flag: country?.flag ?? null,
    categories: (talent.categories ?? []).flatMap((category) => {
      const row = populated<Category>(category)
      return row ? [localName(row, locale)] : []
    }),
    availability: { value: talent.availability, label: option?.label[locale] ?? talent.availability },
    isPublic: Boolean(talent.isPublic),
    profilePath: talent.code ? cinemaProfilePath(talent.code) : null,
    editPath: cinemaAdminEditPath(talent.id),
  }
}

/** The staff page's URL for these filters with some changed (a new filter goes back to page 1). */
export function staffPageHref(filters: StaffSearchFilters, changes: Partial<StaffSearchFilters> = {}): string {
  const query = staffSearchParams({ ...filters, page: 1, ...changes }).toString()
  return query ? `${STAFF_PAGE_PATH}?${query}` : STAFF_PAGE_PATH
}

export type StaffFilterChip = { key: string; label: string; href: string }

/** The filters in force, named for the reader, each with the link that removes it. */
export function staffFilterChips(
  filters: StaffSearchFilters,
  references: DirectoryReferences,
  locale: Locale,
  m: CinemaStaffMessages['filters'],
): StaffFilterChip[] {
  const chips: StaffFilterChip[] = []
  const named = (row: { nameFr: string; nameEn: string } | undefined, fallback: string) => (row ? localName(row, locale) : fallback)
  const href = (changes: Partial<StaffSearchFilters>) => staffPageHref(filters, changes)

  if (filters.q) chips.push({ key: 'q', label: format(m.searchChip, { q: filters.q }), href: href({ q: undefined }) })
  for (const value of filters.category)
    chips.push({ key: `category-${value}`, label: named(findByKeyOrId(references.categories, 'slug', value), value), href: href({ category: filters.category.filter((entry) => entry !== value) }) })
  const country = filters.country ? findByKeyOrId(references.countries, 'iso2', filters.country) : undefined
  if (filters.country)
    chips.push({ key: 'country', label: country ? `${country.flag ?? ''} ${localName(country, locale)}`.trim() : filters.country, href: href({ country: undefined, city: undefined }) })
  if (filters.city) {
    const cities = country ? references.cities.filter((city) => city.countryId === country.id) : references.cities
    chips.push({ key: 'city', label: findByKeyOrId(cities, 'code', filters.city)?.name ?? filters.city, href: href({ city: undefined }) })
  }
  if (filters.gender)
    chips.push({ key: 'gender', label: GENDER_OPTIONS.find((option) => option.value === filters.gender)?.label[locale] ?? filters.gender, href: href({ gender: undefined }) })
  const range = (min: number | undefined, max: number | undefined, both: string, from: string, to: string) =>
    min !== undefined && max !== undefined ? format(both, { min, max }) : min !== undefined ? format(from, { min }) : format(to, { max: max! })
  if (filters.ageMin !== undefined || filters.ageMax !== undefined)
    chips.push({ key: 'age', label: range(filters.ageMin, filters.ageMax, m.ageChip, m.ageFromChip, m.ageToChip), href: href({ ageMin: undefined, ageMax: undefined }) })
  if (filters.heightMin !== undefined || filters.heightMax !== undefined)
    chips.push({
      key: 'height',
      label: range(filters.heightMin, filters.heightMax, m.heightChip, m.heightFromChip, m.heightToChip),
      href: href({ heightMin: undefined, heightMax: undefined }),
    })
  for (const entry of filters.lang) {
    const language = named(findByKeyOrId(references.languages, 'code', entry.language), entry.language)
    const level = LANGUAGE_LEVEL_OPTIONS[entry.minLevel - 1].label[locale]
    chips.push({ key: `lang-${entry.language}`, label: format(m.languageChip, { language, level }), href: href({ lang: filters.lang.filter((other) => other !== entry) }) })
  }
  for (const value of filters.skill)
    chips.push({ key: `skill-${value}`, label: named(findByKeyOrId(references.skills, 'slug', value), value), href: href({ skill: filters.skill.filter((entry) => entry !== value) }) })
  for (const value of filters.availability)
    chips.push({
      key: `availability-${value}`,
      label: AVAILABILITY_OPTIONS.find((option) => option.value === value)?.label[locale] ?? value,
      href: href({ availability: filters.availability.filter((entry) => entry !== value) }),
    })
  return chips
}
