import type { Payload, PayloadRequest } from 'payload'

import type { CinemaFormValues } from '@/cinema/registration/form'
import type { CinemaTalent, User } from '../../payload-types'
import { cinemaFormValuesOf, existingFilesOf, type ExistingCinemaFiles } from './formValues'

export type OwnCinemaForm = { id: number; code: string; isPublic: boolean; values: CinemaFormValues; files: ExistingCinemaFiles }

/**
 * The id of the signed-in person's cinema profile. The `user` field is readable only once a
 * document is at hand, so Payload refuses it as a query path for a talent: the id is found by
 * the caller's own id without access rules (only the id is read), never taken from the browser.
 */
export async function findOwnCinemaProfileId(payload: Payload, user: Pick<User, 'id'>, req?: PayloadRequest): Promise<number | null> {
  const { docs } = await payload.find({ collection: 'cinema-talents', where: { user: { equals: user.id } }, select: { code: true }, depth: 0, limit: 1, pagination: false, req })
  return docs[0]?.id ?? null
}

/** The person's cinema profile as the edit form's values and files, read *as them* (private fields in plaintext). */
export async function loadOwnCinemaForm(payload: Payload, user: User, req?: PayloadRequest): Promise<OwnCinemaForm | null> {
  const id = await findOwnCinemaProfileId(payload, user, req)
  if (!id) return null
  const talent: CinemaTalent = await payload.findByID({ collection: 'cinema-talents', id, depth: 1, overrideAccess: false, user, req })
  return {
    id: talent.id,
    code: talent.code ?? '',
    isPublic: Boolean(talent.isPublic),
    values: cinemaFormValuesOf(talent, user.email),
    files: existingFilesOf(talent),
  }
}
