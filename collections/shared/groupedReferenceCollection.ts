import type { CollectionConfig, TextField } from 'payload'

import { anyone, isAdmin } from '@/access'
import { REFERENCE_DATA_ADMIN_GROUP } from '@/reference-data/adminGroup'
import { slugFormat } from '@/reference-data/fieldValidation'

type Label = { fr: string; en: string }

/**
 * A reference list of named entries sorted into families (categories, skills): a stable slug,
 * French and English names, a family, a display order. Everyone reads it; admins edit it.
 */
export function groupedReferenceCollection<Slug extends 'categories' | 'skills'>(options: {
  slug: Slug
  labels: { singular: Label; plural: Label }
  groups: readonly { value: string; label: Label }[]
  /** The French name field's label and placeholder differ between lists. */
  nameFr: Pick<TextField, 'label' | 'admin'>
}): CollectionConfig<Slug> {
  return {
    slug: options.slug,
    labels: options.labels,
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
      { name: 'nameFr', type: 'text', required: true, ...options.nameFr },
      { name: 'nameEn', type: 'text', required: true, label: { fr: 'Nom (anglais)', en: 'Name (English)' } },
      {
        name: 'group',
        type: 'select',
        required: true,
        defaultValue: 'other',
        label: { fr: 'Famille', en: 'Group' },
        options: options.groups.map(({ value, label }) => ({ value, label })),
      },
      { name: 'sortOrder', type: 'number', label: { fr: "Ordre d'affichage", en: 'Display order' } },
    ],
  }
}
