import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isAdminOrOwner, isStaffOwnerOrPublic, ownerOrStaffOnly, publicWhenChosen } from '@/access'
import {
  DEFAULT_PUBLIC_PARTS,
  PUBLISHABLE_PARTS,
} from '@/talents/profileOptions'
import { issueTalentCode } from '@/codes/issueCodes'
import { issueProfileCodeOnCreate } from '@hooks/issueProfileCode'
import { requireOwnFiles } from '@hooks/requireOwnFiles'
import { talentProfileEndpoints } from '../../endpoints/talentProfileEndpoints'
import { ADMIN_GROUPS } from '../adminGroups'
import {
  addressFields,
  categoriesField,
  genderBirthNationalityRow,
  idDocumentField,
  languagesField,
  codeAndAccountRow,
  nameRow,
  phoneRow,
  residenceRow,
} from '../shared/profileFields'
import { linkAccountToProfile } from './hooks/linkAccountToProfile'
import { logProfileUpdate } from '@/logs/hooks'
import { setDisplayName } from '@hooks/setDisplayName'

const never = () => false

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
    beforeChange: [issueProfileCodeOnCreate('talents', issueTalentCode), setDisplayName, requireOwnFiles('talents', [{ name: 'photo', collection: 'photos' }, { name: 'cv', collection: 'cvs' }])],
    afterChange: [linkAccountToProfile, logProfileUpdate('talents')],
  },
  fields: [
    codeAndAccountRow({ codeLabel: { fr: 'Code unique', en: 'Unique code' }, codeDescription: { fr: 'Attribué à la création, ne change jamais.', en: 'Issued on creation, never changes.' } }),
    {
      type: 'tabs',
      tabs: [
        {
          label: { fr: 'Identité', en: 'Identity' },
          fields: [
            nameRow(),
            { name: 'displayName', type: 'text', index: true, admin: { hidden: true } },
            genderBirthNationalityRow({ birthDateRequired: false }),
            idDocumentField(),
          ],
        },
        {
          label: { fr: 'Contact et lieu', en: 'Contact and location' },
          fields: [
            phoneRow(),
            residenceRow(),
            ...addressFields(),
          ],
        },
        {
          label: { fr: 'Profil', en: 'Profile' },
          fields: [
            categoriesField(),
            languagesField({ withLevelRank: false }),
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
