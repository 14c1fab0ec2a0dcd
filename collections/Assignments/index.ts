import type { CollectionConfig } from 'payload'

import { canReadAssignments, isAdmin } from '@/access'
import { ASSIGNMENT_KIND_OPTIONS, ASSIGNMENT_STATUS_OPTIONS, CURRENCY_OPTIONS } from '@/cinema/cinemaOptions'
import { assignmentBadgeEndpoints } from '../../endpoints/badgeEndpoints'
import { ADMIN_GROUPS } from '../adminGroups'
import { checkAssignmentDates } from './hooks/checkAssignmentDates'
import { selectOptions } from '@/payload/selectOptions'

/**
 * A cinema talent's part in a project (SPEC §5): a character or a crew position, with fee,
 * dates and status. One per talent and project: badges and attendance count on it.
 */
export const Assignments: CollectionConfig<'assignments'> = {
  slug: 'assignments',
  labels: { singular: { fr: 'Affectation', en: 'Assignment' }, plural: { fr: 'Affectations', en: 'Assignments' } },
  admin: {
    group: ADMIN_GROUPS.cinema,
    useAsTitle: 'title',
    defaultColumns: ['title', 'project', 'kind', 'status', 'fee', 'startDate'],
  },
  access: { read: canReadAssignments, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: assignmentBadgeEndpoints,
  indexes: [{ fields: ['project', 'cinemaTalent'], unique: true }],
  hooks: { beforeChange: [checkAssignmentDates] },
  fields: [
    { name: 'title', type: 'text', admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        { name: 'project', type: 'relationship', relationTo: 'projects', required: true, index: true, label: { fr: 'Projet', en: 'Project' } },
        { name: 'cinemaTalent', type: 'relationship', relationTo: 'cinema-talents', required: true, index: true, label: { fr: 'Talent', en: 'Talent' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, defaultValue: 'cast', label: { fr: 'Type', en: 'Kind' }, options: selectOptions(ASSIGNMENT_KIND_OPTIONS) },
        {
          name: 'roleName',
          type: 'text',
          required: true,
          maxLength: 160,
          label: { fr: 'Personnage / poste', en: 'Character / position' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'confirmed',
          index: true,
          label: { fr: 'Statut', en: 'Status' },
          options: selectOptions(ASSIGNMENT_STATUS_OPTIONS),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'fee', type: 'number', min: 0, label: { fr: 'Cachet', en: 'Fee' } },
        { name: 'currency', type: 'select', defaultValue: 'XOF', label: { fr: 'Devise', en: 'Currency' }, options: selectOptions(CURRENCY_OPTIONS) },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', label: { fr: 'Du', en: 'From' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
        { name: 'endDate', type: 'date', label: { fr: 'Au', en: 'To' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
      ],
    },
    { name: 'notes', type: 'textarea', maxLength: 2000, label: { fr: 'Notes', en: 'Notes' } },
    {
      // The badge PDF download (src/components/admin/cinema/AssignmentBadge).
      name: 'badge',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/components/admin/cinema/AssignmentBadge' } },
    },
  ],
}
