import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '@/access'
import { ADMIN_GROUPS } from '../adminGroups'
import { canReadAttendances } from './access/canReadAttendances'
import { checkAttendance } from './hooks/checkAttendance'

const never = () => false
/** Written by the scan logic (src/presence/recordScan.ts) only; admins correct times and notes. */
const systemOnly: { create: FieldAccess; update: FieldAccess } = { create: never, update: never }
const dateTime = { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm' } } as const

export const SCAN_METHOD_OPTIONS = [
  { value: 'camera', label: { fr: 'Caméra', en: 'Camera' } },
  { value: 'manual', label: { fr: 'Saisie du code', en: 'Typed code' } },
  { value: 'bulk', label: { fr: 'En groupe', en: 'Bulk' } },
]

/**
 * On-set attendance (SPEC §6): one record per arrival, closed by the departure. Records are
 * made only by the presence endpoints (one transaction per scan, locked per project and
 * talent); the scanner's scan ids are unique, so an offline replay never records twice.
 */
export const Attendances: CollectionConfig<'attendances'> = {
  slug: 'attendances',
  labels: { singular: { fr: 'Présence', en: 'Attendance' }, plural: { fr: 'Présences', en: 'Attendance' } },
  admin: {
    group: ADMIN_GROUPS.cinema,
    useAsTitle: 'title',
    defaultColumns: ['cinemaTalent', 'project', 'checkInAt', 'checkOutAt', 'durationMinutes', 'method'],
    listSearchableFields: ['title', 'clientScanId'],
  },
  access: { read: canReadAttendances, create: never, update: isAdmin, delete: isAdmin },
  defaultSort: '-checkInAt',
  indexes: [
    // The live list and history: a project's attendances over a time range.
    { fields: ['project', 'checkInAt'] },
    // The scan decision: a person's attendances on a project (cinema profile, or main profile alone).
    { fields: ['cinemaTalent', 'project'] },
    { fields: ['talent', 'project'] },
  ],
  hooks: { beforeChange: [checkAttendance] },
  fields: [
    { name: 'title', type: 'text', label: { fr: 'Talent et projet', en: 'Talent and project' }, admin: { hidden: true }, access: systemOnly },
    {
      type: 'row',
      fields: [
        {
          name: 'cinemaTalent',
          type: 'relationship',
          relationTo: 'cinema-talents',
          label: { fr: 'Talent (profil cinéma)', en: 'Talent (cinema profile)' },
          access: systemOnly,
          admin: { readOnly: true },
        },
        {
          name: 'talent',
          type: 'relationship',
          relationTo: 'talents',
          label: { fr: 'Profil talent', en: 'Talent profile' },
          access: systemOnly,
          admin: { readOnly: true, description: { fr: 'Renseigné quand le code scanné était celui du profil principal.', en: 'Set when the scanned code was the main profile’s.' } },
        },
        { name: 'project', type: 'relationship', relationTo: 'projects', required: true, label: { fr: 'Projet', en: 'Project' }, access: systemOnly, admin: { readOnly: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'checkInAt', type: 'date', required: true, label: { fr: 'Arrivée', en: 'Arrival' }, admin: dateTime },
        { name: 'checkOutAt', type: 'date', label: { fr: 'Départ', en: 'Departure' }, admin: dateTime },
        {
          name: 'durationMinutes',
          type: 'number',
          min: 0,
          label: { fr: 'Durée', en: 'Duration' },
          access: systemOnly,
          admin: {
            readOnly: true,
            components: { Cell: '/src/presence/admin/AttendanceDurationCell#AttendanceDurationCell' },
            description: { fr: 'En minutes, calculée à partir de l’arrivée et du départ.', en: 'In minutes, from the arrival and departure times.' },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'method', type: 'select', required: true, options: SCAN_METHOD_OPTIONS, label: { fr: 'Méthode (arrivée)', en: 'Method (arrival)' }, access: systemOnly, admin: { readOnly: true } },
        { name: 'checkOutMethod', type: 'select', options: SCAN_METHOD_OPTIONS, label: { fr: 'Méthode (départ)', en: 'Method (departure)' }, access: systemOnly, admin: { readOnly: true } },
        {
          name: 'forced',
          type: 'checkbox',
          defaultValue: false,
          label: { fr: 'Forcée par un administrateur', en: 'Forced by an admin' },
          access: systemOnly,
          admin: { readOnly: true, description: { fr: 'Talent non affecté au projet, arrivée enregistrée quand même.', en: 'Talent not assigned to the project, arrival recorded anyway.' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'recordedBy', type: 'relationship', relationTo: 'users', label: { fr: 'Arrivée enregistrée par', en: 'Arrival recorded by' }, access: systemOnly, admin: { readOnly: true } },
        { name: 'checkedOutBy', type: 'relationship', relationTo: 'users', label: { fr: 'Départ enregistré par', en: 'Departure recorded by' }, access: systemOnly, admin: { readOnly: true } },
        { name: 'device', type: 'text', maxLength: 200, label: { fr: 'Appareil', en: 'Device' }, access: systemOnly, admin: { readOnly: true } },
      ],
    },
    { name: 'notes', type: 'textarea', maxLength: 2000, label: { fr: 'Notes', en: 'Notes' } },
    {
      type: 'collapsible',
      label: { fr: 'Détails techniques', en: 'Technical details' },
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'clientScanId', type: 'text', unique: true, maxLength: 64, label: { fr: 'Identifiant du scan d’arrivée', en: 'Arrival scan id' }, access: systemOnly, admin: { readOnly: true } },
            { name: 'checkOutScanId', type: 'text', unique: true, maxLength: 64, label: { fr: 'Identifiant du scan de départ', en: 'Departure scan id' }, access: systemOnly, admin: { readOnly: true } },
            {
              name: 'lastScanAt',
              type: 'date',
              label: { fr: 'Dernier scan', en: 'Last scan' },
              access: systemOnly,
              admin: { readOnly: true, ...dateTime, description: { fr: 'Sert à ignorer un second scan rapproché.', en: 'Used to ignore a repeated scan.' } },
            },
          ],
        },
      ],
    },
  ],
}
