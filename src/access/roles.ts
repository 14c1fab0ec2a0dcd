/** The four roles of the platform (SPEC §1). Order matters only for display. */
export const ROLES = ['admin', 'seo', 'presence', 'talent'] as const
export type Role = (typeof ROLES)[number]

/** Platform staff: every role that works in the back office. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'seo', 'presence']

type MaybeUser = { roles?: readonly (string | null)[] | null } | null | undefined

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => roles.includes(role as Role)))
}

export const isAdminUser = (user: MaybeUser): boolean => hasRole(user, 'admin')
export const isStaffUser = (user: MaybeUser): boolean => hasRole(user, ...STAFF_ROLES)
