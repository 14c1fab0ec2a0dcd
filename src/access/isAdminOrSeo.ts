import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Admins and SEO managers: SEO settings, content pages and their images (SPEC §1). */
export const isAdminOrSeo: Access = ({ req: { user } }) => hasRole(user, 'admin', 'seo')

export const isAdminOrSeoField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'seo')
