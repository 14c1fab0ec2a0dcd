import {
  commitTransaction,
  initTransaction,
  killTransaction,
  NotFound,
  type File,
  type PayloadRequest,
} from 'payload'

import type { Cv, Photo, User } from '../../payload-types'
import { findOwnTalent } from './findOwnTalent'

export const OWN_FILE_KINDS = ['photo', 'cv'] as const
export type OwnFileKind = (typeof OWN_FILE_KINDS)[number]

export const isOwnFileKind = (value: unknown): value is OwnFileKind =>
  typeof value === 'string' && (OWN_FILE_KINDS as readonly string[]).includes(value)

const idOf = (value: number | { id: number } | null | undefined) => (typeof value === 'object' ? value?.id : value)

/**
 * Replaces the signed-in talent's photo or CV, all or nothing: the new file document is
 * created as them (its collection checks the real type and size and makes them its owner),
 * the profile points to it, and the previous document goes, with its files on disk. Every
 * call runs as the person (`overrideAccess: false`) inside one transaction on `req`.
 */
export async function replaceOwnFile(req: PayloadRequest, kind: OwnFileKind, file: File): Promise<Photo | Cv> {
  const { payload } = req
  const user = req.user as User
  const asOwner = { overrideAccess: false, user, req, depth: 0 } as const
  const shouldCommit = await initTransaction(req)
  try {
    const talent = await findOwnTalent(payload, user, { req })
    if (!talent) throw new NotFound(req.t)

    let created: Photo | Cv
    if (kind === 'photo') {
      created = await payload.create({ collection: 'photos', data: { alt: talent.displayName ?? '' }, file, ...asOwner })
      await payload.update({ collection: 'talents', id: talent.id, data: { photo: created.id }, ...asOwner })
    } else {
      created = await payload.create({ collection: 'cvs', data: {}, file, ...asOwner })
      await payload.update({ collection: 'talents', id: talent.id, data: { cv: created.id }, ...asOwner })
    }

    // Last, because a deleted file cannot come back if something before it failed. Deleting
    // by `where` with access rules only ever removes a document this person owns.
    const previous = idOf(talent[kind])
    if (previous && previous !== created.id) {
      const where = { id: { equals: previous } }
      const result =
        kind === 'photo'
          ? await payload.delete({ collection: 'photos', where, ...asOwner })
          : await payload.delete({ collection: 'cvs', where, ...asOwner })
      if (result.errors.length > 0) throw new Error(`Previous ${kind} ${previous} not deleted: ${result.errors[0].message}`)
    }

    if (shouldCommit) await commitTransaction(req)
    return created
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
