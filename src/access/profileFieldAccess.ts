import type { FieldAccess } from 'payload'

import { isStaffUser } from './roles'

/** A talent or cinema profile as field access sees it: its owner, visibility and chosen public parts. */
type ProfileLike = { id: number | string; user?: number | string | { id: number | string } | null; isPublic?: boolean | null; publicParts?: string[] | null }

function isOwner(userId: number | string | undefined, doc: ProfileLike | undefined): boolean {
  if (!userId || !doc?.user) return false
  const ownerId = typeof doc.user === 'object' ? doc.user.id : doc.user
  return ownerId === userId
}

/** Contact and identity data: the talent and staff only, never the public. */
export const ownerOrStaffOnly: FieldAccess<ProfileLike> = ({ req: { user }, doc }) =>
  isStaffUser(user) || isOwner(user?.id, doc)

/** A part of the profile that the public sees only when the talent chose to show it. */
export const publicWhenChosen =
  (part: string): FieldAccess<ProfileLike> =>
  ({ req: { user }, doc }) =>
    isStaffUser(user) || isOwner(user?.id, doc) || Boolean(doc?.isPublic && doc.publicParts?.includes(part))
