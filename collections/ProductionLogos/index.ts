import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '@/access'
import { uploadDirectory } from '@/uploads/uploadDirectory'
import { checkUploadedFile } from '@hooks/checkUploadedFile'
import { ADMIN_GROUPS } from '../adminGroups'

/** Logos of production companies (PNG/JPEG/WEBP ≤ 2 MB, type read from the bytes), printed on badges. */
export const ProductionLogos: CollectionConfig<'production-logos'> = {
  slug: 'production-logos',
  labels: { singular: { fr: 'Logo de production', en: 'Production logo' }, plural: { fr: 'Logos de production', en: 'Production logos' } },
  admin: { group: ADMIN_GROUPS.cinema, hidden: ({ user }) => !user?.roles?.includes('admin') },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeOperation: [checkUploadedFile('logo')] },
  upload: {
    staticDir: uploadDirectory('logos'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp'],
    imageSizes: [{ name: 'badge', width: 400, height: 160, fit: 'inside', withoutEnlargement: true }],
    adminThumbnail: 'badge',
  },
  fields: [{ name: 'alt', type: 'text', label: { fr: 'Texte alternatif', en: 'Alternative text' } }],
}
