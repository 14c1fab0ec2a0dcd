import { APIError, type CollectionConfig } from 'payload'

import { isAdmin, isStaff } from '@/access'
import { upperCaseLetters } from '@/reference-data/fieldValidation'
import { normalizeUpperCaseCode } from '@hooks/normalizeUpperCaseCode'
import { ADMIN_GROUPS } from '../adminGroups'

const CODE_LOCKED = {
  fr: 'Ce code figure déjà dans les codes de ses projets : il ne peut plus changer.',
  en: 'This code is already part of its projects’ codes: it can no longer change.',
}

/** Production companies (SPEC §5). Their 3-letter code is part of every project code they own. */
export const Productions: CollectionConfig<'productions'> = {
  slug: 'productions',
  labels: { singular: { fr: 'Production', en: 'Production company' }, plural: { fr: 'Productions', en: 'Production companies' } },
  admin: {
    group: ADMIN_GROUPS.cinema,
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'country', 'contactName', 'updatedAt'],
    listSearchableFields: ['name', 'code'],
  },
  access: { read: isStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeChange: [
      async ({ data, operation, originalDoc, req }) => {
        if (operation !== 'update' || !data.code || data.code === originalDoc?.code) return data
        const projects = await req.payload.count({ collection: 'projects', where: { production: { equals: originalDoc.id } }, req })
        if (projects.totalDocs > 0) throw new APIError(CODE_LOCKED[req.i18n?.language === 'en' ? 'en' : 'fr'], 400, undefined, true)
        return data
      },
    ],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 160, label: { fr: 'Nom', en: 'Name' } },
        {
          name: 'code',
          type: 'text',
          required: true,
          unique: true,
          minLength: 3,
          maxLength: 3,
          label: { fr: 'Code (3 lettres)', en: 'Code (3 letters)' },
          hooks: { beforeValidate: [normalizeUpperCaseCode] },
          validate: upperCaseLetters(3),
          admin: { description: { fr: 'Ex. AKA : entre dans les codes projets (CIAKAFLM001).', en: 'E.g. AKA: part of project codes (CIAKAFLM001).' } },
        },
        { name: 'country', type: 'relationship', relationTo: 'countries', required: true, index: true, label: { fr: 'Pays', en: 'Country' }, admin: { allowCreate: false } },
      ],
    },
    { name: 'logo', type: 'upload', relationTo: 'production-logos', label: { fr: 'Logo', en: 'Logo' } },
    {
      type: 'row',
      fields: [
        { name: 'contactName', type: 'text', maxLength: 160, label: { fr: 'Contact', en: 'Contact person' } },
        { name: 'contactEmail', type: 'email', label: { fr: 'E-mail', en: 'Email' } },
        { name: 'contactPhone', type: 'text', maxLength: 30, label: { fr: 'Téléphone', en: 'Phone' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'website', type: 'text', maxLength: 300, label: { fr: 'Site web', en: 'Website' } },
        { name: 'address', type: 'textarea', maxLength: 300, label: { fr: 'Adresse', en: 'Address' } },
      ],
    },
    { name: 'notes', type: 'textarea', maxLength: 2000, label: { fr: 'Notes internes', en: 'Internal notes' } },
    {
      name: 'projects',
      type: 'join',
      collection: 'projects',
      on: 'production',
      label: { fr: 'Projets', en: 'Projects' },
      admin: { defaultColumns: ['code', 'title', 'status', 'startDate'] },
    },
  ],
}
