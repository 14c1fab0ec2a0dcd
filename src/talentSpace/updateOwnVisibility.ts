import type { Payload } from 'payload'

import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { visibilitySchema } from '@/talents/editProfileSchema'
import { fieldErrors, type FormLocale } from '@/talents/registrationSchema'
import type { User } from '../../payload-types'
import { failed, failureFromError, succeeded, type ActionResult } from './actionResult'
import { requestFor } from './requestFor'

/**
 * Public or private, and which parts a public profile shows. The talent hooks keep the
 * photo's own visibility in step with the profile's.
 */
export async function updateOwnVisibility(
  payload: Payload,
  { user, talentId, input, locale }: { user: User; talentId: number; input: unknown; locale: FormLocale },
): Promise<ActionResult> {
  const m = talentSpaceMessages[locale]
  const parsed = visibilitySchema(locale).safeParse(input)
  if (!parsed.success) return failed(m.common.fixErrors, fieldErrors(parsed.error))

  try {
    const req = await requestFor(payload, { user, locale })
    await payload.update({
      collection: 'talents',
      id: talentId,
      data: { isPublic: parsed.data.isPublic, publicParts: parsed.data.publicParts },
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    return succeeded(m.visibility.saved)
  } catch (error) {
    return failureFromError(payload, error, locale)
  }
}
