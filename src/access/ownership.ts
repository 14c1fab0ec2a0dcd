import type { Access, Where } from 'payload'

import { isAdminUser, isStaffUser } from './roles'

/** Staff see everything; a signed-in person only the documents whose `ownerField` is them. */
export const isStaffOrOwner =
  (ownerField: string): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    if (isStaffUser(user)) return true
    return { [ownerField]: { equals: user.id } }
  }

/** Admins change everything; a signed-in person only their own documents. */
export const isAdminOrOwner =
  (ownerField: string): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    if (isAdminUser(user)) return true
    return { [ownerField]: { equals: user.id } }
  }

/** Staff see everything; owners their own; everyone (visitors too) what is marked public. */
export const isStaffOwnerOrPublic =
  (ownerField: string, publicField: string): Access =>
  ({ req: { user } }) => {
    if (isStaffUser(user)) return true
    const isPublic: Where = { [publicField]: { equals: true } }
    if (!user) return isPublic
    return { or: [isPublic, { [ownerField]: { equals: user.id } }] }
  }
