import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '@/access'
import { REFERENCE_DATA_ADMIN_GROUP } from '@/reference-data/adminGroup'
import { upperCaseLetters } from '@/reference-data/fieldValidation'
import { clearReferenceCacheAfterChange, clearReferenceCacheAfterDelete } from '@hooks/clearReferenceCache'
import { normalizeUpperCaseCode } from '@hooks/normalizeUpperCaseCode'

/** The largest cities of each country, each with a 3-letter code unique within its country (ABJ for Abidjan). */
export const Cities: CollectionConfig<'cities'> = {
  slug: 'cities',
  labels: {
    singular: { fr: 'Ville', en: 'City' },
    plural: { fr: 'Villes', en: 'Cities' },
  },
  admin: {
    group: REFERENCE_DATA_ADMIN_GROUP,
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'country', 'population', 'isCapital'],
    listSearchableFields: ['name', 'code'],
  },
  defaultSort: '-population',
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
  // A code is unique within its country only: two countries may both have an "SAN".
  indexes: [{ fields: ['country', 'code'], unique: true }, { fields: ['country', 'name'] }],
  fields: [
    { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
    {
      name: 'code',
      type: 'text',
      required: true,
      label: { fr: 'Code ville', en: 'City code' },
      validate: upperCaseLetters(3),
      hooks: { beforeValidate: [normalizeUpperCaseCode] },
      admin: {
        description: {
          fr: 'Code IATA de l’aéroport de la ville quand il existe, sinon tiré du nom.',
          en: 'IATA code of the city’s airport when there is one, otherwise derived from the name.',
        },
      },
    },
    {
      name: 'country',
      type: 'relationship',
      relationTo: 'countries',
      required: true,
      index: true,
      label: { fr: 'Pays', en: 'Country' },
    },
    { name: 'population', type: 'number', min: 0, label: { fr: 'Population', en: 'Population' } },
    {
      name: 'isCapital',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Capitale', en: 'Capital' },
    },
    { name: 'latitude', type: 'number', min: -90, max: 90, label: { fr: 'Latitude', en: 'Latitude' } },
    { name: 'longitude', type: 'number', min: -180, max: 180, label: { fr: 'Longitude', en: 'Longitude' } },
  ],
}
