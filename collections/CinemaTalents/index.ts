import type { CollectionConfig, Field } from 'payload'

import { isAdmin, isAdminField, isAdminOrOwner, isStaffOwnerOrPublic, ownerOrStaffOnly, publicWhenChosen } from '@/access'
import {
  AVAILABILITY_OPTIONS,
  BUILD_OPTIONS,
  CINEMA_PUBLIC_PARTS,
  CURRENCY_OPTIONS,
  DEFAULT_CINEMA_PUBLIC_PARTS,
  EYE_COLOUR_OPTIONS,
  FILMOGRAPHY_TYPE_OPTIONS,
  HAIR_COLOUR_OPTIONS,
  HAIR_TYPE_OPTIONS,
  RATE_UNIT_OPTIONS,
  ROLE_TYPE_OPTIONS,
  SKIN_TONE_OPTIONS,
} from '@/cinema/cinemaOptions'
import { issueCinemaCode } from '@/codes/issueCodes'
import { issueProfileCodeOnCreate } from '@hooks/issueProfileCode'
import { requireOwnFiles } from '@hooks/requireOwnFiles'
import { setDisplayName } from '@hooks/setDisplayName'
import { cinemaProfileEndpoints } from '../../endpoints/cinemaProfileEndpoints'
import { cinemaSearchEndpoints } from '../../endpoints/cinemaSearchEndpoints'
import { cinemaTalentExportEndpoints } from '../../endpoints/cinemaTalentExportEndpoints'
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
import { linkAccountToCinemaProfile } from './hooks/linkAccountToCinemaProfile'
import { logProfileUpdate } from '@/logs/hooks'
import { setCinemaSearchFields } from './hooks/setCinemaSearchFields'
import { selectOptions } from '@/payload/selectOptions'

const never = () => false
const ownerOrStaffRead = { read: ownerOrStaffOnly }

const url = (name: string, label: { fr: string; en: string }): Field => ({
  name,
  type: 'text',
  maxLength: 300,
  label,
  validate: (value: unknown) =>
    !value || /^https?:\/\/\S+$/i.test(String(value)) || 'Adresse web invalide (https://…) / Invalid web address (https://…)',
})

/**
 * The CINEMA profile (SPEC §5): the nine sections of the registration form, one tab per
 * section. Owned by one user account, who may also hold a main talent profile; visitors
 * see it only when public, and then only the parts the talent chose. Contact details,
 * rates and documents are never public.
 */
export const CinemaTalents: CollectionConfig<'cinema-talents'> = {
  slug: 'cinema-talents',
  labels: {
    singular: { fr: 'Talent cinéma', en: 'Cinema talent' },
    plural: { fr: 'Talents cinéma', en: 'Cinema talents' },
  },
  admin: {
    group: ADMIN_GROUPS.cinema,
    useAsTitle: 'displayName',
    defaultColumns: ['code', 'displayName', 'gender', 'country', 'city', 'availability', 'isPublic'],
    listSearchableFields: ['code', 'displayName', 'firstName', 'lastName', 'searchText'],
    components: {
      // The staff search's filters (age, height, languages with level, every skill…) above the list.
      beforeListTable: ['/src/components/admin/cinemaFilters/CinemaListFilters#CinemaListFilters'],
    },
  },
  access: {
    // Public sign-up goes through the cinema registration endpoint (account, files and
    // profile in one transaction); the REST create is for admins.
    create: isAdmin,
    read: isStaffOwnerOrPublic('user', 'isPublic'),
    update: isAdminOrOwner('user'),
    delete: isAdminOrOwner('user'),
  },
  // Payload routes /api/cinema-talents/* to the collection's own endpoints (QR, contact, search).
  endpoints: [...cinemaSearchEndpoints, ...cinemaTalentExportEndpoints, ...cinemaProfileEndpoints],
  hooks: {
    beforeChange: [
      issueProfileCodeOnCreate('cinema-talents', issueCinemaCode),
      setDisplayName,
      setCinemaSearchFields,
      requireOwnFiles('cinema-talents', [
        { name: 'photo', collection: 'photos' },
        { name: 'gallery', collection: 'photos' },
        { name: 'cv', collection: 'cvs' },
      ]),
    ],
    afterChange: [linkAccountToCinemaProfile, logProfileUpdate('cinema-talents')],
  },
  fields: [
    codeAndAccountRow({ codeLabel: { fr: 'Code cinéma', en: 'Cinema code' }, codeDescription: { fr: 'PPVVVNNNNNG, attribué à la création.', en: 'PPVVVNNNNNG, issued on creation.' } }),
    { name: 'displayName', type: 'text', index: true, admin: { hidden: true } },
    // Accent-folded, lower-case names, skills and filmography titles: what free-text search reads (trigram index).
    { name: 'searchText', type: 'text', admin: { hidden: true }, access: { read: ownerOrStaffOnly, create: never, update: never } },
    {
      type: 'tabs',
      tabs: [
        {
          label: { fr: '1 · Identité', en: '1 · Identity' },
          fields: [
            nameRow(),
            genderBirthNationalityRow({ birthDateRequired: true }),
            { name: 'photo', type: 'upload', relationTo: 'photos', label: { fr: 'Photo principale', en: 'Main photo' } },
            idDocumentField(),
          ],
        },
        {
          label: { fr: '2 · Coordonnées', en: '2 · Contact details' },
          fields: [
            phoneRow(),
            residenceRow(),
            ...addressFields(),
          ],
        },
        {
          label: { fr: '3 · Physique', en: '3 · Physical' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'heightCm',
                  type: 'number',
                  min: 50,
                  max: 250,
                  index: true,
                  label: { fr: 'Taille (cm)', en: 'Height (cm)' },
                  access: { read: publicWhenChosen('physical') },
                },
                {
                  name: 'weightKg',
                  type: 'number',
                  min: 20,
                  max: 300,
                  label: { fr: 'Poids (kg)', en: 'Weight (kg)' },
                  access: { read: publicWhenChosen('physical') },
                },
                {
                  name: 'build',
                  type: 'select',
                  label: { fr: 'Corpulence', en: 'Build' },
                  options: selectOptions(BUILD_OPTIONS),
                  access: { read: publicWhenChosen('physical') },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'skinTone',
                  type: 'select',
                  label: { fr: 'Teint', en: 'Skin tone' },
                  options: selectOptions(SKIN_TONE_OPTIONS),
                  access: { read: publicWhenChosen('physical') },
                },
                {
                  name: 'eyeColour',
                  type: 'select',
                  label: { fr: 'Yeux', en: 'Eyes' },
                  options: selectOptions(EYE_COLOUR_OPTIONS),
                  access: { read: publicWhenChosen('physical') },
                },
                {
                  name: 'hairColour',
                  type: 'select',
                  label: { fr: 'Cheveux (couleur)', en: 'Hair colour' },
                  options: selectOptions(HAIR_COLOUR_OPTIONS),
                  access: { read: publicWhenChosen('physical') },
                },
                {
                  name: 'hairType',
                  type: 'select',
                  label: { fr: 'Cheveux (type)', en: 'Hair type' },
                  options: selectOptions(HAIR_TYPE_OPTIONS),
                  access: { read: publicWhenChosen('physical') },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'tattoos', type: 'checkbox', label: { fr: 'Tatouages visibles', en: 'Visible tattoos' }, access: { read: publicWhenChosen('physical') } },
                { name: 'piercings', type: 'checkbox', label: { fr: 'Piercings', en: 'Piercings' }, access: { read: publicWhenChosen('physical') } },
              ],
            },
            {
              name: 'distinctiveFeatures',
              type: 'textarea',
              maxLength: 500,
              label: { fr: 'Signes particuliers', en: 'Distinctive features' },
              access: { read: publicWhenChosen('physical') },
            },
          ],
        },
        {
          label: { fr: '4 · Langues', en: '4 · Languages' },
          fields: [
            languagesField({ withLevelRank: true }),
            {
              name: 'accents',
              type: 'text',
              maxLength: 300,
              label: { fr: 'Accents maîtrisés', en: 'Accents' },
              admin: { description: { fr: 'Ex. : accent ivoirien, nouchi, accent parisien…', en: 'E.g. Ivorian, Nigerian pidgin, RP English…' } },
              access: { read: publicWhenChosen('languages') },
            },
          ],
        },
        {
          label: { fr: '5 · Catégories et rôles', en: '5 · Categories and roles' },
          fields: [
            categoriesField(),
            {
              name: 'roleTypes',
              type: 'select',
              hasMany: true,
              label: { fr: 'Rôles recherchés', en: 'Roles sought' },
              options: selectOptions(ROLE_TYPE_OPTIONS),
            },
            {
              type: 'row',
              fields: [
                { name: 'playingAgeMin', type: 'number', min: 1, max: 100, label: { fr: 'Âge de jeu min.', en: 'Playing age from' } },
                { name: 'playingAgeMax', type: 'number', min: 1, max: 100, label: { fr: 'Âge de jeu max.', en: 'Playing age to' } },
              ],
            },
          ],
        },
        {
          label: { fr: '6 · Compétences', en: '6 · Skills' },
          fields: [
            {
              name: 'skills',
              type: 'relationship',
              relationTo: 'skills',
              hasMany: true,
              index: true,
              label: { fr: 'Compétences', en: 'Skills' },
              admin: { description: { fr: 'Chant, danse, arts martiaux, permis, équitation, natation, instruments, sports…', en: 'Singing, dance, martial arts, driving licence, riding, swimming, instruments, sports…' } },
              access: { read: publicWhenChosen('skills') },
            },
            {
              name: 'otherSkills',
              type: 'textarea',
              maxLength: 500,
              label: { fr: 'Autres compétences', en: 'Other skills' },
              access: { read: publicWhenChosen('skills') },
            },
          ],
        },
        {
          label: { fr: '7 · Expérience', en: '7 · Experience' },
          fields: [
            {
              name: 'yearsOfExperience',
              type: 'number',
              min: 0,
              max: 80,
              label: { fr: 'Années d’expérience', en: 'Years of experience' },
              access: { read: publicWhenChosen('filmography') },
            },
            {
              name: 'training',
              type: 'textarea',
              maxLength: 2000,
              label: { fr: 'Formation', en: 'Training' },
              admin: { description: { fr: 'Écoles, ateliers, conservatoire…', en: 'Schools, workshops, drama school…' } },
              access: { read: publicWhenChosen('filmography') },
            },
            {
              name: 'filmography',
              type: 'array',
              maxRows: 100,
              label: { fr: 'Filmographie', en: 'Filmography' },
              labels: { singular: { fr: 'Production', en: 'Production' }, plural: { fr: 'Productions', en: 'Productions' } },
              access: { read: publicWhenChosen('filmography') },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'title', type: 'text', required: true, maxLength: 200, label: { fr: 'Titre', en: 'Title' } },
                    { name: 'year', type: 'number', min: 1900, max: 2100, label: { fr: 'Année', en: 'Year' } },
                    { name: 'type', type: 'select', label: { fr: 'Type', en: 'Type' }, options: selectOptions(FILMOGRAPHY_TYPE_OPTIONS) },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'role', type: 'text', maxLength: 160, label: { fr: 'Rôle / poste', en: 'Role / position' } },
                    { name: 'director', type: 'text', maxLength: 160, label: { fr: 'Réalisation', en: 'Director' } },
                    { name: 'company', type: 'text', maxLength: 160, label: { fr: 'Société de production', en: 'Production company' } },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'imdbId', type: 'text', maxLength: 20, label: { fr: 'Identifiant IMDb', en: 'IMDb id' }, admin: { description: { fr: 'Rempli par la recherche OMDB.', en: 'Filled by the OMDB look-up.' } } },
                    { name: 'posterUrl', type: 'text', maxLength: 500, label: { fr: 'Affiche (URL)', en: 'Poster (URL)' } },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: { fr: '8 · Disponibilité', en: '8 · Availability' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'availability',
                  type: 'select',
                  required: true,
                  defaultValue: 'available',
                  index: true,
                  label: { fr: 'Disponibilité', en: 'Availability' },
                  options: selectOptions(AVAILABILITY_OPTIONS),
                  access: { read: publicWhenChosen('availability') },
                },
                {
                  name: 'availableFrom',
                  type: 'date',
                  label: { fr: 'Disponible à partir du', en: 'Available from' },
                  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
                  access: { read: publicWhenChosen('availability') },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'willingToTravel', type: 'checkbox', label: { fr: 'Prêt·e à voyager', en: 'Willing to travel' }, access: { read: publicWhenChosen('availability') } },
                { name: 'hasPassport', type: 'checkbox', label: { fr: 'Passeport valide', en: 'Valid passport' }, access: ownerOrStaffRead },
                { name: 'unionMember', type: 'checkbox', label: { fr: 'Membre d’un syndicat / d’une guilde', en: 'Union / guild member' }, access: ownerOrStaffRead },
              ],
            },
            { name: 'unionName', type: 'text', maxLength: 160, label: { fr: 'Syndicat / guilde', en: 'Union / guild' }, access: ownerOrStaffRead },
            {
              type: 'row',
              fields: [
                { name: 'rate', type: 'number', min: 0, label: { fr: 'Tarif indicatif', en: 'Indicative rate' }, access: ownerOrStaffRead },
                { name: 'rateCurrency', type: 'select', defaultValue: 'XOF', label: { fr: 'Devise', en: 'Currency' }, options: selectOptions(CURRENCY_OPTIONS), access: ownerOrStaffRead },
                { name: 'rateUnit', type: 'select', defaultValue: 'day', label: { fr: 'Unité', en: 'Per' }, options: selectOptions(RATE_UNIT_OPTIONS), access: ownerOrStaffRead },
                { name: 'rateNegotiable', type: 'checkbox', label: { fr: 'Négociable', en: 'Negotiable' }, access: ownerOrStaffRead },
              ],
            },
            {
              name: 'availabilityNotes',
              type: 'textarea',
              maxLength: 1000,
              label: { fr: 'Conditions particulières', en: 'Conditions' },
              access: ownerOrStaffRead,
            },
          ],
        },
        {
          label: { fr: '9 · Médias', en: '9 · Media' },
          fields: [
            { ...url('showreelUrl', { fr: 'Bande démo (lien)', en: 'Showreel (link)' }), access: { read: publicWhenChosen('media') } } as Field,
            {
              name: 'gallery',
              type: 'upload',
              relationTo: 'photos',
              hasMany: true,
              maxRows: 8,
              label: { fr: 'Autres photos', en: 'More photos' },
              access: { read: publicWhenChosen('media') },
            },
            { name: 'cv', type: 'upload', relationTo: 'cvs', label: { fr: 'CV', en: 'CV' }, access: ownerOrStaffRead },
            {
              name: 'socialLinks',
              type: 'group',
              label: { fr: 'Réseaux', en: 'Social links' },
              access: { read: publicWhenChosen('media') },
              fields: [
                {
                  type: 'row',
                  fields: [
                    url('instagram', { fr: 'Instagram', en: 'Instagram' }),
                    url('facebook', { fr: 'Facebook', en: 'Facebook' }),
                    url('tiktok', { fr: 'TikTok', en: 'TikTok' }),
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    url('youtube', { fr: 'YouTube', en: 'YouTube' }),
                    url('imdb', { fr: 'IMDb', en: 'IMDb' }),
                    url('website', { fr: 'Site web', en: 'Website' }),
                  ],
                },
              ],
            },
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
      defaultValue: DEFAULT_CINEMA_PUBLIC_PARTS,
      label: { fr: 'Parties visibles publiquement', en: 'Publicly visible parts' },
      options: selectOptions(CINEMA_PUBLIC_PARTS),
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
