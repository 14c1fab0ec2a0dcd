import { commitTransaction, initTransaction, killTransaction, type Payload } from 'payload'

import { checkedFile, RegistrationError, type UploadedFile } from '@/accounts/registrationAccount'
import { MAX_GALLERY_PHOTOS, parseCinemaProfileEdit, type CinemaProfileEdit } from '@/cinema/registration/schema'
import { cinemaSpaceMessages } from '@/i18n/messages/cinemaSpace'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { relationId } from '@/payload/relationId'
import type { FieldError } from '@/talentSpace/actionResult'
import { isPayloadError, validationErrors } from '@/talentSpace/payloadErrors'
import { createOwnFile, deleteOwnFiles } from '@/talentSpace/replaceOwnFile'
import { requestFor } from '@/talentSpace/requestFor'
import type { FormLocale } from '@/talents/registrationSchema'
import type { CinemaTalent, User } from '../../payload-types'

export type CinemaEditFiles = { photo?: UploadedFile; gallery?: UploadedFile[]; cv?: UploadedFile }
/** Gallery photos (ids) to take off the profile, and whether the CV goes. */
export type CinemaEditRemovals = { gallery?: number[]; cv?: boolean }

export type CinemaSaveResult = { ok: true; message: string } | { ok: false; status: number; message: string; errors: FieldError[] }

/** Every field of the edit form, as stored: what the owner emptied is cleared (null), not kept. */
const EDITABLE_FIELDS = [
  'firstName', 'lastName', 'stageName', 'gender', 'dateOfBirth', 'nationality',
  'phone', 'whatsapp', 'country', 'city', 'address',
  'heightCm', 'weightKg', 'build', 'skinTone', 'eyeColour', 'hairColour', 'hairType', 'tattoos', 'piercings', 'distinctiveFeatures',
  'languages', 'accents',
  'categories', 'roleTypes', 'playingAgeMin', 'playingAgeMax',
  'skills', 'otherSkills',
  'yearsOfExperience', 'training', 'filmography',
  'availability', 'availableFrom', 'willingToTravel', 'hasPassport', 'unionMember', 'unionName', 'rate', 'rateCurrency', 'rateUnit', 'rateNegotiable', 'availabilityNotes',
  'showreelUrl', 'socialLinks', 'isPublic', 'publicParts',
] as const satisfies readonly (keyof CinemaProfileEdit & keyof CinemaTalent)[]

export function cinemaProfileUpdateData(input: CinemaProfileEdit) {
  const data: Record<string, unknown> = Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, input[field] ?? null]))
  data.socialLinks = Object.fromEntries(Object.entries(input.socialLinks ?? {}).map(([network, url]) => [network, url ?? null]))
  return data as Partial<CinemaTalent>
}

const ids = (values: unknown[] | null | undefined) => (values ?? []).map(relationId).filter((id): id is number => id != null)

/**
 * Saves the owner's cinema profile from the edit form (/mon-espace/cinema), all or nothing:
 * new photos and CV stored as the talent's own documents, the profile updated *as them*
 * (`overrideAccess: false`), then the replaced or removed files deleted, in one transaction.
 * Only the owner may: staff edit cinema profiles in the admin. The code never changes (the
 * field is not writable and not in the form).
 */
export async function updateOwnCinemaProfile(
  payload: Payload,
  { user, profileId, input, files = {}, removals = {}, locale }: { user: User; profileId: number; input: unknown; files?: CinemaEditFiles; removals?: CinemaEditRemovals; locale: FormLocale },
): Promise<CinemaSaveResult> {
  const m = cinemaSpaceMessages[locale].save
  const refuse = (status: number, message: string, errors: FieldError[] = []): CinemaSaveResult => ({ ok: false, status, message, errors })

  const parsed = parseCinemaProfileEdit(input, locale)
  if (!parsed.success) return refuse(400, m.fixErrors, parsed.errors)

  const req = await requestFor(payload, { user, locale })
  // Read as the person: someone else's profile comes back without its `user` (owner-only field), or not at all.
  const current = await payload.findByID({ collection: 'cinema-talents', id: profileId, depth: 0, overrideAccess: false, user, req, disableErrors: true })
  if (!current || relationId(current.user) !== user.id) return refuse(403, m.forbidden)

  const city = await payload.findByID({ collection: 'cities', id: parsed.data.city, depth: 0, req, disableErrors: true })
  if (!city || relationId(city.country) !== parsed.data.country) {
    return refuse(400, m.fixErrors, [{ path: 'city', message: talentSpaceMessages[locale].validation.cityNotInCountry }])
  }

  const galleryBefore = ids(current.gallery)
  const removedGallery = galleryBefore.filter((id) => removals.gallery?.includes(id))
  const keptGallery = galleryBefore.filter((id) => !removedGallery.includes(id))
  if (keptGallery.length + (files.gallery?.length ?? 0) > MAX_GALLERY_PHOTOS) return refuse(400, m.fixErrors, [{ path: 'gallery', message: m.galleryFull }])

  let checked
  try {
    checked = {
      photo: await checkedFile('photo', files.photo, locale),
      cv: await checkedFile('cv', files.cv, locale),
      gallery: await Promise.all((files.gallery ?? []).map((file, index) => checkedFile('photo', file, locale, `gallery.${index}`))),
    }
  } catch (error) {
    if (error instanceof RegistrationError) return refuse(400, m.fixErrors, error.fieldErrors)
    throw error
  }

  const photoBefore = relationId(current.photo)
  const cvBefore = relationId(current.cv)
  const name = current.displayName ?? `${parsed.data.firstName} ${parsed.data.lastName}`
  await initTransaction(req)
  try {
    const photo = checked.photo ? await createOwnFile(req, 'photo', checked.photo, name) : undefined
    const gallery = []
    for (const [index, file] of checked.gallery.entries()) if (file) gallery.push(await createOwnFile(req, 'photo', file, `${name} (${keptGallery.length + index + 2})`))
    const cv = checked.cv ? await createOwnFile(req, 'cv', checked.cv) : undefined

    const data = cinemaProfileUpdateData(parsed.data)
    if (photo) data.photo = photo.id
    data.gallery = [...keptGallery, ...gallery.map((doc) => doc.id)]
    if (cv) data.cv = cv.id
    else if (removals.cv) data.cv = null
    await payload.update({ collection: 'cinema-talents', id: profileId, data, depth: 0, overrideAccess: false, user, req })

    // Last: a deleted file cannot come back if something before it failed.
    await deleteOwnFiles(req, 'photo', [...(photo && photoBefore ? [photoBefore] : []), ...removedGallery])
    if (cvBefore && (cv || removals.cv)) await deleteOwnFiles(req, 'cv', [cvBefore])
    await commitTransaction(req)
    return { ok: true, message: m.saved }
  } catch (error) {
    await killTransaction(req)
    if (isPayloadError(error, 'ValidationError')) return refuse(400, m.fixErrors, validationErrors(error))
    if (isPayloadError(error, 'Forbidden') || isPayloadError(error, 'NotFound')) return refuse(403, m.forbidden)
    payload.logger.error({ err: error, msg: 'Cinema space: profile not saved' })
    return refuse(500, m.unknown)
  }
}
