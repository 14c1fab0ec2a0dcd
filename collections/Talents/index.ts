import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isAdminOrOwner, isStaffOwnerOrPublic } from '@/access'
import { encryptedTextField } from '@/crypto/encryptedField'
import {
  DEFAULT_PUBLIC_PARTS,
  GENDER_OPTIONS,
  LANGUAGE_LEVEL_OPTIONS,
  PUBLISHABLE_PARTS,
} from '@/talents/profileOptions'
import { talentProfileEndpoints } from '../../endpoints/talentProfileEndpoints'
import { ADMIN_GROUPS } from '../adminGroups'
import { ownerOrStaffOnly, publicWhenChosen } from './access/talentFieldAccess'
import { issueTalentCodeOnCreate } from './hooks/issueTalentCodeOnCreate'
import { linkAccountToProfile } from './hooks/linkAccountToProfile'
import { requireOwnFiles } from './hooks/requireOwnFiles'
import { setDisplayName } from './hooks/setDisplayName'

const never = () => false
const sensitive = { read: ownerOrStaffOnly, update: ownerOrStaffOnly }

/**
 * The main talent profile (SPEC §4), owned by one user account. Visitors see a profile
 * only when the talent made it public, and then only the parts the talent chose; contact
 * and identity data are encrypted at rest and shown to the talent and staff only.
 */
export const Talents: CollectionConfig<'talents'> = {
  slug: 'talents',
  labels: { singular: { fr: 'Talent', en: 'Talent' }, plural: { fr: 'Talents', en: 'Talents' } },
  admin: {
    group: ADMIN_GROUPS.talents,
    useAsTitle: 'displayName',
    defaultColumns: ['code', 'displayName', 'country', 'city', 'isPublic', 'updatedAt'],
    listSearchableFields: ['code', 'displayName', 'firstName', 'lastName'],
  },
  access: {
    // Public sign-up goes through the registration endpoint, which creates the account,
    // files and profile together; the REST create is for admins.
    create: isAdmin,
    read: isStaffOwnerOrPublic('user', 'isPublic'),
    update: isAdminOrOwner('user'),
    delete: isAdminOrOwner('user'),
  },
  // Payload routes /api/talents/* to the collection's own endpoints (QR codes by talent code).
  endpoints: talentProfileEndpoints,
  hooks: {
    beforeChange: [issueTalentCodeOnCreate, setDisplayName, requireOwnFiles],
    afterChange: [linkAccountToProfile],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          unique: true,
          index: true,
          label: { fr: 'Code unique', en: 'Unique code' },
          access: { create: never, update: never },
          admin: { readOnly: true, description: { fr: 'Attribué à la création, ne change jamais.', en: 'Issued on creation, never changes.' } },
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
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { fr: 'Identité', en: 'Identity' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'firstName', type: 'text', required: true, maxLength: 80, label: { fr: 'Prénom', en: 'First name' } },
                { name: 'lastName', type: 'text', required: true, maxLength: 80, label: { fr: 'Nom', en: 'Last name' } },
                { name: 'stageName', type: 'text', maxLength: 80, label: { fr: 'Nom de scène', en: 'Stage name' } },
              ],
            },
            { name: 'displayName', type: 'text', index: true, admin: { hidden: true } },
            {
              type: 'row',
              fields: [
                {
                  name: 'gender',
                  type: 'select',
                  required: true,
                  index: true,
                  label: { fr: 'Genre', en: 'Gender' },
                  options: GENDER_OPTIONS.map(({ value, label }) => ({ value, label })),
                },
                {
                  name: 'dateOfBirth',
                  type: 'date',
                  index: true,
                  label: { fr: 'Date de naissance', en: 'Date of birth' },
                  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
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
            },
            encryptedTextField({ name: 'idDocumentNumber', label: { fr: 'N° de pièce d’identité', en: 'ID document number' }, maxLength: 60, access: sensitive }),
          ],
        },
        {
          label: { fr: 'Contact et lieu', en: 'Contact and location' },
          fields: [
            {
              type: 'row',
              fields: [
                encryptedTextField({ name: 'phone', label: { fr: 'Téléphone', en: 'Phone' }, maxLength: 30, access: sensitive }),
                encryptedTextField({ name: 'whatsapp', label: { fr: 'WhatsApp', en: 'WhatsApp' }, maxLength: 30, access: sensitive }),
              ],
            },
            {
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
            },
            encryptedTextField({ name: 'address', type: 'textarea', label: { fr: 'Adresse', en: 'Address' }, maxLength: 300, access: sensitive }),
            encryptedTextField({ name: 'emergencyContact', label: { fr: 'Contact d’urgence', en: 'Emergency contact' }, maxLength: 160, access: sensitive }),
          ],
        },
        {
          label: { fr: 'Profil', en: 'Profile' },
          fields: [
            {
              name: 'categories',
              type: 'relationship',
              relationTo: 'categories',
              hasMany: true,
              required: true,
              index: true,
              label: { fr: 'Catégories', en: 'Categories' },
            },
            {
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
                      options: LANGUAGE_LEVEL_OPTIONS.map(({ value, label }) => ({ value, label })),
                    },
                  ],
                },
              ],
            },
            {
              name: 'skills',
              type: 'relationship',
              relationTo: 'skills',
              hasMany: true,
              index: true,
              label: { fr: 'Compétences', en: 'Skills' },
              access: { read: publicWhenChosen('skills') },
            },
            {
              name: 'yearsOfExperience',
              type: 'number',
              min: 0,
              max: 80,
              label: { fr: 'Années d’expérience', en: 'Years of experience' },
              access: { read: publicWhenChosen('experience') },
            },
            {
              name: 'experience',
              type: 'textarea',
              maxLength: 4000,
              label: { fr: 'Expérience', en: 'Experience' },
              admin: { description: { fr: 'Rôles, productions, formations…', en: 'Roles, productions, training…' } },
              access: { read: publicWhenChosen('experience') },
            },
          ],
        },
        {
          label: { fr: 'Fichiers', en: 'Files' },
          fields: [
            { name: 'photo', type: 'upload', relationTo: 'photos', label: { fr: 'Photo', en: 'Photo' } },
            { name: 'cv', type: 'upload', relationTo: 'cvs', label: { fr: 'CV', en: 'CV' }, access: { read: ownerOrStaffOnly } },
          ],
        },
      ],
    },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { fr: 'Profil public', en: 'Public profile' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'publicParts',
      type: 'select',
      hasMany: true,
      defaultValue: DEFAULT_PUBLIC_PARTS,
      label: { fr: 'Parties visibles publiquement', en: 'Publicly visible parts' },
      options: PUBLISHABLE_PARTS.map(({ value, label }) => ({ value, label })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'consentAt',
      type: 'date',
      label: { fr: 'Consentement donné le', en: 'Consent given on' },
      access: { read: ownerOrStaffOnly, create: isAdminField, update: never },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
