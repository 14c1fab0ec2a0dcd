import type { Payload, TypedUser } from 'payload'

import { isStaffUser } from '@/access/roles'
import { normalizeCode, parseTalentCode } from '@/codes/formats'
import type { Locale } from '@/i18n/locales'
import type { Category, City, Country, Language, Nationality, Skill, Talent } from '../../payload-types'
import { LANGUAGE_LEVEL_OPTIONS, type PublishablePart } from './profileOptions'
import { photoImage, type PhotoImage } from './talentPhoto'

/** Who is looking at a profile: a visitor, the talent themself, or platform staff. */
export type ProfileViewer = 'public' | 'owner' | 'staff'

/** The fields a public profile page may show — sensitive ones (phone, address…) are never read. */
const PROFILE_FIELDS = {
  code: true,
  user: true,
  displayName: true,
  dateOfBirth: true,
  nationality: true,
  country: true,
  city: true,
  categories: true,
  languages: true,
  skills: true,
  yearsOfExperience: true,
  experience: true,
  photo: true,
  isPublic: true,
  publicParts: true,
} as const

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : value)

export function viewerOf(talent: Pick<Talent, 'user'>, user: TypedUser | null | undefined): ProfileViewer {
  if (!user) return 'public'
  // `user` is only readable by the owner and staff: a visitor's copy never has it.
  if (talent.user && idOf(talent.user) === user.id) return 'owner'
  return isStaffUser(user) ? 'staff' : 'public'
}

/**
 * The profile with this code as `user` may see it, through the collection's access rules:
 * a visitor finds only public profiles, and only their public parts; the owner and staff
 * also find a private one. Null for an unknown or malformed code.
 */
export async function findTalentProfile(
  payload: Payload,
  code: string,
  user: TypedUser | null | undefined,
): Promise<{ talent: Talent; viewer: ProfileViewer } | null> {
  if (!parseTalentCode(code)) return null
  const { docs } = await payload.find({
    collection: 'talents',
    where: { code: { equals: normalizeCode(code) } },
    select: PROFILE_FIELDS,
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user: user ?? undefined,
  })
  const talent = docs[0] as Talent | undefined
  return talent ? { talent, viewer: viewerOf(talent, user) } : null
}

/** A part of the profile as the viewer sees it; `hidden` when the public does not see it. */
export type ProfilePart<T> = { value: T; hidden: boolean }

export type ProfileLanguage = { name: string; level: string; levelLabel: string; levelRank: number }

export type TalentProfileView = {
  code: string
  name: string
  isPublic: boolean
  viewer: ProfileViewer
  photo?: PhotoImage
  ogImage?: PhotoImage
  categories: string[]
  age?: ProfilePart<number>
  nationality?: ProfilePart<string>
  location?: ProfilePart<{ city?: string; country?: string; flag?: string }>
  languages?: ProfilePart<ProfileLanguage[]>
  skills?: ProfilePart<string[]>
  yearsOfExperience?: ProfilePart<number>
  experience?: ProfilePart<string>
}

/** Whole years between a date of birth (a stored date, read in UTC) and `now`; undefined if absurd. */
export function ageOn(dateOfBirth: string | null | undefined, now: Date): number | undefined {
  if (!dateOfBirth) return undefined
  const birth = new Date(dateOfBirth)
  if (Number.isNaN(birth.getTime())) return undefined
  let age = now.getUTCFullYear() - birth.getUTCFullYear()
  const beforeBirthday =
    now.getUTCMonth() < birth.getUTCMonth() ||
    (now.getUTCMonth() === birth.getUTCMonth() && now.getUTCDate() < birth.getUTCDate())
  if (beforeBirthday) age -= 1
  return age >= 0 && age < 130 ? age : undefined
}

const populated = <T extends object>(value: number | T | null | undefined): T | undefined =>
  value && typeof value === 'object' ? value : undefined

export const localName = (row: { nameFr: string; nameEn: string }, locale: Locale) =>
  (locale === 'en' ? row.nameEn : row.nameFr) || row.nameFr

const LEVEL_RANK: Record<string, number> = Object.fromEntries(LANGUAGE_LEVEL_OPTIONS.map((option, index) => [option.value, index + 1]))

/**
 * What the profile page shows, from a talent read through access control: a part the
 * viewer may not read is simply absent; a part the viewer reads but the public does not
 * (the owner or staff looking) is marked hidden.
 */
export function toTalentProfileView(
  talent: Talent,
  { locale, viewer, now = new Date() }: { locale: Locale; viewer: ProfileViewer; now?: Date },
): TalentProfileView {
  const shownToPublic = (part: PublishablePart) => Boolean(talent.isPublic && talent.publicParts?.includes(part))
  const part = <T>(name: PublishablePart, value: T | undefined): ProfilePart<T> | undefined => {
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
    return empty ? undefined : { value, hidden: !shownToPublic(name) }
  }

  const nationality = populated<Nationality>(talent.nationality)
  const country = populated<Country>(talent.country)
  const city = populated<City>(talent.city)
  const languages = (talent.languages ?? []).flatMap((entry) => {
    const language = populated<Language>(entry.language)
    if (!language) return []
    const option = LANGUAGE_LEVEL_OPTIONS.find((candidate) => candidate.value === entry.level)
    return [{ name: localName(language, locale), level: entry.level, levelLabel: option?.label[locale] ?? entry.level, levelRank: LEVEL_RANK[entry.level] ?? 0 }]
  })
  const location =
    country || city
      ? { city: city?.name, country: country ? localName(country, locale) : undefined, flag: country?.flag ?? undefined }
      : undefined

  return {
    code: talent.code ?? '',
    name: talent.displayName ?? '',
    isPublic: Boolean(talent.isPublic),
    viewer,
    photo: photoImage(talent.photo, 'profile'),
    ogImage: photoImage(talent.photo, 'og'),
    categories: (talent.categories ?? []).flatMap((category) => {
      const row = populated<Category>(category)
      return row ? [localName(row, locale)] : []
    }),
    age: part('age', ageOn(talent.dateOfBirth, now)),
    nationality: part(
      'nationality',
      nationality ? `${nationality.flag ?? ''} ${locale === 'en' ? nationality.nameEn : nationality.nameFr}`.trim() : undefined,
    ),
    location: part('location', location),
    languages: part('languages', languages),
    skills: part(
      'skills',
      (talent.skills ?? []).flatMap((skill) => {
        const row = populated<Skill>(skill)
        return row ? [localName(row, locale)] : []
      }),
    ),
    yearsOfExperience: part('experience', talent.yearsOfExperience ?? undefined),
    experience: part('experience', talent.experience?.trim() || undefined),
  }
}

export type TalentCardView = {
  code: string
  name: string
  categories: string[]
  place?: string
  flag?: string
  photo?: PhotoImage
}

/** A directory card: photo (card size), name, categories, city (when the talent shows it), code. */
export function toTalentCardView(talent: Talent, locale: Locale): TalentCardView {
  const city = populated<City>(talent.city)
  const country = populated<Country>(talent.country)
  return {
    code: talent.code ?? '',
    name: talent.displayName ?? '',
    categories: (talent.categories ?? []).flatMap((category) => {
      const row = populated<Category>(category)
      return row ? [localName(row, locale)] : []
    }),
    place: city?.name ?? (country ? localName(country, locale) : undefined),
    flag: country?.flag ?? undefined,
    photo: photoImage(talent.photo, 'card'),
  }
}
