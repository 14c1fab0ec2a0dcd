import type { Access, FieldAccess } from 'payload'
import { isStaffUser } from './roles'

/** admin, seo or presence. */
export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)

export const isStaffField: FieldAccess = ({ req: { user } }) => isStaffUser(user)
