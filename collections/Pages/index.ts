import type { CollectionConfig } from 'payload'

import { isAdminOrSeo } from '@/access'
import { ADMIN_GROUPS } from '../adminGroups'
import { publishedOrSeo } from './access/publishedOrSeo'
import { validatePageSlug } from './hooks/validatePageSlug'

/**
 * Editable content pages of the public site, served at `/<slug>` (legal notice, privacy
 * policy, about…). Their SEO tab (title, description, image) comes from @payloadcms/plugin-seo,
 * registered in payload.config.ts. Admins and SEO managers write them; visitors read the
 * published ones.
 */
export const Pages: CollectionConfig<'pages'> = {
  slug: 'pages',
  labels: { singular: { fr: 'Page de contenu', en: 'Content page' }, plural: { fr: 'Pages de contenu', en: 'Content pages' } },
  admin: {
    group: ADMIN_GROUPS.seo,
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'published', 'updatedAt'],
    preview: (doc) => (typeof doc?.slug === 'string' ? `/${doc.slug}` : null),
  },
  access: { read: publishedOrSeo, create: isAdminOrSeo, update: isAdminOrSeo, delete: isAdminOrSeo },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 120,
      label: { fr: 'Titre', en: 'Title' },
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 80,
      label: { fr: 'Adresse (/…)', en: 'Address (/…)' },
      validate: validatePageSlug,
      admin: {
        position: 'sidebar',
        description: { fr: 'La page est publiée à /<adresse>, ex. mentions-legales.', en: 'The page is published at /<address>, e.g. legal-notice.' },
      },
    },
    {
      name: 'published',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Publiée', en: 'Published' },
      admin: { position: 'sidebar', description: { fr: 'Une page non publiée n’est visible que dans l’administration.', en: 'An unpublished page is only visible in the admin panel.' } },
    },
    {
      name: 'content',
      type: 'richText',
      required: true,
      label: { fr: 'Contenu', en: 'Content' },
    },
  ],
}
