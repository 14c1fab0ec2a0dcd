import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '@/access'
import { REFERENCE_DATA_ADMIN_GROUP } from '@/reference-data/adminGroup'
import { CATEGORY_GROUPS } from '@/reference-data/categories'
import { slugFormat } from '@/reference-data/fieldValidation'

/** Talent categories (trades): Acteur·rice, Figurant·e, Chef·fe opérateur·rice… */
export const Categories: CollectionConfig<'categories'> = {
  slug: 'categories',
  labels: {
    singular: { fr: 'Catégorie de talent', en: 'Talent category' },
    plural: { fr: 'Catégories de talent', en: 'Talent categories' },
  },
  admin: {
    group: REFERENCE_DATA_ADMIN_GROUP,
    useAsTitle: 'nameFr',
    defaultColumns: ['nameFr', 'nameEn', 'group', 'sortOrder'],
  },
  defaultSort: 'sortOrder',
  access: {
    read: anyone,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { fr: 'Identifiant', en: 'Slug' },
      validate: slugFormat,
    },
    {
      name: 'nameFr',
      type: 'text',
      required: true,
      label: { fr: 'Nom (français, écriture inclusive)', en: 'Name (French, inclusive)' },
      admin: { placeholder: 'Acteur·rice' },
    },
    { name: 'nameEn', type: 'text', required: true, label: { fr: 'Nom (anglais)', en: 'Name (English)' } },
    {
      name: 'group',
      type: 'select',
      required: true,
      defaultValue: 'other',
      label: { fr: 'Famille', en: 'Group' },
      options: CATEGORY_GROUPS.map(({ value, label }) => ({ value, label })),
    },
    { name: 'sortOrder', type: 'number', label: { fr: "Ordre d'affichage", en: 'Display order' } },
  ],
}
