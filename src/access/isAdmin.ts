import type { Access, FieldAccess } from 'payload'
import { isAdminUser } from './roles'

export const isAdmin: Access = ({ req: { user } }) => isAdminUser(user)

/** Field-level twin of `isAdmin`, for fields such as `roles` that only admins may write. */
export const isAdminField: FieldAccess = ({ req: { user } }) => isAdminUser(user)
