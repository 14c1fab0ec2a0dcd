import type { Access } from 'payload'

import { hasRole } from '@/access'

/** Visitors read published pages; admins and SEO managers read drafts too. */
export const publishedOrSeo: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'seo') ? true : { published: { equals: true } }
