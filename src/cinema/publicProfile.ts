import type { Payload, TypedUser } from 'payload'

import { normalizeCode, parseCinemaCode } from '@/codes/formats'
import { INTL_LOCALE, type Locale } from '@/i18n/locales'
import { SKILL_GROUPS } from '@/reference-data/skills'
import { GENDER_OPTIONS, LANGUAGE_LEVEL_OPTIONS } from '@/talents/profileOptions'
import { photoImage, type PhotoImage } from '@/talents/talentPhoto'
import { ageOn, localName, viewerOf, type ProfileLanguage, type ProfilePart, type ProfileViewer } from '@/talents/talentProfile'
import type { Category, CinemaTalent, City, Country, Cv, Language, Nationality, Photo, Skill, User } from '../../payload-types'
import {
  AVAILABILITY_OPTIONS,
  BUILD_OPTIONS,
  EYE_COLOUR_OPTIONS,
  FILMOGRAPHY_TYPE_OPTIONS,
  HAIR_COLOUR_OPTIONS,
  HAIR_TYPE_OPTIONS,
  RATE_UNIT_OPTIONS,
  ROLE_TYPE_OPTIONS,
  SKIN_TONE_OPTIONS,
  type CinemaPublicPart,
} from './cinemaOptions'

export type { ProfilePart, ProfileViewer } from '@/talents/talentProfile'

/** The public page of a cinema profile (relative); `cinemaProfileUrl` gives the absolute one QR codes encode. */
export const cinemaProfilePath = (code: string) => `/cinema/profile/${encodeURIComponent(code)}`

/** The talent's list of contact messages, in their space. */
export const CINEMA_MESSAGES_PATH = '/mon-espace/messages'

/** Where staff edit a cinema profile. */
export const cinemaProfileAdminPath = (id: number | string) => `/admin/collections/cinema-talents/${id}`

/**
 * The cinema profile with this code as `user` may see it, read through the collection's
 * access rules: a visitor finds only a public profile, and field access strips every part
 * the talent keeps to themself (and the contact details, rates and documents, always).
 * The owner and staff also find a private profile, whole. Null for an unknown or malformed code.
 */
export async function findCinemaProfile(
  payload: Payload,
  code: string,
  user: TypedUser | null | undefined,
): Promise<{ talent: CinemaTalent; viewer: ProfileViewer } | null> {
  if (!parseCinemaCode(code)) return null
  const { docs } = await payload.find({
    collection: 'cinema-talents',
    where: { code: { equals: normalizeCode(code) } },
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user: user ?? undefined,
  })
  const talent = docs[0] as CinemaTalent | undefined
  return talent ? { talent, viewer: viewerOf(talent, user) } : null
}

type Option = { readonly value: string; readonly label: { readonly fr: string; readonly en: string } }

const labelOf = (options: readonly Option[], value: string | null | undefined, locale: Locale): string | undefined =>
  value ? (options.find((option) => option.value === value)?.label[locale] ?? value) : undefined

const populated = <T extends object>(value: unknown): T | undefined => (value && typeof value === 'object' ? (value as T) : undefined)

/** Only web links leave the page: a stored value is validated on save, this guards the rendering too. */
export const webUrl = (value: string | null | undefined): string | undefined =>
  value && /^https?:\/\/[^\s<>"]+$/i.test(value.trim()) ? value.trim() : undefined

const text = (value: string | null | undefined) => value?.trim() || undefined

const formatDate = (value: string | null | undefined, locale: Locale): string | undefined => {
  if (!value) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime())
    ? undefined
    : new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)
}

const LEVEL_RANK: Record<string, number> = Object.fromEntries(LANGUAGE_LEVEL_OPTIONS.map((option, index) => [option.value, index + 1]))

export const SOCIAL_NETWORKS = [
  { key: 'instagram', label: { fr: 'Instagram', en: 'Instagram' } },
  { key: 'facebook', label: { fr: 'Facebook', en: 'Facebook' } },
  { key: 'tiktok', label: { fr: 'TikTok', en: 'TikTok' } },
  { key: 'youtube', label: { fr: 'YouTube', en: 'YouTube' } },
  { key: 'imdb', label: { fr: 'IMDb', en: 'IMDb' } },
  { key: 'website', label: { fr: 'Site web', en: 'Website' } },
] as const

export type FilmView = {
  title: string
  year?: number
  type?: string
  role?: string
  director?: string
  company?: string
  posterUrl?: string
  imdbUrl?: string
}

export type PhysicalView = {
  heightCm?: number
  weightKg?: number
  build?: string
  skinTone?: string
  eyeColour?: string
  hairColour?: string
  hairType?: string
  tattoos?: boolean
  piercings?: boolean
  distinctiveFeatures?: string
}

/** What only the talent and staff see: contact details, identity document, terms, CV. */
export type PrivateDetailsView = {
  legalName: string
  dateOfBirth?: string
  email?: string
  phone?: string
  whatsapp?: string
  address?: string
  emergencyContact?: string
  idDocumentNumber?: string
  hasPassport?: boolean
  unionMember?: boolean
  unionName?: string
  rate?: string
  availabilityNotes?: string
  cvUrl?: string
}

export type CinemaProfileView = {
  id: number
  code: string
  name: string
  isPublic: boolean
  viewer: ProfileViewer
  gender: string
  photo?: PhotoImage
  ogImage?: PhotoImage
  categories: string[]
  roleTypes: string[]
  playingAge?: { min?: number; max?: number }
  age?: ProfilePart<number>
  nationality?: ProfilePart<string>
  location?: ProfilePart<{ city?: string; country?: string; flag?: string }>
  physical?: ProfilePart<PhysicalView>
  languages?: ProfilePart<{ list: ProfileLanguage[]; accents?: string }>
  skills?: ProfilePart<{ groups: { key: string; label: string; skills: string[] }[]; other?: string }>
  experience?: ProfilePart<{ years?: number; training?: string; filmography: FilmView[] }>
  availability?: ProfilePart<{ value: string; label: string; from?: string; willingToTravel?: boolean }>
  media?: ProfilePart<{
    showreelUrl?: string
    gallery: { thumb: PhotoImage; full: PhotoImage }[]
    social: { key: string; label: string; url: string }[]
  }>
  /** Present only for the owner and staff. */
  privateDetails?: PrivateDetailsView
}

const isEmpty = (value: unknown): boolean => {
  if (value === undefined || value === null || value === '' || value === false) return true
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object') return Object.values(value).every(isEmpty)
  return false
}

function formatRate(talent: CinemaTalent, locale: Locale, negotiable: string): string | undefined {
  if (talent.rate == null) return undefined
  const amount = new Intl.NumberFormat(INTL_LOCALE[locale]).format(talent.rate)
  const currency = talent.rateCurrency ?? ''
  const unit = labelOf(RATE_UNIT_OPTIONS, talent.rateUnit, locale)
  return [`${amount} ${currency}`.trim(), unit, talent.rateNegotiable ? `(${negotiable})` : undefined].filter(Boolean).join(' ')
}

/**
 * What the cinema profile page shows, from a profile read through access control: a part
 * the viewer may not read is absent; a part the viewer reads but the public does not (the
 * owner or staff looking) is marked hidden. The date of birth only ever shows as an age,
 * except to the owner and staff.
 */
export function toCinemaProfileView(
  talent: CinemaTalent,
  { locale, viewer, now = new Date() }: { locale: Locale; viewer: ProfileViewer; now?: Date },
): CinemaProfileView {
  const shownToPublic = (part: CinemaPublicPart) => Boolean(talent.isPublic && talent.publicParts?.includes(part))
  const part = <T>(name: CinemaPublicPart, value: T | undefined): ProfilePart<T> | undefined =>
    isEmpty(value) ? undefined : { value: value as T, hidden: !shownToPublic(name) }

  const nationality = populated<Nationality>(talent.nationality)
  const country = populated<Country>(talent.country)
  const city = populated<City>(talent.city)

  const languages = (talent.languages ?? []).flatMap((entry) => {
    const language = populated<Language>(entry.language)
    if (!language) return []
    const level = LANGUAGE_LEVEL_OPTIONS.find((candidate) => candidate.value === entry.level)
    return [{ name: localName(language, locale), level: entry.level, levelLabel: level?.label[locale] ?? entry.level, levelRank: LEVEL_RANK[entry.level] ?? 0 }]
  })

  const skills = (talent.skills ?? []).map((skill) => populated<Skill>(skill)).filter((skill): skill is Skill => Boolean(skill))
  const skillGroups = SKILL_GROUPS.flatMap((group) => {
    const names = skills.filter((skill) => skill.group === group.value).map((skill) => localName(skill, locale))
    return names.length ? [{ key: group.value, label: group.label[locale], skills: names }] : []
  })

  const filmography: FilmView[] = (talent.filmography ?? []).map((film) => ({
    title: film.title,
    year: film.year ?? undefined,
    type: labelOf(FILMOGRAPHY_TYPE_OPTIONS, film.type, locale),
    role: text(film.role),
    director: text(film.director),
    company: text(film.company),
    posterUrl: webUrl(film.posterUrl),
    imdbUrl: film.imdbId && /^tt\d{5,10}$/.test(film.imdbId) ? `https://www.imdb.com/title/${film.imdbId}/` : undefined,
  }))
  // Newest first, undated last: how a casting sheet reads.
  filmography.sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity))

  const gallery = (talent.gallery ?? []).flatMap((photo) => {
    const thumb = photoImage(populated<Photo>(photo), 'card')
    const full = photoImage(populated<Photo>(photo), 'profile')
    return thumb && full ? [{ thumb, full }] : []
  })
  const links = (talent.socialLinks ?? {}) as Record<string, string | null | undefined>
  const social = SOCIAL_NETWORKS.flatMap(({ key, label }) => {
    const url = webUrl(links[key])
    return url ? [{ key, label: label[locale], url }] : []
  })

  const location = country || city ? { city: city?.name, country: country ? localName(country, locale) : undefined, flag: country?.flag ?? undefined } : undefined
  const availability = talent.availability
    ? {
        value: talent.availability,
        label: labelOf(AVAILABILITY_OPTIONS, talent.availability, locale) ?? talent.availability,
        from: formatDate(talent.availableFrom, locale),
        willingToTravel: talent.willingToTravel ?? undefined,
      }
    : undefined

  const playingAge =
    talent.playingAgeMin != null || talent.playingAgeMax != null
      ? { min: talent.playingAgeMin ?? undefined, max: talent.playingAgeMax ?? undefined }
      : undefined

  const view: CinemaProfileView = {
    id: talent.id,
    code: talent.code ?? '',
    name: talent.displayName || `${talent.firstName} ${talent.lastName}`.trim(),
    isPublic: Boolean(talent.isPublic),
    viewer,
    gender: labelOf(GENDER_OPTIONS, talent.gender, locale) ?? '',
    photo: photoImage(populated<Photo>(talent.photo), 'profile'),
    ogImage: photoImage(populated<Photo>(talent.photo), 'og'),
    categories: (talent.categories ?? []).flatMap((category) => {
      const row = populated<Category>(category)
      return row ? [localName(row, locale)] : []
    }),
    roleTypes: (talent.roleTypes ?? []).map((role) => labelOf(ROLE_TYPE_OPTIONS, role, locale) ?? role),
    playingAge,
    age: part('age', ageOn(talent.dateOfBirth, now)),
    nationality: part('nationality', nationality ? `${nationality.flag ?? ''} ${localName(nationality, locale)}`.trim() : undefined),
    location: part('location', location),
    physical: part<PhysicalView>('physical', {
      heightCm: talent.heightCm ?? undefined,
      weightKg: talent.weightKg ?? undefined,
      build: labelOf(BUILD_OPTIONS, talent.build, locale),
      skinTone: labelOf(SKIN_TONE_OPTIONS, talent.skinTone, locale),
      eyeColour: labelOf(EYE_COLOUR_OPTIONS, talent.eyeColour, locale),
      hairColour: labelOf(HAIR_COLOUR_OPTIONS, talent.hairColour, locale),
      hairType: labelOf(HAIR_TYPE_OPTIONS, talent.hairType, locale),
      tattoos: talent.tattoos ?? undefined,
      piercings: talent.piercings ?? undefined,
      distinctiveFeatures: text(talent.distinctiveFeatures),
    }),
    languages: part('languages', { list: languages, accents: text(talent.accents) }),
    skills: part('skills', { groups: skillGroups, other: text(talent.otherSkills) }),
    experience: part('filmography', { years: talent.yearsOfExperience ?? undefined, training: text(talent.training), filmography }),
    availability: part('availability', availability),
    media: part('media', { showreelUrl: webUrl(talent.showreelUrl), gallery, social }),
  }

  if (viewer !== 'public') view.privateDetails = privateDetails(talent, locale)
  return view
}

function privateDetails(talent: CinemaTalent, locale: Locale): PrivateDetailsView {
  const user = populated<User>(talent.user)
  const cv = populated<Cv>(talent.cv)
  return {
    legalName: `${talent.firstName} ${talent.lastName}`.trim(),
    dateOfBirth: formatDate(talent.dateOfBirth, locale),
    email: user?.email,
    phone: text(talent.phone),
    whatsapp: text(talent.whatsapp),
    address: text(talent.address),
    emergencyContact: text(talent.emergencyContact),
    idDocumentNumber: text(talent.idDocumentNumber),
    hasPassport: talent.hasPassport ?? undefined,
    unionMember: talent.unionMember ?? undefined,
    unionName: text(talent.unionName),
    rate: formatRate(talent, locale, locale === 'en' ? 'negotiable' : 'négociable'),
    availabilityNotes: text(talent.availabilityNotes),
    cvUrl: cv?.url ?? undefined,
  }
}

/** The signed-in person's cinema profile as their talent space shows it, with their unread messages. */
export type OwnCinemaSummary = { id: number; code: string; name: string; isPublic: boolean; unread: number }

export async function findOwnCinemaProfile(payload: Payload, user: User): Promise<OwnCinemaSummary | null> {
  // `user` is readable only once a document is at hand (owner or staff), so it cannot be a
  // query path under access rules: find the id by the caller's own id, then read as them.
  const { docs } = await payload.find({ collection: 'cinema-talents', where: { user: { equals: user.id } }, select: { code: true }, depth: 0, limit: 1, pagination: false })
  if (!docs[0]) return null
  const talent = await payload.findByID({ collection: 'cinema-talents', id: docs[0].id, depth: 0, overrideAccess: false, user })
  const { totalDocs: unread } = await payload.count({
    collection: 'contact-messages',
    where: { and: [{ recipient: { equals: user.id } }, { status: { equals: 'new' } }] },
    overrideAccess: false,
    user,
  })
  return { id: talent.id, code: talent.code ?? '', name: talent.displayName || `${talent.firstName} ${talent.lastName}`.trim(), isPublic: Boolean(talent.isPublic), unread }
}
