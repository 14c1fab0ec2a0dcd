import type { Payload } from 'payload'

import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { editProfileSchema, type EditProfile } from '@/talents/editProfileSchema'
import { fieldErrors, type FormLocale } from '@/talents/registrationSchema'
import type { Talent, User } from '../../payload-types'
import { failed, failureFromError, succeeded, type ActionResult } from './actionResult'
import { requestFor } from './requestFor'

/** The validated form as the talent document's fields; an emptied optional field is cleared (null). */
export function profileUpdateData(input: EditProfile) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    stageName: input.stageName ?? null,
    dateOfBirth: input.dateOfBirth,
    nationality: input.nationality ?? null,
    phone: input.phone,
    whatsapp: input.whatsapp ?? null,
    emergencyContact: input.emergencyContact ?? null,
    idDocumentNumber: input.idDocumentNumber ?? null,
    country: input.country,
    city: input.city,
    address: input.address ?? null,
    categories: input.categories,
    languages: input.languages,
    skills: input.skills,
    yearsOfExperience: input.yearsOfExperience ?? null,
    experience: input.experience ?? null,
  } satisfies Partial<Record<keyof Talent, unknown>>
}

/**
 * Saves the talent's own profile form. Validated with zod, then written through the Local
 * API *as the signed-in user* (`overrideAccess: false`), so Payload's rules decide: only
 * the owner (or an admin) may update, and `code`/`user` are never writable by a talent.
 */
export async function updateOwnProfile(
  payload: Payload,
  { user, talentId, input, locale }: { user: User; talentId: number; input: unknown; locale: FormLocale },
): Promise<ActionResult> {
  const m = talentSpaceMessages[locale].common
  const parsed = editProfileSchema(locale).safeParse(input)
  if (!parsed.success) return failed(m.fixErrors, fieldErrors(parsed.error))

  try {
    const req = await requestFor(payload, { user, locale })
    // Payload would refuse it too (the field's filterOptions), in its own generic words.
    const city = await payload.find({ collection: 'cities', where: { id: { equals: parsed.data.city } }, depth: 0, limit: 1, select: { country: true }, req })
    const cityCountry = city.docs[0]?.country
    if (!city.docs[0] || (typeof cityCountry === 'object' ? cityCountry.id : cityCountry) !== parsed.data.country) {
      return failed(m.fixErrors, [{ path: 'city', message: talentSpaceMessages[locale].validation.cityNotInCountry }])
    }
    await payload.update({
      collection: 'talents',
      id: talentId,
      data: profileUpdateData(parsed.data),
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    return succeeded(m.saved)
  } catch (error) {
    return failureFromError(payload, error, locale)
  }
}
