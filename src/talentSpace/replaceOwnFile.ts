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

const asOwner = (req: PayloadRequest) => ({ overrideAccess: false, user: req.user as User, req, depth: 0 }) as const

/**
 * A new photo or CV stored as the signed-in person (`req.user`): its collection checks the
 * real type and size, names it, and makes them its owner. Shared by the talent and cinema spaces.
 */
export async function createOwnFile(req: PayloadRequest, kind: OwnFileKind, file: File, alt = ''): Promise<Photo | Cv> {
  return kind === 'photo'
    ? req.payload.create({ collection: 'photos', data: { alt }, file, ...asOwner(req) })
    : req.payload.create({ collection: 'cvs', data: {}, file, ...asOwner(req) })
}

/**
 * Deletes some of the signed-in person's photos or CVs, with their files on disk. Deleting by
 * `where` with access rules only ever removes documents this person owns; one that cannot go
 * throws, so that the surrounding transaction rolls back.
 */
export async function deleteOwnFiles(req: PayloadRequest, kind: OwnFileKind, ids: number[]): Promise<void> {
  if (ids.length === 0) return
  const where = { id: { in: ids } }
  const result =
    kind === 'photo'
      ? await req.payload.delete({ collection: 'photos', where, ...asOwner(req) })
      : await req.payload.delete({ collection: 'cvs', where, ...asOwner(req) })
  if (result.errors.length > 0) throw new Error(`Previous ${kind} not deleted: ${result.errors[0].message}`)
}

/**
 * Replaces the signed-in talent's photo or CV, all or nothing: the new file document is
 * created as them, the profile points to it, and the previous document goes (last, because a
 * deleted file cannot come back if something before it failed). Every call runs as the
 * person (`overrideAccess: false`) inside one transaction on `req`.
 */
export async function replaceOwnFile(req: PayloadRequest, kind: OwnFileKind, file: File): Promise<Photo | Cv> {
  const { payload } = req
  const user = req.user as User
  const shouldCommit = await initTransaction(req)
  try {
    const talent = await findOwnTalent(payload, user, { req })
    if (!talent) throw new NotFound(req.t)

    const created = await createOwnFile(req, kind, file, talent.displayName ?? '')
    await payload.update({ collection: 'talents', id: talent.id, data: { [kind]: created.id }, ...asOwner(req) })

    const previous = idOf(talent[kind])
    if (previous && previous !== created.id) await deleteOwnFiles(req, kind, [previous])

    if (shouldCommit) await commitTransaction(req)
    return created
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
