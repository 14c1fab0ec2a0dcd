import type { CollectionConfig } from 'payload'

import { anyone, isAdminOrSeo } from '@/access'
import { uploadDirectory } from '@/uploads/uploadDirectory'
import { checkUploadedFile } from '@hooks/checkUploadedFile'
import { ADMIN_GROUPS } from '../adminGroups'

/**
 * Images shared on social networks (OpenGraph / Twitter card): PNG, JPEG, GIF or WEBP ≤ 5 MB,
 * type read from the bytes. Public by nature; only admins and SEO managers add or change them.
 */
export const SeoImages: CollectionConfig<'seo-images'> = {
  slug: 'seo-images',
  labels: { singular: { fr: 'Image de partage (SEO)', en: 'Sharing image (SEO)' }, plural: { fr: 'Images de partage (SEO)', en: 'Sharing images (SEO)' } },
  admin: { group: ADMIN_GROUPS.seo, defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: { read: anyone, create: isAdminOrSeo, update: isAdminOrSeo, delete: isAdminOrSeo },
  hooks: { beforeOperation: [checkUploadedFile('seo')] },
  upload: {
    staticDir: uploadDirectory('seo'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'],
    // 1200×630 is the size OpenGraph and Twitter's large card expect.
    imageSizes: [
      { name: 'thumbnail', width: 240, height: 126, position: 'centre' },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { fr: 'Texte alternatif', en: 'Alternative text' },
      admin: { description: { fr: 'Décrit l’image pour les lecteurs d’écran et les réseaux sociaux.', en: 'Describes the image for screen readers and social networks.' } },
    },
  ],
}
