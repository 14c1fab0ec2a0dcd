import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '@/access'
import { REFERENCE_DATA_ADMIN_GROUP } from '@/reference-data/adminGroup'
import { slugFormat } from '@/reference-data/fieldValidation'
import { SKILL_GROUPS } from '@/reference-data/skills'

/** Skills a casting may ask for: singing, dance styles, martial arts, licences, accents… */
export const Skills: CollectionConfig<'skills'> = {
  slug: 'skills',
  labels: {
    singular: { fr: 'Compétence', en: 'Skill' },
    plural: { fr: 'Compétences', en: 'Skills' },
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
    { name: 'nameFr', type: 'text', required: true, label: { fr: 'Nom (français)', en: 'Name (French)' } },
    { name: 'nameEn', type: 'text', required: true, label: { fr: 'Nom (anglais)', en: 'Name (English)' } },
    {
      name: 'group',
      type: 'select',
      required: true,
      defaultValue: 'other',
      label: { fr: 'Famille', en: 'Group' },
      options: SKILL_GROUPS.map(({ value, label }) => ({ value, label })),
    },
    { name: 'sortOrder', type: 'number', label: { fr: "Ordre d'affichage", en: 'Display order' } },
  ],
}
