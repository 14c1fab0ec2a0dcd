import type { CollectionConfig } from 'payload'

import { canReadProjects, isAdmin } from '@/access'
import { PROJECT_STATUS_OPTIONS, PROJECT_TYPE_OPTIONS } from '@/cinema/cinemaOptions'
import { projectBadgeEndpoints } from '../../endpoints/badgeEndpoints'
import { ADMIN_GROUPS } from '../adminGroups'
import { issueProjectCodeOnCreate } from './hooks/issueProjectCodeOnCreate'
import { selectOptions } from '@/payload/selectOptions'

const never = () => false

/**
 * Film, series or commercial projects of a production company (SPEC §5), with the talents
 * assigned to them. The code CCIIISSSNNN is issued atomically per production company.
 */
export const Projects: CollectionConfig<'projects'> = {
  slug: 'projects',
  labels: { singular: { fr: 'Projet', en: 'Project' }, plural: { fr: 'Projets', en: 'Projects' } },
  admin: {
    group: ADMIN_GROUPS.cinema,
    useAsTitle: 'title',
    defaultColumns: ['code', 'title', 'production', 'type', 'status', 'startDate'],
    listSearchableFields: ['code', 'title'],
  },
  access: { read: canReadProjects, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: projectBadgeEndpoints,
  hooks: { beforeChange: [issueProjectCodeOnCreate] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 200, label: { fr: 'Titre', en: 'Title' } },
        {
          name: 'code',
          type: 'text',
          unique: true,
          index: true,
          label: { fr: 'Code projet', en: 'Project code' },
          access: { create: never, update: never },
          admin: { readOnly: true, description: { fr: 'CCIIISSSNNN, attribué à la création.', en: 'CCIIISSSNNN, issued on creation.' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'production', type: 'relationship', relationTo: 'productions', required: true, index: true, label: { fr: 'Production', en: 'Production company' } },
        { name: 'type', type: 'select', required: true, label: { fr: 'Type', en: 'Type' }, options: selectOptions(PROJECT_TYPE_OPTIONS) },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'preproduction',
          index: true,
          label: { fr: 'Statut', en: 'Status' },
          options: selectOptions(PROJECT_STATUS_OPTIONS),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', label: { fr: 'Début', en: 'Start' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
        { name: 'endDate', type: 'date', label: { fr: 'Fin', en: 'End' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
        { name: 'director', type: 'text', maxLength: 160, label: { fr: 'Réalisation', en: 'Director' } },
      ],
    },
    {
      name: 'locations',
      type: 'array',
      label: { fr: 'Lieux de tournage', en: 'Shooting locations' },
      labels: { singular: { fr: 'Lieu', en: 'Location' }, plural: { fr: 'Lieux', en: 'Locations' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'country', type: 'relationship', relationTo: 'countries', label: { fr: 'Pays', en: 'Country' }, admin: { allowCreate: false } },
            {
              name: 'city',
              type: 'relationship',
              relationTo: 'cities',
              label: { fr: 'Ville', en: 'City' },
              admin: { allowCreate: false },
              filterOptions: ({ siblingData }) => {
                const country = (siblingData as { country?: unknown }).country
                return country ? { country: { equals: country } } : true
              },
            },
            { name: 'place', type: 'text', maxLength: 200, label: { fr: 'Lieu précis', en: 'Place' } },
          ],
        },
      ],
    },
    { name: 'description', type: 'textarea', maxLength: 4000, label: { fr: 'Description', en: 'Description' } },
    {
      name: 'presenceStaff',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      index: true,
      label: { fr: 'Équipe présence', en: 'Attendance staff' },
      filterOptions: { roles: { in: ['presence'] } },
      admin: { description: { fr: 'Personnes autorisées à scanner les présences de ce projet.', en: 'People allowed to record attendance on this project.' } },
    },
    {
      // Badge count and PDF links (src/components/admin/cinema), just above the assigned talents.
      name: 'badges',
      type: 'ui',
      admin: { components: { Field: '/src/components/admin/cinema/ProjectBadges' } },
    },
    {
      name: 'assignments',
      type: 'join',
      collection: 'assignments',
      on: 'project',
      label: { fr: 'Talents affectés', en: 'Assigned talents' },
      admin: { defaultColumns: ['cinemaTalent', 'kind', 'roleName', 'status', 'fee', 'startDate'] },
    },
  ],
}
