import type { Access, Where } from 'payload'

import { hasRole, isAdminUser } from '@/access/roles'

/**
 * Admins (the contracts staff) read every contract; a talent only the contracts whose party
 * profile — talent or cinema talent — they own. The presence and SEO roles read none.
 */
export const canReadContracts: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  if (!hasRole(user, 'talent')) return false
  const own: Where = { or: [{ 'talent.user': { equals: user.id } }, { 'cinemaTalent.user': { equals: user.id } }] }
  return own
}
