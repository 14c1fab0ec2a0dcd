import { z } from 'zod'

import { MIN_PASSWORD_LENGTH } from '@/auth/passwordPolicy'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import type { FormLocale } from '@/talents/registrationSchema'

export const MAX_PASSWORD_LENGTH = 128

/** Current password, then the new one twice; the new one must differ from the current one. */
export function passwordChangeSchema(locale: FormLocale = 'fr') {
  const m = talentSpaceMessages[locale].password.errors
  return z
    .object({
      currentPassword: z.string({ error: m.currentRequired }).min(1, m.currentRequired),
      newPassword: z
        .string({ error: m.tooShort })
        .min(MIN_PASSWORD_LENGTH, m.tooShort)
        .max(MAX_PASSWORD_LENGTH, m.tooLong),
      confirmPassword: z.string({ error: m.mismatch }),
    })
    .refine((value) => value.confirmPassword === value.newPassword, { path: ['confirmPassword'], message: m.mismatch })
    .refine((value) => value.newPassword !== value.currentPassword, { path: ['newPassword'], message: m.sameAsCurrent })
}

export type PasswordChange = z.output<ReturnType<typeof passwordChangeSchema>>
