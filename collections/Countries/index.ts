import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '@/access'
import { REFERENCE_DATA_ADMIN_GROUP } from '@/reference-data/adminGroup'
import { upperCaseLetters } from '@/reference-data/fieldValidation'
import { clearReferenceCacheAfterChange, clearReferenceCacheAfterDelete } from '@hooks/clearReferenceCache'
import { normalizeUpperCaseCode } from '@hooks/normalizeUpperCaseCode'

/** The 193 UN member states and Palestine, loaded at start-up (src/reference-data). */
export const Countries: CollectionConfig<'countries'> = {
  slug: 'countries',
  labels: {
    singular: { fr: 'Pays', en: 'Country' },
    plural: { fr: 'Pays', en: 'Countries' },
  },
  admin: {
    group: REFERENCE_DATA_ADMIN_GROUP,
    useAsTitle: 'nameFr',
    defaultColumns: ['flag', 'nameFr', 'iso2', 'phonePrefix', 'isAfrican'],
    listSearchableFields: ['nameFr', 'nameEn', 'iso2', 'iso3'],
  },
  defaultSort: 'sortOrder',
  access: {
    read: anyone,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  hooks: {
    afterChange: [clearReferenceCacheAfterChange],
    afterDelete: [clearReferenceCacheAfterDelete],
  },
  fields: [
    {
      name: 'iso2',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { fr: 'Code ISO alpha-2', en: 'ISO alpha-2 code' },
      validate: upperCaseLetters(2),
      hooks: { beforeValidate: [normalizeUpperCaseCode] },
    },
    {
      name: 'iso3',
      type: 'text',
      required: true,
      unique: true,
      label: { fr: 'Code ISO alpha-3', en: 'ISO alpha-3 code' },
      validate: upperCaseLetters(3),
      hooks: { beforeValidate: [normalizeUpperCaseCode] },
    },
    { name: 'nameFr', type: 'text', required: true, label: { fr: 'Nom (français)', en: 'Name (French)' } },
    { name: 'nameEn', type: 'text', required: true, label: { fr: 'Nom (anglais)', en: 'Name (English)' } },
    { name: 'flag', type: 'text', label: { fr: 'Drapeau (emoji)', en: 'Flag (emoji)' } },
    {
      name: 'phonePrefix',
      type: 'text',
      label: { fr: 'Indicatif téléphonique', en: 'Dialling code' },
      admin: { placeholder: '+225' },
    },
    {
      name: 'region',
      type: 'text',
      label: { fr: 'Région du monde', en: 'World region' },
    },
    {
      name: 'isAfrican',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { fr: 'Pays africain', en: 'African country' },
    },
    {
      name: 'sortOrder',
      type: 'number',
      label: { fr: "Ordre d'affichage", en: 'Display order' },
      admin: {
        description: {
          fr: 'Pays africains d’abord, puis ordre alphabétique français.',
          en: 'African countries first, then French alphabetical order.',
        },
      },
    },
  ],
}
