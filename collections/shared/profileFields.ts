import type { Field, RowField } from 'payload'

import { isAdminField, ownerOrStaffOnly, publicWhenChosen } from '@/access'
import { encryptedTextField } from '@/crypto/encryptedField'
import { GENDER_OPTIONS, LANGUAGE_LEVEL_OPTIONS } from '@/talents/profileOptions'
import { selectOptions } from '@/payload/selectOptions'

/**
 * Fields a talent profile and a cinema profile share, with the same names, rules and access:
 * one definition, so both profiles stay alike (and their tables too). Public visibility of a
 * part is decided by `publicWhenChosen(part)`: both profiles use the parts `age`,
 * `nationality`, `location` and `languages`.
 */

const sensitive = { read: ownerOrStaffOnly, update: ownerOrStaffOnly }
const dayOnly = { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } as const

type Bilingual = { fr: string; en: string }

/** The profile's code (issued on creation, never written by anyone) and the one account that owns it. */
export const codeAndAccountRow = ({ codeLabel, codeDescription }: { codeLabel: Bilingual; codeDescription: Bilingual }): RowField => ({
  type: 'row',
  fields: [
    {
      name: 'code',
      type: 'text',
      unique: true,
      index: true,
      label: codeLabel,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, description: codeDescription },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      unique: true,
      label: { fr: 'Compte', en: 'Account' },
      access: { read: ownerOrStaffOnly, update: isAdminField },
    },
  ],
})

export const nameRow = (): RowField => ({
  type: 'row',
  fields: [
    { name: 'firstName', type: 'text', required: true, maxLength: 80, label: { fr: 'Prénom', en: 'First name' } },
    { name: 'lastName', type: 'text', required: true, maxLength: 80, label: { fr: 'Nom', en: 'Last name' } },
    { name: 'stageName', type: 'text', maxLength: 80, label: { fr: 'Nom de scène', en: 'Stage name' } },
  ],
})

/** Gender, date of birth (shown to the public as an age, when chosen) and nationality. */
export const genderBirthNationalityRow = ({ birthDateRequired }: { birthDateRequired: boolean }): RowField => ({
  type: 'row',
  fields: [
    { name: 'gender', type: 'select', required: true, index: true, label: { fr: 'Genre', en: 'Gender' }, options: selectOptions(GENDER_OPTIONS) },
    {
      name: 'dateOfBirth',
      type: 'date',
      required: birthDateRequired,
      index: true,
      label: { fr: 'Date de naissance', en: 'Date of birth' },
      admin: dayOnly,
      access: { read: publicWhenChosen('age') },
    },
    {
      name: 'nationality',
      type: 'relationship',
      relationTo: 'nationalities',
      index: true,
      label: { fr: 'Nationalité', en: 'Nationality' },
      access: { read: publicWhenChosen('nationality') },
    },
  ],
})

export const idDocumentField = (): Field =>
  encryptedTextField({ name: 'idDocumentNumber', label: { fr: 'N° de pièce d’identité', en: 'ID document number' }, maxLength: 60, access: sensitive })

export const phoneRow = (): RowField => ({
  type: 'row',
  fields: [
    encryptedTextField({ name: 'phone', label: { fr: 'Téléphone', en: 'Phone' }, maxLength: 30, access: sensitive }),
    encryptedTextField({ name: 'whatsapp', label: { fr: 'WhatsApp', en: 'WhatsApp' }, maxLength: 30, access: sensitive }),
  ],
})

/** Country of residence and city; the city picker only offers the chosen country's cities. */
export const residenceRow = (): RowField => ({
  type: 'row',
  fields: [
    {
      name: 'country',
      type: 'relationship',
      relationTo: 'countries',
      required: true,
      index: true,
      label: { fr: 'Pays de résidence', en: 'Country of residence' },
      access: { read: publicWhenChosen('location') },
    },
    {
      name: 'city',
      type: 'relationship',
      relationTo: 'cities',
      required: true,
      index: true,
      label: { fr: 'Ville', en: 'City' },
      filterOptions: ({ siblingData }) => {
        const country = (siblingData as { country?: unknown }).country
        return country ? { country: { equals: country } } : true
      },
      access: { read: publicWhenChosen('location') },
    },
  ],
})

export const addressFields = (): Field[] => [
  encryptedTextField({ name: 'address', type: 'textarea', label: { fr: 'Adresse', en: 'Address' }, maxLength: 300, access: sensitive }),
  encryptedTextField({ name: 'emergencyContact', label: { fr: 'Contact d’urgence', en: 'Emergency contact' }, maxLength: 160, access: sensitive }),
]

export const categoriesField = (): Field => ({
  name: 'categories',
  type: 'relationship',
  relationTo: 'categories',
  hasMany: true,
  required: true,
  index: true,
  label: { fr: 'Catégories', en: 'Categories' },
})

/**
 * Languages spoken, each with a level. `withLevelRank` adds the hidden 1–4 rank of the level
 * that the cinema staff search compares ("at least intermediate").
 */
export const languagesField = ({ withLevelRank }: { withLevelRank: boolean }): Field => ({
  name: 'languages',
  type: 'array',
  label: { fr: 'Langues', en: 'Languages' },
  labels: { singular: { fr: 'Langue', en: 'Language' }, plural: { fr: 'Langues', en: 'Languages' } },
  access: { read: publicWhenChosen('languages') },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'language', type: 'relationship', relationTo: 'languages', required: true, index: true, label: { fr: 'Langue', en: 'Language' } },
        {
          name: 'level',
          type: 'select',
          required: true,
          defaultValue: 'fluent',
          label: { fr: 'Niveau', en: 'Level' },
          options: selectOptions(LANGUAGE_LEVEL_OPTIONS),
        },
        ...(withLevelRank ? [{ name: 'levelRank', type: 'number', index: true, admin: { hidden: true } } satisfies Field] : []),
      ],
    },
  ],
})
