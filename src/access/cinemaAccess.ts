import type { Access, Where } from 'payload'

import { hasRole, isAdminUser } from './roles'

/**
 * Projects: admins and SEO staff see all (SEO read-only); on-set attendance staff only the
 * projects they are assigned to (SPEC §1).
 */
export const canReadProjects: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user) || hasRole(user, 'seo')) return true
  if (hasRole(user, 'presence')) return { presenceStaff: { equals: user.id } }
  return false
}

/** Assignments: admins and SEO staff all, attendance staff those of their projects, a talent their own. */
export const canReadAssignments: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user) || hasRole(user, 'seo')) return true
  const where: Where = hasRole(user, 'presence')
    ? { 'project.presenceStaff': { equals: user.id } }
    : { 'cinemaTalent.user': { equals: user.id } }
  return where
}
