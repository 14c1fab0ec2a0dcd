import type { Access, Where } from 'payload'

import { hasRole, isAdminUser } from '@/access/roles'

/**
 * Attendance records: admins (and SEO staff, read-only everywhere) all; attendance staff
 * those of the projects they are assigned to; a talent their own, through either profile.
 */
export const canReadAttendances: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user) || hasRole(user, 'seo')) return true
  const where: Where = hasRole(user, 'presence')
    ? { 'project.presenceStaff': { equals: user.id } }
    : { or: [{ 'cinemaTalent.user': { equals: user.id } }, { 'talent.user': { equals: user.id } }] }
  return where
}
