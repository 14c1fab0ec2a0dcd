import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '@/access'
import { REFERENCE_DATA_ADMIN_GROUP } from '@/reference-data/adminGroup'
import { matchesPattern } from '@/reference-data/fieldValidation'

/** ISO 639-1 languages plus African languages known only by an ISO 639-3 code (dyu, fon, mos…). */
export const Languages: CollectionConfig<'languages'> = {
  slug: 'languages',
  labels: {
    singular: { fr: 'Langue', en: 'Language' },
    plural: { fr: 'Langues', en: 'Languages' },
  },
  admin: {
    group: REFERENCE_DATA_ADMIN_GROUP,
    useAsTitle: 'nameFr',
    defaultColumns: ['nameFr', 'nameEn', 'code', 'isAfrican'],
    listSearchableFields: ['nameFr', 'nameEn', 'code'],
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
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { fr: 'Code ISO 639', en: 'ISO 639 code' },
      validate: matchesPattern(/^[a-z]{2,3}$/, {
        fr: 'Code ISO 639-1 (2 lettres) ou 639-3 (3 lettres), en minuscules.',
        en: 'ISO 639-1 (2 letters) or 639-3 (3 letters) code, lower-case.',
      }),
    },
    { name: 'nameFr', type: 'text', required: true, label: { fr: 'Nom (français)', en: 'Name (French)' } },
    { name: 'nameEn', type: 'text', required: true, label: { fr: 'Nom (anglais)', en: 'Name (English)' } },
    {
      name: 'isAfrican',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { fr: 'Langue africaine', en: 'African language' },
    },
    { name: 'sortOrder', type: 'number', label: { fr: "Ordre d'affichage", en: 'Display order' } },
  ],
}
