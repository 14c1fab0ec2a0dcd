import type { CollectionConfig } from 'payload'

import { authenticated, isAdminOrOwner, isAdminField, isStaffOwnerOrPublic } from '@/access'
import { uploadDirectory } from '@/uploads/uploadDirectory'
import { checkUploadedFile } from '@hooks/checkUploadedFile'
import { setOwnerOnCreate } from '@hooks/setOwnerOnCreate'
import { ADMIN_GROUPS } from '../adminGroups'

/**
 * Profile photos (PNG/JPEG ≤ 5 MB, type read from the bytes), resized by sharp into the
 * sizes the pages use. Visible to everyone only while the profile they belong to is public.
 */
export const Photos: CollectionConfig<'photos'> = {
  slug: 'photos',
  labels: { singular: { fr: 'Photo', en: 'Photo' }, plural: { fr: 'Photos', en: 'Photos' } },
  admin: { group: ADMIN_GROUPS.talents, defaultColumns: ['filename', 'owner', 'isPublic', 'createdAt'] },
  access: {
    read: isStaffOwnerOrPublic('owner', 'isPublic'),
    create: authenticated,
    update: isAdminOrOwner('owner'),
    delete: isAdminOrOwner('owner'),
  },
  hooks: {
    beforeOperation: [checkUploadedFile('photo')],
    beforeChange: [setOwnerOnCreate],
  },
  upload: {
    staticDir: uploadDirectory('photos'),
    mimeTypes: ['image/png', 'image/jpeg'],
    // EXIF orientation applied, metadata (GPS…) dropped by sharp's default output.
    imageSizes: [
      { name: 'thumbnail', width: 160, height: 160, position: 'centre' },
      { name: 'card', width: 480, height: 600, position: 'attention' },
      { name: 'profile', width: 960, height: 1200, position: 'attention', withoutEnlargement: true },
      { name: 'og', width: 1200, height: 630, position: 'attention' },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    { name: 'alt', type: 'text', label: { fr: 'Texte alternatif', en: 'Alternative text' } },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { fr: 'Propriétaire', en: 'Owner' },
      access: { update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      // Kept in step with the profile's visibility by the talent hooks.
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { fr: 'Publique', en: 'Public' },
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
