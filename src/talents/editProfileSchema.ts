import { z } from 'zod'

import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { PUBLISHABLE_PARTS, type PublishablePart } from './profileOptions'
import { registrationSchema, type FormLocale } from './registrationSchema'

/** An empty select or number input sends ''; for an optional field that means "none". */
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value)

/**
 * The talent's own profile form in /mon-espace: the registration rules for the fields both
 * forms share (names, date of birth, phone, location, categories, languages…), plus the
 * contact fields only the profile has. Gender and code are fixed after registration (the
 * code encodes them), the email is the sign-in identifier: none of them is editable here.
 * Unknown keys (`code`, `user`…) are dropped.
 */
export function editProfileSchema(locale: FormLocale = 'fr', today = new Date()) {
  const { steps } = registrationSchema(locale, today)
  const m = talentSpaceMessages[locale].validation
  const optionalText = (max: number) =>
    z
      .string()
      .trim()
      .max(max, m.tooLong(max))
      .refine((value) => !/[<>]/.test(value), m.noMarkup)
      .optional()
      .transform((value) => value || undefined)

  return steps.identity
    .omit({ gender: true })
    .extend({ nationality: z.preprocess(blankToUndefined, steps.identity.shape.nationality) })
    .extend(steps.contact.pick({ phone: true, whatsapp: true }).shape)
    .extend({ emergencyContact: optionalText(160), idDocumentNumber: optionalText(60) })
    .extend(steps.location.shape)
    .extend(steps.profile.shape)
    .extend({ yearsOfExperience: z.preprocess(blankToUndefined, steps.profile.shape.yearsOfExperience) })
}

export type EditProfileInput = z.input<ReturnType<typeof editProfileSchema>>
export type EditProfile = z.output<ReturnType<typeof editProfileSchema>>

const PART_VALUES = PUBLISHABLE_PARTS.map((part) => part.value) as [PublishablePart, ...PublishablePart[]]

/** Public or private, and which optional parts a public profile shows. */
export function visibilitySchema(locale: FormLocale = 'fr') {
  const m = talentSpaceMessages[locale].validation
  return z.object({
    isPublic: z.boolean({ error: m.parts }),
    publicParts: z
      .array(z.enum(PART_VALUES, { error: m.parts }), { error: m.parts })
      .transform((parts) => PART_VALUES.filter((part) => parts.includes(part))),
  })
}

export type Visibility = z.output<ReturnType<typeof visibilitySchema>>
