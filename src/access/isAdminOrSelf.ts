import type { Access } from 'payload'
import { isAdminUser } from './roles'

/** Admins see everyone; any other signed-in user only their own user document. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  return { id: { equals: user.id } }
}
