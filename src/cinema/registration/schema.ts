import { z } from 'zod'

import {
  AVAILABILITY_OPTIONS,
  BUILD_OPTIONS,
  CINEMA_PUBLIC_PARTS,
  CURRENCY_OPTIONS,
  DEFAULT_CINEMA_PUBLIC_PARTS,
  EYE_COLOUR_OPTIONS,
  FILMOGRAPHY_TYPE_OPTIONS,
  HAIR_COLOUR_OPTIONS,
  HAIR_TYPE_OPTIONS,
  RATE_UNIT_OPTIONS,
  ROLE_TYPE_OPTIONS,
  SKIN_TONE_OPTIONS,
} from '@/cinema/cinemaOptions'
import { format } from '@/i18n'
import { cinemaRegistrationMessages } from '@/i18n/messages/cinemaRegistration'
import { registrationSchema, type FormLocale } from '@/talents/registrationSchema'
import { feetInchesToCm, HEIGHT_UNITS, poundsToKg, WEIGHT_UNITS } from './units'

/**
 * The CINEMA registration (SPEC §5), one zod schema per section, used by the browser (on
 * leaving a section) and by the server (everything). Identity, contact and languages are
 * the talent registration's own rules; the rest is cinema's. Height and weight arrive in the
 * unit the person chose and leave in centimetres and kilograms.
 */
export const CINEMA_SECTIONS = ['identity', 'contact', 'physical', 'languages', 'roles', 'skills', 'experience', 'availability', 'media'] as const
export type CinemaSection = (typeof CINEMA_SECTIONS)[number]

const values = <T extends readonly { value: string }[]>(options: T) => options.map((option) => option.value) as [T[number]['value'], ...T[number]['value'][]]

export const MAX_GALLERY_PHOTOS = 8
export const MAX_SKILLS = 40
export const MAX_FILMOGRAPHY_ROWS = 100

/** 2000-02-30 parses in JavaScript (it rolls over); a real date survives the round trip. */
const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** Cross-field checks run even when another field failed: every error shows at once. */
const ALWAYS = { when: () => true }

/** An empty input is "not given"; anything else must be a number. */
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value)

export function cinemaRegistrationSchema(locale: FormLocale = 'fr', today = new Date()) {
  const m = cinemaRegistrationMessages[locale].validation
  const talent = registrationSchema(locale, today)
  const { identity, contact, location, profile, visibility } = talent.steps

  const optionalText = (max: number) =>
    z
      .string()
      .trim()
      .max(max, format(m.tooLong, { max }))
      .refine((value) => !/[<>]/.test(value), m.noMarkup)
      .optional()
      .transform((value) => value || undefined)
  const optionalNumber = (message: string, min: number, max: number, { integer = false } = {}) =>
    z.preprocess(blankToUndefined, (integer ? z.coerce.number({ error: message }).int(message) : z.coerce.number({ error: message })).min(min, message).max(max, message).optional())
  const choice = <T extends readonly { value: string }[]>(options: T) =>
    z.preprocess(blankToUndefined, z.enum(values(options), { error: m.choose }).optional())
  const webUrl = z
    .string()
    .trim()
    .max(300, format(m.tooLong, { max: 300 }))
    .refine((value) => value === '' || /^https?:\/\/[^\s<>]+\.[^\s<>]+$/i.test(value), m.url)
    .optional()
    .transform((value) => value || undefined)
  const date = z.preprocess(
    blankToUndefined,
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m.date).refine(isRealDate, m.date).optional(),
  )
  const flag = z.boolean().default(false)
  const maxFilmYear = today.getUTCFullYear() + 5

  const physical = z
    .object({
      heightUnit: z.enum(HEIGHT_UNITS).default('cm'),
      heightCm: optionalNumber(m.height, 50, 250),
      heightFeet: optionalNumber(m.heightFeet, 1, 8, { integer: true }),
      heightInches: optionalNumber(m.heightFeet, 0, 11.99),
      weightUnit: z.enum(WEIGHT_UNITS).default('kg'),
      weightValue: optionalNumber(m.weight, 0, 1000),
      build: choice(BUILD_OPTIONS),
      skinTone: choice(SKIN_TONE_OPTIONS),
      eyeColour: choice(EYE_COLOUR_OPTIONS),
      hairColour: choice(HAIR_COLOUR_OPTIONS),
      hairType: choice(HAIR_TYPE_OPTIONS),
      tattoos: flag,
      piercings: flag,
      distinctiveFeatures: optionalText(500),
    })
    .superRefine((data, ctx) => {
      const { heightCm, weightKg, heightPath } = measurements(data)
      if (heightCm !== undefined && (heightCm < 50 || heightCm > 250)) ctx.addIssue({ code: 'custom', path: [heightPath], message: m.height })
      if (data.heightUnit === 'ftin' && data.heightFeet === undefined && data.heightInches !== undefined)
        ctx.addIssue({ code: 'custom', path: ['heightFeet'], message: m.heightFeet })
      if (weightKg !== undefined && (weightKg < 20 || weightKg > 300)) ctx.addIssue({ code: 'custom', path: ['weightValue'], message: m.weight })
    }, ALWAYS)

  const languages = z.object({
    languages: profile.shape.languages,
    accents: optionalText(300),
  })

  const playingAge = optionalNumber(m.playingAge, 1, 100, { integer: true })
  const roles = z
    .object({
      categories: profile.shape.categories,
      roleTypes: z.array(z.enum(values(ROLE_TYPE_OPTIONS), { error: m.roleTypes })).default([]),
      playingAgeMin: playingAge,
      playingAgeMax: playingAge,
    })
    .refine(
      ({ playingAgeMin: min, playingAgeMax: max }) => typeof min !== 'number' || typeof max !== 'number' || max >= min,
      { path: ['playingAgeMax'], message: m.playingAgeOrder, ...ALWAYS },
    )

  const skills = z.object({
    skills: z.array(z.coerce.number().int().positive()).max(MAX_SKILLS, m.skills).default([]),
    otherSkills: optionalText(500),
  })

  const filmRow = z.object({
    title: z.string({ error: m.filmTitle }).trim().min(1, m.filmTitle).max(200, format(m.tooLong, { max: 200 })).refine((value) => !/[<>]/.test(value), m.noMarkup),
    year: optionalNumber(format(m.filmYear, { max: maxFilmYear }), 1900, maxFilmYear, { integer: true }),
    type: choice(FILMOGRAPHY_TYPE_OPTIONS),
    role: optionalText(160),
    director: optionalText(160),
    company: optionalText(160),
    imdbId: z
      .string()
      .trim()
      .refine((value) => value === '' || /^tt\d{5,12}$/.test(value), m.imdbId)
      .optional()
      .transform((value) => value || undefined),
    posterUrl: z
      .string()
      .trim()
      .max(500)
      .refine((value) => value === '' || /^https:\/\/\S+$/i.test(value), m.url)
      .optional()
      .transform((value) => value || undefined),
  })
  const experience = z.object({
    yearsOfExperience: z.preprocess(blankToUndefined, profile.shape.yearsOfExperience),
    training: optionalText(2000),
    filmography: z.array(filmRow).max(MAX_FILMOGRAPHY_ROWS, m.filmography).default([]),
  })

  const availability = z.object({
    availability: z.enum(values(AVAILABILITY_OPTIONS), { error: m.choose }).default('available'),
    availableFrom: date,
    willingToTravel: flag,
    hasPassport: flag,
    unionMember: flag,
    unionName: optionalText(160),
    rate: optionalNumber(m.rate, 0, 1_000_000_000),
    rateCurrency: z.enum(values(CURRENCY_OPTIONS), { error: m.choose }).default('XOF'),
    rateUnit: z.enum(values(RATE_UNIT_OPTIONS), { error: m.choose }).default('day'),
    rateNegotiable: flag,
    availabilityNotes: optionalText(1000),
  })

  const media = z.object({
    showreelUrl: webUrl,
    socialLinks: z
      .object({ instagram: webUrl, facebook: webUrl, tiktok: webUrl, youtube: webUrl, imdb: webUrl, website: webUrl })
      .default({ instagram: undefined, facebook: undefined, tiktok: undefined, youtube: undefined, imdb: undefined, website: undefined }),
    isPublic: visibility.shape.isPublic,
    publicParts: z.array(z.enum(values(CINEMA_PUBLIC_PARTS), { error: m.choose })).default([...DEFAULT_CINEMA_PUBLIC_PARTS]),
    consent: visibility.shape.consent,
    preferredLanguage: visibility.shape.preferredLanguage,
  })

  const sections = {
    identity,
    contact: contact.extend(location.shape),
    physical,
    languages,
    roles,
    skills,
    experience,
    availability,
    media,
  } satisfies Record<CinemaSection, z.ZodType>

  // One object for the server: every section's fields, their own checks, then cm and kg.
  const fields = z.object({
    ...sections.identity.shape,
    ...sections.contact.shape,
    ...physical.shape,
    ...languages.shape,
    ...roles.shape,
    ...skills.shape,
    ...experience.shape,
    ...availability.shape,
    ...media.shape,
  })
  // The sections' own cross-field checks; their field issues are already the object's.
  const crossChecks = (data: unknown, ctx: z.RefinementCtx) => {
    for (const schema of [physical, roles]) {
      const result = schema.safeParse(data)
      for (const issue of result.error?.issues ?? []) if (issue.code === 'custom') ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })
    }
  }
  const full = fields.superRefine(crossChecks, ALWAYS).transform(storedMeasurements)

  // The owner editing their profile (/mon-espace/cinema): the account's email is not theirs to
  // change here, and consent was given at registration.
  const editSections = {
    ...sections,
    contact: sections.contact.omit({ email: true }),
    media: media.omit({ consent: true, preferredLanguage: true }),
  } satisfies Record<CinemaSection, z.ZodType>
  const editFull = fields.omit({ email: true, consent: true, preferredLanguage: true }).superRefine(crossChecks, ALWAYS).transform(storedMeasurements)

  return { sections, full, edit: { sections: editSections, full: editFull } }
}

type TypedMeasurements = { heightUnit?: string; heightCm?: number; heightFeet?: number; heightInches?: number; weightUnit?: string; weightValue?: number }

/** The typed height and weight (whatever the unit) replaced by what the profile stores: cm and kg. */
function storedMeasurements<T extends TypedMeasurements>({ heightUnit, heightCm, heightFeet, heightInches, weightUnit, weightValue, ...rest }: T) {
  const measured = measurements({ heightUnit, heightCm, heightFeet, heightInches, weightUnit, weightValue })
  return { ...rest, heightCm: measured.heightCm, weightKg: measured.weightKg }
}

/** The same sections for the owner's edit form: no email, no consent (see `edit` above). */
export function cinemaProfileEditSchema(locale: FormLocale = 'fr', today = new Date()) {
  return cinemaRegistrationSchema(locale, today).edit
}

/** The height in cm and weight in kg from what was typed, in whichever unit. */
export function measurements(data: {
  heightUnit?: string
  heightCm?: number
  heightFeet?: number
  heightInches?: number
  weightUnit?: string
  weightValue?: number
}): { heightCm?: number; weightKg?: number; heightPath: string } {
  const imperial = data.heightUnit === 'ftin'
  const heightCm = imperial
    ? data.heightFeet === undefined
      ? undefined
      : feetInchesToCm(data.heightFeet, data.heightInches ?? 0)
    : data.heightCm === undefined
      ? undefined
      : Math.round(data.heightCm)
  const weightKg =
    data.weightValue === undefined ? undefined : data.weightUnit === 'lb' ? poundsToKg(data.weightValue) : Math.round(data.weightValue * 10) / 10
  return { heightCm, weightKg, heightPath: imperial ? 'heightFeet' : 'heightCm' }
}

export type CinemaRegistrationInput = z.input<ReturnType<typeof cinemaRegistrationSchema>['full']>
export type CinemaRegistration = z.output<ReturnType<typeof cinemaRegistrationSchema>['full']>

export type CinemaProfileEditInput = z.input<ReturnType<typeof cinemaProfileEditSchema>['full']>
export type CinemaProfileEdit = z.output<ReturnType<typeof cinemaProfileEditSchema>['full']>

type Parsed<T> = { success: true; data: T } | { success: false; errors: { path: string; message: string }[] }
export type ParsedCinemaRegistration = Parsed<CinemaRegistration>
export type ParsedCinemaProfileEdit = Parsed<CinemaProfileEdit>

/**
 * The whole form, checked section by section so that every section's errors come back at
 * once (zod skips an object's cross-field checks once another field failed), then parsed
 * into what the profile stores.
 */
function parseBySection<T>(schema: { sections: Record<CinemaSection, z.ZodType>; full: z.ZodType<T> }, input: unknown): Parsed<T> {
  const errors: { path: string; message: string }[] = []
  for (const section of CINEMA_SECTIONS) {
    const result = schema.sections[section].safeParse(input)
    if (!result.success) errors.push(...result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })))
  }
  const full = schema.full.safeParse(input)
  if (full.success && errors.length === 0) return { success: true, data: full.data }
  if (!full.success) {
    const seen = new Set(errors.map((error) => error.path))
    for (const issue of full.error.issues) if (!seen.has(issue.path.join('.'))) errors.push({ path: issue.path.join('.'), message: issue.message })
  }
  return { success: false, errors }
}

/** What the server runs on the submitted registration form. */
export function parseCinemaRegistration(input: unknown, locale: FormLocale = 'fr', today = new Date()): ParsedCinemaRegistration {
  return parseBySection(cinemaRegistrationSchema(locale, today), input)
}

/** What the server runs on the owner's edit form. */
export function parseCinemaProfileEdit(input: unknown, locale: FormLocale = 'fr', today = new Date()): ParsedCinemaProfileEdit {
  return parseBySection(cinemaProfileEditSchema(locale, today), input)
}
