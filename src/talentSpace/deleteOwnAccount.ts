import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import type { Talent, User } from '../../payload-types'

export type DeletedAccount = { talent: number; photos: number; cvs: number; user: number }

async function deleteOwned(req: PayloadRequest, collection: 'photos' | 'cvs', user: User): Promise<number> {
  const { docs, errors } = await req.payload.delete({
    collection,
    where: { owner: { equals: user.id } },
    overrideAccess: false,
    user,
    req,
  })
  if (errors.length > 0) throw new Error(`${collection}: ${errors[0].message}`)
  return docs.length
}

/**
 * Erases the signed-in talent and everything that is theirs, in one transaction on `req`:
 * the profile, every photo and CV they own (Payload removes the files on disk with the
 * documents), then the account itself. Everything but the account is deleted as the
 * person (`overrideAccess: false`), so only what the access rules say is theirs can go.
 */
export async function deleteOwnAccount(req: PayloadRequest, talent: Talent): Promise<DeletedAccount> {
  const { payload } = req
  const user = req.user as User
  const shouldCommit = await initTransaction(req)
  try {
    await payload.delete({ collection: 'talents', id: talent.id, overrideAccess: false, user, req })
    const photos = await deleteOwned(req, 'photos', user)
    const cvs = await deleteOwned(req, 'cvs', user)
    // Talents may not delete users through the API (a profile would be left without its
    // account); here the person being deleted is exactly the one asking, checked by the caller.
    await payload.delete({ collection: 'users', id: user.id, req })
    if (shouldCommit) await commitTransaction(req)
    return { talent: talent.id, photos, cvs, user: user.id }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
