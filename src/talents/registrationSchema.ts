import { z } from 'zod'

import { GENDER_OPTIONS, LANGUAGE_LEVEL_OPTIONS } from './profileOptions'

/**
 * The talent registration form, validated by the same schema in the browser (each step)
 * and on the server (everything). Messages are in the visitor's language.
 */
export type FormLocale = 'fr' | 'en'

const MESSAGES = {
  fr: {
    required: 'Ce champ est obligatoire.',
    tooLong: (max: number) => `${max} caractères maximum.`,
    noMarkup: 'Les caractères < et > ne sont pas acceptés.',
    email: 'Adresse e-mail invalide.',
    phone: 'Numéro invalide : chiffres, espaces et + uniquement (6 à 20 caractères).',
    date: 'Date invalide.',
    tooYoung: 'Vous devez avoir au moins 16 ans pour vous inscrire.',
    tooOld: 'Vérifiez la date de naissance.',
    choose: 'Faites un choix dans la liste.',
    categories: 'Choisissez au moins une catégorie (8 au plus).',
    languages: 'Ajoutez au moins une langue.',
    duplicateLanguage: 'Chaque langue ne peut figurer qu’une fois.',
    years: 'Entre 0 et 80 ans.',
    consent: 'Votre consentement est nécessaire pour créer le profil.',
    visibility: 'Indiquez si votre profil doit être public ou privé.',
  },
  en: {
    required: 'This field is required.',
    tooLong: (max: number) => `${max} characters at most.`,
    noMarkup: 'The characters < and > are not accepted.',
    email: 'Invalid email address.',
    phone: 'Invalid number: digits, spaces and + only (6 to 20 characters).',
    date: 'Invalid date.',
    tooYoung: 'You must be at least 16 years old to register.',
    tooOld: 'Please check the date of birth.',
    choose: 'Pick an option from the list.',
    categories: 'Choose at least one category (8 at most).',
    languages: 'Add at least one language.',
    duplicateLanguage: 'Each language may appear only once.',
    years: 'Between 0 and 80 years.',
    consent: 'Your consent is needed to create the profile.',
    visibility: 'Choose whether your profile is public or private.',
  },
} as const

export const MINIMUM_AGE = 16

/** 2000-02-30 parses in JavaScript (it rolls over to March); a real date survives the round trip. */
function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

function ageOn(dateOfBirth: Date, today: Date): number {
  const age = today.getUTCFullYear() - dateOfBirth.getUTCFullYear()
  const birthdayPassed =
    today.getUTCMonth() > dateOfBirth.getUTCMonth() ||
    (today.getUTCMonth() === dateOfBirth.getUTCMonth() && today.getUTCDate() >= dateOfBirth.getUTCDate())
  return birthdayPassed ? age : age - 1
}

export function registrationSchema(locale: FormLocale = 'fr', today = new Date()) {
  const m = MESSAGES[locale]
  const name = (max: number) =>
    z
      .string({ error: m.required })
      .trim()
      .min(1, m.required)
      .max(max, m.tooLong(max))
      .refine((value) => !/[<>]/.test(value), m.noMarkup)
  const optionalText = (max: number) =>
    z
      .string()
      .trim()
      .max(max, m.tooLong(max))
      .optional()
      .transform((value) => value || undefined)
  const id = z.coerce.number({ error: m.choose }).int(m.choose).positive(m.choose)
  const phone = z
    .string({ error: m.required })
    .trim()
    .min(1, { error: m.required, abort: true })
    .regex(/^\+?[0-9 ().-]{6,20}$/, m.phone)

  const identity = z.object({
    firstName: name(80),
    lastName: name(80),
    stageName: optionalText(80).refine((value) => !value || !/[<>]/.test(value), m.noMarkup),
    gender: z.enum(GENDER_OPTIONS.map((option) => option.value) as ['F', 'M', 'X'], { error: m.choose }),
    dateOfBirth: z
      .string({ error: m.required })
      .regex(/^\d{4}-\d{2}-\d{2}$/, m.date)
      .refine(isRealDate, m.date)
      .refine((value) => ageOn(new Date(`${value}T00:00:00Z`), today) >= MINIMUM_AGE, m.tooYoung)
      .refine((value) => ageOn(new Date(`${value}T00:00:00Z`), today) <= 110, m.tooOld),
    nationality: id.optional(),
  })
  const contact = z.object({
    email: z
      .string({ error: m.required })
      .trim()
      .toLowerCase()
      .min(1, m.required)
      .pipe(z.email(m.email))
      .pipe(z.string().max(254, m.tooLong(254))),
    phone,
    whatsapp: z.union([z.literal(''), phone]).optional().transform((value) => value || undefined),
  })
  const location = z.object({
    country: id,
    city: id,
    address: optionalText(300),
  })
  const profile = z.object({
    categories: z.array(id).min(1, m.categories).max(8, m.categories),
    languages: z
      .array(z.object({ language: id, level: z.enum(LANGUAGE_LEVEL_OPTIONS.map((o) => o.value) as ['basic', 'intermediate', 'fluent', 'native'], { error: m.choose }) }))
      .min(1, m.languages)
      .refine((list) => new Set(list.map((entry) => entry.language)).size === list.length, m.duplicateLanguage),
    skills: z.array(id).max(30).default([]),
    yearsOfExperience: z.coerce.number({ error: m.years }).int(m.years).min(0, m.years).max(80, m.years).optional(),
    experience: optionalText(4000),
  })
  const visibility = z.object({
    isPublic: z.boolean({ error: m.visibility }),
    consent: z.literal(true, { error: m.consent }),
    preferredLanguage: z.enum(['fr', 'en']).default(locale),
  })

  return {
    steps: { identity, contact, location, profile, visibility },
    full: identity.extend(contact.shape).extend(location.shape).extend(profile.shape).extend(visibility.shape),
  }
}

export type RegistrationInput = z.input<ReturnType<typeof registrationSchema>['full']>
export type Registration = z.output<ReturnType<typeof registrationSchema>['full']>
export type RegistrationStep = keyof ReturnType<typeof registrationSchema>['steps']

/** Flattens zod issues into `{ path, message }` pairs, the shape Payload uses for field errors. */
export function fieldErrors(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
}
