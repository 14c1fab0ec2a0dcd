import type { z } from 'zod'

import { precheckUpload, uploadErrorMessage, type UploadKind } from '@/uploads/uploadLimits'
import type { LANGUAGE_LEVEL_OPTIONS } from './profileOptions'
import { registrationSchema, type FormLocale, type RegistrationInput, type RegistrationStep } from './registrationSchema'

/**
 * The registration form's state and rules, apart from React: which fields each step
 * shows, how the typed values become the schema's input, and where an error belongs.
 */
export const FORM_STEPS = ['identity', 'contact', 'location', 'profile', 'files', 'visibility', 'review'] as const
export type FormStep = (typeof FORM_STEPS)[number]

/** The fields of each step, in the order they appear (the first error of a step gets the focus). */
export const STEP_FIELDS: Record<FormStep, readonly string[]> = {
  identity: ['firstName', 'lastName', 'stageName', 'gender', 'dateOfBirth', 'nationality'],
  contact: ['email', 'phone', 'whatsapp'],
  location: ['country', 'city', 'address'],
  profile: ['categories', 'languages', 'skills', 'yearsOfExperience', 'experience'],
  files: ['photo', 'cv'],
  visibility: ['isPublic', 'consent', 'preferredLanguage'],
  review: [],
}

type LanguageLevel = (typeof LANGUAGE_LEVEL_OPTIONS)[number]['value']

export type LanguageRow = { key: string; language: string; level: LanguageLevel }

/** What the inputs hold: strings as typed, ids as strings, nothing validated yet. */
export type RegistrationFormValues = {
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
  categories: string[]
  languages: LanguageRow[]
  skills: string[]
  yearsOfExperience: string
  experience: string
  isPublic: boolean | null
  consent: boolean
}

export type RegistrationFiles = { photo: File | null; cv: File | null }

/** Field path (`email`, `languages.0.language`) → the message shown under that field. */
export type FieldErrors = Record<string, string>

let rowCounter = 0
export function newLanguageRow(): LanguageRow {
  rowCounter += 1
  return { key: `language-${rowCounter}`, language: '', level: 'fluent' }
}

/** The identity and contact answers both registration forms (talent and cinema) start from. */
export function emptyIdentityAndContact() {
  return {
    firstName: '',
    lastName: '',
    stageName: '',
    gender: '',
    birthDay: '',
    birthMonth: '',
    birthYear: '',
    nationality: '',
    email: '',
    phone: '',
    whatsapp: '',
    whatsappSameAsPhone: false,
    country: '',
    city: '',
    address: '',
  }
}

export function emptyRegistrationForm(): RegistrationFormValues {
  return {
    ...emptyIdentityAndContact(),
    categories: [],
    languages: [newLanguageRow()],
    skills: [],
    yearsOfExperience: '',
    experience: '',
    isPublic: null,
    consent: false,
  }
}

/**
 * Day, month and year as typed → `YYYY-MM-DD`, or undefined when all three are empty.
 * Anything incomplete stays malformed on purpose, so the schema says "Date invalide".
 */
export function composeDateOfBirth(day: string, month: string, year: string): string | undefined {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()]
  if (!d && !m && !y) return undefined
  const pad = (value: string) => (/^\d$/.test(value) ? `0${value}` : value)
  return `${y}-${pad(m)}-${pad(d)}`
}

const orUndefined = (value: string) => (value.trim() === '' ? undefined : value)

/** The JSON sent as the `data` field, which the server parses with the same schema. */
export function toRegistrationInput(values: RegistrationFormValues, locale: FormLocale): Partial<RegistrationInput> {
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    stageName: values.stageName,
    gender: orUndefined(values.gender) as RegistrationInput['gender'],
    dateOfBirth: composeDateOfBirth(values.birthDay, values.birthMonth, values.birthYear),
    nationality: orUndefined(values.nationality),
    email: values.email,
    phone: values.phone,
    whatsapp: values.whatsappSameAsPhone ? values.phone : values.whatsapp,
    country: orUndefined(values.country),
    city: orUndefined(values.city),
    address: values.address,
    categories: values.categories,
    languages: values.languages.map(({ language, level }) => ({ language: orUndefined(language), level })),
    skills: values.skills,
    yearsOfExperience: orUndefined(values.yearsOfExperience),
    experience: values.experience,
    isPublic: values.isPublic ?? undefined,
    consent: values.consent as true,
    preferredLanguage: locale,
  }
}

/** Keeps the first message of each field, as zod and the server list them. */
export function errorsByPath(issues: readonly { path: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const { path, message } of issues) if (!(path in errors)) errors[path] = message
  return errors
}

const zodIssues = (error: z.ZodError) => error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))

const isSchemaStep = (step: FormStep): step is RegistrationStep =>
  step === 'identity' || step === 'contact' || step === 'location' || step === 'profile' || step === 'visibility'

/** The errors of one step, in the visitor's language; files are judged by size and name only. */
export function validateFormStep(
  step: FormStep,
  values: RegistrationFormValues,
  files: RegistrationFiles,
  locale: FormLocale,
  today = new Date(),
): FieldErrors {
  if (step === 'files') {
    const errors: FieldErrors = {}
    for (const kind of ['photo', 'cv'] as const) {
      const file = files[kind]
      const refusal = file ? precheckUpload(kind, file) : null
      if (refusal) errors[kind] = uploadErrorMessage(kind, refusal, locale)
    }
    return errors
  }
  if (!isSchemaStep(step)) return {}
  const result = registrationSchema(locale, today).steps[step].safeParse(toRegistrationInput(values, locale))
  return result.success ? {} : errorsByPath(zodIssues(result.error))
}

/** The step that shows a field, from an error path such as `languages.1.level`; unknown paths go to the review. */
export function stepOfPath(path: string): FormStep {
  const field = path.split('.')[0]
  return FORM_STEPS.find((step) => STEP_FIELDS[step].includes(field)) ?? 'review'
}

/** The error paths of a step in the order their fields appear. */
export function orderedErrorPaths(step: FormStep, errors: FieldErrors): string[] {
  const fields = STEP_FIELDS[step]
  const rank = (path: string) => {
    const index = fields.indexOf(path.split('.')[0])
    return index === -1 ? fields.length : index
  }
  return Object.keys(errors)
    .filter((path) => stepOfPath(path) === step)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }))
}

/** The earliest step holding one of these errors. */
export function firstStepWithErrors(errors: FieldErrors): FormStep | undefined {
  return FORM_STEPS.find((step) => Object.keys(errors).some((path) => stepOfPath(path) === step))
}

/** The DOM id of the control that receives the focus (and the label) for a field path. */
export function fieldId(path: string): string {
  return `registration-${path.replace(/\./g, '-')}`
}

/** The answer of POST /api/registrations/talent on refusal, or Payload's own error shape, flattened. */
export function serverFieldErrors(body: unknown): { path: string; message: string }[] {
  const errors = (body as { errors?: unknown } | null)?.errors
  if (!Array.isArray(errors)) return []
  return errors.flatMap((error) => {
    const nested = (error as { data?: { errors?: unknown } })?.data?.errors
    if (Array.isArray(nested)) return serverFieldErrors({ errors: nested })
    const { path, field, message } = error as { path?: unknown; field?: unknown; message?: unknown }
    if (typeof message !== 'string') return []
    return [{ path: typeof path === 'string' ? path : typeof field === 'string' ? field : '', message }]
  })
}
