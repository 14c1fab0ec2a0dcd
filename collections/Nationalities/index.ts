import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '@/access'
import { REFERENCE_DATA_ADMIN_GROUP } from '@/reference-data/adminGroup'
import { composeLabel } from './hooks/composeLabel'

/** One nationality per country, shown as flag + feminine French form: "🇨🇮 Ivoirienne". */
export const Nationalities: CollectionConfig<'nationalities'> = {
  slug: 'nationalities',
  labels: {
    singular: { fr: 'Nationalité', en: 'Nationality' },
    plural: { fr: 'Nationalités', en: 'Nationalities' },
  },
  admin: {
    group: REFERENCE_DATA_ADMIN_GROUP,
    useAsTitle: 'label',
    defaultColumns: ['label', 'nameFrMasculine', 'nameEn', 'country'],
    listSearchableFields: ['nameFr', 'nameFrMasculine', 'nameEn'],
  },
  defaultSort: 'nameFr',
  access: {
    read: anyone,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [composeLabel],
  },
  fields: [
    {
      name: 'country',
      type: 'relationship',
      relationTo: 'countries',
      required: true,
      unique: true,
      label: { fr: 'Pays', en: 'Country' },
    },
    {
      name: 'nameFr',
      type: 'text',
      required: true,
      label: { fr: 'Nom (français, féminin)', en: 'Name (French, feminine)' },
      admin: { placeholder: 'Ivoirienne' },
    },
    {
      name: 'nameFrMasculine',
      type: 'text',
      required: true,
      label: { fr: 'Nom (français, masculin)', en: 'Name (French, masculine)' },
      admin: { placeholder: 'Ivoirien' },
    },
    { name: 'nameEn', type: 'text', required: true, label: { fr: 'Nom (anglais)', en: 'Name (English)' } },
    { name: 'flag', type: 'text', label: { fr: 'Drapeau (emoji)', en: 'Flag (emoji)' } },
    {
      name: 'label',
      type: 'text',
      label: { fr: 'Libellé affiché', en: 'Display label' },
      admin: {
        readOnly: true,
        description: { fr: 'Drapeau + nom féminin, calculé.', en: 'Flag + feminine name, computed.' },
      },
    },
  ],
}
