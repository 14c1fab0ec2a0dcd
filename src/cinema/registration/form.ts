import type { z } from 'zod'

import { DEFAULT_CINEMA_PUBLIC_PARTS } from '@/cinema/cinemaOptions'
import type { FilmPick } from '@/cinema/filmLookup'
import { composeDateOfBirth, emptyIdentityAndContact, errorsByPath, newLanguageRow, type FieldErrors, type LanguageRow } from '@/talents/registrationForm'
import type { FormLocale } from '@/talents/registrationSchema'
import { precheckUpload, uploadErrorMessage } from '@/uploads/uploadLimits'
import { cinemaRegistrationMessages } from '@/i18n/messages/cinemaRegistration'
import { CINEMA_SECTIONS, cinemaRegistrationSchema, MAX_GALLERY_PHOTOS, type CinemaRegistrationInput, type CinemaSection } from './schema'

/** `register`: the public sign-up; `edit`: the owner changing their profile (no email, no consent). */
export type CinemaFormMode = 'register' | 'edit'
import type { HeightUnit, WeightUnit } from './units'

/**
 * The cinema registration form apart from React: what the inputs hold, which fields each
 * section shows (in order, so the first error gets the focus), how the typed values become
 * the schema's input, and each section's state for the progress indicator.
 */
export { CINEMA_SECTIONS, type CinemaSection } from './schema'
export type { FieldErrors } from '@/talents/registrationForm'

export const SOCIAL_NETWORKS = ['instagram', 'facebook', 'tiktok', 'youtube', 'imdb', 'website'] as const
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number]

export type FilmRow = {
  key: string
  title: string
  year: string
  type: string
  role: string
  director: string
  company: string
  /** Filled by the OMDB look-up, kept in hidden inputs and saved with the row. */
  imdbId: string
  posterUrl: string
}

export type CinemaFormValues = {
  firstName: string
  lastName: string
  stageName: string
  gender: string
  birthDay: string
  birthMonth: string
  birthYear: string
  nationality: string
  email: string
  phone: string
  whatsapp: string
  whatsappSameAsPhone: boolean
  country: string
  city: string
  address: string
  heightUnit: HeightUnit
  heightCm: string
  heightFeet: string
  heightInches: string
  weightUnit: WeightUnit
  weightValue: string
  build: string
  skinTone: string
  eyeColour: string
  hairColour: string
  hairType: string
  tattoos: boolean
  piercings: boolean
  distinctiveFeatures: string
  languages: LanguageRow[]
  accents: string
  categories: string[]
  roleTypes: string[]
  playingAgeMin: string
  playingAgeMax: string
  skills: string[]
  otherSkills: string
  yearsOfExperience: string
  training: string
  filmography: FilmRow[]
  availability: string
  availableFrom: string
  willingToTravel: boolean
  hasPassport: boolean
  unionMember: boolean
  unionName: string
  rate: string
  rateCurrency: string
  rateUnit: string
  rateNegotiable: boolean
  availabilityNotes: string
  showreelUrl: string
  socialLinks: Record<SocialNetwork, string>
  isPublic: boolean | null
  publicParts: string[]
  consent: boolean
}

export type CinemaFiles = { photo: File | null; gallery: File[]; cv: File | null }

/** The fields of each section in the order they appear; error paths start with one of these. */
export const SECTION_FIELDS: Record<CinemaSection, readonly string[]> = {
  identity: ['firstName', 'lastName', 'stageName', 'gender', 'dateOfBirth', 'nationality', 'photo'],
  contact: ['email', 'phone', 'whatsapp', 'country', 'city', 'address'],
  physical: ['heightCm', 'heightFeet', 'heightInches', 'weightValue', 'build', 'skinTone', 'eyeColour', 'hairColour', 'hairType', 'tattoos', 'piercings', 'distinctiveFeatures'],
  languages: ['languages', 'accents'],
  roles: ['categories', 'roleTypes', 'playingAgeMin', 'playingAgeMax'],
  skills: ['skills', 'otherSkills'],
  experience: ['yearsOfExperience', 'training', 'filmography'],
  availability: ['availability', 'availableFrom', 'willingToTravel', 'hasPassport', 'unionMember', 'unionName', 'rate', 'rateCurrency', 'rateUnit', 'rateNegotiable', 'availabilityNotes'],
  media: ['showreelUrl', 'gallery', 'cv', 'socialLinks', 'isPublic', 'publicParts', 'consent', 'preferredLanguage'],
}

/** The form values each section holds (what "touched" compares with the empty form). */
const SECTION_VALUES: Record<CinemaSection, readonly (keyof CinemaFormValues)[]> = {
  identity: ['firstName', 'lastName', 'stageName', 'gender', 'birthDay', 'birthMonth', 'birthYear', 'nationality'],
  contact: ['email', 'phone', 'whatsapp', 'whatsappSameAsPhone', 'country', 'city', 'address'],
  physical: ['heightCm', 'heightFeet', 'heightInches', 'weightValue', 'build', 'skinTone', 'eyeColour', 'hairColour', 'hairType', 'tattoos', 'piercings', 'distinctiveFeatures'],
  languages: ['languages', 'accents'],
  roles: ['categories', 'roleTypes', 'playingAgeMin', 'playingAgeMax'],
  skills: ['skills', 'otherSkills'],
  experience: ['yearsOfExperience', 'training', 'filmography'],
  availability: ['availableFrom', 'willingToTravel', 'hasPassport', 'unionMember', 'unionName', 'rate', 'rateNegotiable', 'availabilityNotes'],
  media: ['showreelUrl', 'socialLinks', 'isPublic', 'consent'],
}

let rowCounter = 0
export function newFilmRow(film: Partial<FilmPick> = {}): FilmRow {
  rowCounter += 1
  return {
    key: `film-${Date.now().toString(36)}-${rowCounter}`,
    title: film.title ?? '',
    year: film.year ? String(film.year) : '',
    type: film.type ?? '',
    role: '',
    director: film.director ?? '',
    company: '',
    imdbId: film.imdbId ?? '',
    posterUrl: film.posterUrl ?? '',
  }
}

export function emptyCinemaForm(): CinemaFormValues {
  return {
    ...emptyIdentityAndContact(),
    heightUnit: 'cm',
    heightCm: '',
    heightFeet: '',
    heightInches: '',
    weightUnit: 'kg',
    weightValue: '',
    build: '',
    skinTone: '',
    eyeColour: '',
    hairColour: '',
    hairType: '',
    tattoos: false,
    piercings: false,
    distinctiveFeatures: '',
    languages: [newLanguageRow()],
    accents: '',
    categories: [],
    roleTypes: [],
    playingAgeMin: '',
    playingAgeMax: '',
    skills: [],
    otherSkills: '',
    yearsOfExperience: '',
    training: '',
    filmography: [],
    availability: 'available',
    availableFrom: '',
    willingToTravel: false,
    hasPassport: false,
    unionMember: false,
    unionName: '',
    rate: '',
    rateCurrency: 'XOF',
    rateUnit: 'day',
    rateNegotiable: false,
    availabilityNotes: '',
    showreelUrl: '',
    socialLinks: { instagram: '', facebook: '', tiktok: '', youtube: '', imdb: '', website: '' },
    isPublic: null,
    publicParts: [...DEFAULT_CINEMA_PUBLIC_PARTS],
    consent: false,
  }
}

/** A restored draft over today's empty form: fields added since the draft was saved get their defaults. */
export function withDefaults(saved: Partial<CinemaFormValues> | null | undefined): CinemaFormValues {
  const empty = emptyCinemaForm()
  if (!saved || typeof saved !== 'object') return empty
  const merged = { ...empty, ...saved, socialLinks: { ...empty.socialLinks, ...(saved.socialLinks ?? {}) } }
  if (!Array.isArray(merged.languages) || merged.languages.length === 0) merged.languages = empty.languages
  if (!Array.isArray(merged.filmography)) merged.filmography = []
  return merged
}

const orUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim())

/** The JSON sent as the `data` field, which the server parses with the same schema. */
export function toCinemaRegistrationInput(values: CinemaFormValues, locale: FormLocale): Partial<CinemaRegistrationInput> {
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    stageName: values.stageName,
    gender: orUndefined(values.gender) as CinemaRegistrationInput['gender'],
    dateOfBirth: composeDateOfBirth(values.birthDay, values.birthMonth, values.birthYear),
    nationality: orUndefined(values.nationality),
    email: values.email,
    phone: values.phone,
    whatsapp: values.whatsappSameAsPhone ? values.phone : values.whatsapp,
    country: orUndefined(values.country),
    city: orUndefined(values.city),
    address: values.address,
    heightUnit: values.heightUnit,
    heightCm: orUndefined(values.heightCm),
    heightFeet: orUndefined(values.heightFeet),
    heightInches: orUndefined(values.heightInches),
    weightUnit: values.weightUnit,
    weightValue: orUndefined(values.weightValue),
    build: orUndefined(values.build),
    skinTone: orUndefined(values.skinTone),
    eyeColour: orUndefined(values.eyeColour),
    hairColour: orUndefined(values.hairColour),
    hairType: orUndefined(values.hairType),
    tattoos: values.tattoos,
    piercings: values.piercings,
    distinctiveFeatures: values.distinctiveFeatures,
    languages: values.languages.map(({ language, level }) => ({ language: orUndefined(language), level })),
    accents: values.accents,
    categories: values.categories,
    roleTypes: values.roleTypes,
    playingAgeMin: orUndefined(values.playingAgeMin),
    playingAgeMax: orUndefined(values.playingAgeMax),
    skills: values.skills,
    otherSkills: values.otherSkills,
    yearsOfExperience: orUndefined(values.yearsOfExperience),
    training: values.training,
    filmography: values.filmography.map(({ title, year, type, role, director, company, imdbId, posterUrl }) => ({
      title,
      year: orUndefined(year),
      type: orUndefined(type),
      role,
      director,
      company,
      imdbId,
      posterUrl,
    })),
    availability: values.availability,
    availableFrom: orUndefined(values.availableFrom),
    willingToTravel: values.willingToTravel,
    hasPassport: values.hasPassport,
    unionMember: values.unionMember,
    unionName: values.unionMember ? values.unionName : '',
    rate: orUndefined(values.rate.replace(/\s/g, '').replace(',', '.')),
    rateCurrency: values.rateCurrency,
    rateUnit: values.rateUnit,
    rateNegotiable: values.rateNegotiable,
    availabilityNotes: values.availabilityNotes,
    showreelUrl: values.showreelUrl,
    socialLinks: values.socialLinks,
    isPublic: values.isPublic ?? undefined,
    publicParts: values.publicParts,
    consent: values.consent as true,
    preferredLanguage: locale,
  } as Partial<CinemaRegistrationInput>
}

const zodIssues = (error: z.ZodError) => error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))

/** Files judged by size, name and count in the browser; the server judges them again from their bytes. `keptGallery`: photos already on the profile. */
function fileErrors(section: CinemaSection, files: CinemaFiles, locale: FormLocale, keptGallery = 0): FieldErrors {
  const errors: FieldErrors = {}
  if (section === 'identity' && files.photo) {
    const refusal = precheckUpload('photo', files.photo)
    if (refusal) errors.photo = uploadErrorMessage('photo', refusal, locale)
  }
  if (section === 'media') {
    if (files.cv) {
      const refusal = precheckUpload('cv', files.cv)
      if (refusal) errors.cv = uploadErrorMessage('cv', refusal, locale)
    }
    if (files.gallery.length + keptGallery > MAX_GALLERY_PHOTOS) errors.gallery = cinemaRegistrationMessages[locale].validation.gallery
    files.gallery.forEach((file, index) => {
      const refusal = precheckUpload('photo', file)
      if (refusal && !errors.gallery) errors.gallery = `${file.name} : ${uploadErrorMessage('photo', refusal, locale)}`
      if (refusal) errors[`gallery.${index}`] = uploadErrorMessage('photo', refusal, locale)
    })
  }
  return errors
}

export type ValidationContext = { mode?: CinemaFormMode; keptGallery?: number }

/** The errors of one section, in the visitor's language. */
export function validateSection(
  section: CinemaSection,
  values: CinemaFormValues,
  files: CinemaFiles,
  locale: FormLocale,
  today = new Date(),
  { mode = 'register', keptGallery = 0 }: ValidationContext = {},
): FieldErrors {
  const schema = cinemaRegistrationSchema(locale, today)
  const sections = mode === 'edit' ? schema.edit.sections : schema.sections
  const result = sections[section].safeParse(toCinemaRegistrationInput(values, locale))
  const errors = result.success ? {} : errorsByPath(zodIssues(result.error))
  return { ...errors, ...fileErrors(section, files, locale, keptGallery) }
}

/** The section that shows a field, from an error path such as `filmography.2.year`; unknown paths go to the last one. */
export function sectionOfPath(path: string): CinemaSection {
  const field = path.split('.')[0]
  return CINEMA_SECTIONS.find((section) => SECTION_FIELDS[section].includes(field)) ?? 'media'
}

/** A section's error paths in the order their fields appear. */
export function orderedErrorPaths(section: CinemaSection, errors: FieldErrors): string[] {
  const fields = SECTION_FIELDS[section]
  const rank = (path: string) => {
    const index = fields.indexOf(path.split('.')[0])
    return index === -1 ? fields.length : index
  }
  return Object.keys(errors)
    .filter((path) => path !== '' && sectionOfPath(path) === section)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }))
}

/** The first error in form order: the one that gets the focus on submit. */
export function firstErrorPath(errors: FieldErrors): string | undefined {
  for (const section of CINEMA_SECTIONS) {
    const [first] = orderedErrorPaths(section, errors)
    if (first) return first
  }
  return undefined
}

export type SectionState = 'empty' | 'progress' | 'complete' | 'error'

export function sectionTouched(section: CinemaSection, values: CinemaFormValues, files: CinemaFiles): boolean {
  const empty = emptyCinemaForm()
  const strip = (value: unknown) => JSON.stringify(value, (key, inner) => (key === 'key' ? undefined : inner))
  const changed = SECTION_VALUES[section].some((field) => strip(values[field]) !== strip(empty[field]))
  if (changed) return true
  if (section === 'identity') return files.photo !== null
  if (section === 'media') return files.cv !== null || files.gallery.length > 0
  return false
}

/**
 * A section's state for the progress indicator: errors shown → "error"; otherwise complete
 * when it passes its schema and was filled in or confirmed with "Continuer", in progress
 * when started but not yet valid, else empty.
 */
export function sectionState(
  section: CinemaSection,
  values: CinemaFormValues,
  files: CinemaFiles,
  errors: FieldErrors,
  confirmed: boolean,
  locale: FormLocale,
  context: ValidationContext = {},
): SectionState {
  if (Object.keys(errors).some((path) => path !== '' && sectionOfPath(path) === section)) return 'error'
  const touched = sectionTouched(section, values, files)
  if (!touched && !confirmed) return 'empty'
  const valid = Object.keys(validateSection(section, values, files, locale, new Date(), context)).length === 0
  if (valid) return 'complete'
  return touched ? 'progress' : 'empty'
}

/** The DOM id of a section (anchor and scroll target). */
export const sectionId = (section: CinemaSection) => `cinema-section-${section}`
