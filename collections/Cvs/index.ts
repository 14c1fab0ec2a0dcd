import type { CollectionConfig } from 'payload'

import { authenticated, isAdminField, isAdminOrOwner, isStaffOrOwner } from '@/access'
import { uploadDirectory } from '@/uploads/uploadDirectory'
import { checkUploadedFile } from '@hooks/checkUploadedFile'
import { setOwnerOnCreate } from '@hooks/setOwnerOnCreate'
import { ADMIN_GROUPS } from '../adminGroups'

/**
 * CVs (PDF/DOC/DOCX ≤ 10 MB, type read from the bytes). Private: only their owner and
 * staff can read them, through the API and through the file URL (Payload checks read
 * access before serving a file).
 */
export const Cvs: CollectionConfig<'cvs'> = {
  slug: 'cvs',
  labels: { singular: { fr: 'CV', en: 'CV' }, plural: { fr: 'CV', en: 'CVs' } },
  admin: { group: ADMIN_GROUPS.talents, defaultColumns: ['filename', 'owner', 'filesize', 'createdAt'] },
  access: {
    read: isStaffOrOwner('owner'),
    create: authenticated,
    update: isAdminOrOwner('owner'),
    delete: isAdminOrOwner('owner'),
  },
  hooks: {
    beforeOperation: [checkUploadedFile('cv')],
    beforeChange: [setOwnerOnCreate],
  },
  upload: {
    staticDir: uploadDirectory('cvs'),
    mimeTypes: [
      'application/pdf',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  },
  fields: [
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { fr: 'Propriétaire', en: 'Owner' },
      access: { update: isAdminField },
      admin: { position: 'sidebar' },
    },
  ],
}
