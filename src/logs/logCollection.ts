import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access'
import { ADMIN_GROUPS } from '../../collections/adminGroups'
import { actionOptions, severityOptions } from './actions'

type Labels = { singular: { fr: string; en: string }; plural: { fr: string; en: string } }

// Only the logging service writes (Local API, overrideAccess); nobody does through the APIs.
const nobody = () => false

/**
 * A journal collection (activity-logs, security-logs): read-only for admins in the panel,
 * filterable by actor, action, severity and date. Entries are written by src/logs only.
 */
export function logCollection({ slug, labels, description }: { slug: 'activity-logs' | 'security-logs'; labels: Labels; description: { fr: string; en: string } }): CollectionConfig {
  return {
    slug,
    labels,
    admin: {
      group: ADMIN_GROUPS.journal,
      useAsTitle: 'message',
      defaultColumns: ['createdAt', 'action', 'actor', 'severity', 'ip'],
      listSearchableFields: ['actorEmail', 'message', 'ip', 'targetLabel'],
      description,
      pagination: { defaultLimit: 50 },
    },
    defaultSort: '-createdAt',
    disableDuplicate: true,
    lockDocuments: false,
    access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
    timestamps: true,
    fields: [
      {
        name: 'action',
        type: 'select',
        required: true,
        index: true,
        label: { fr: 'Action', en: 'Action' },
        options: actionOptions,
      },
      {
        name: 'severity',
        type: 'select',
        required: true,
        index: true,
        defaultValue: 'info',
        label: { fr: 'Gravité', en: 'Severity' },
        options: severityOptions,
      },
      {
        name: 'actor',
        type: 'relationship',
        relationTo: 'users',
        index: true,
        label: { fr: 'Auteur', en: 'Actor' },
        admin: { description: { fr: 'Vide : visiteur anonyme ou le système.', en: 'Empty: anonymous visitor or the system.' } },
      },
      {
        name: 'actorEmail',
        type: 'text',
        label: { fr: 'E-mail de l’auteur', en: 'Actor email' },
        admin: { description: { fr: 'Au moment de l’action (le compte peut avoir été supprimé depuis).', en: 'At the time of the action (the account may have been deleted since).' } },
      },
      { name: 'message', type: 'text', label: { fr: 'Message', en: 'Message' } },
      {
        type: 'row',
        fields: [
          { name: 'targetCollection', type: 'text', label: { fr: 'Collection concernée', en: 'Target collection' } },
          { name: 'targetId', type: 'text', label: { fr: 'Identifiant concerné', en: 'Target id' } },
          { name: 'targetLabel', type: 'text', label: { fr: 'Élément concerné', en: 'Target' } },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'ip', type: 'text', index: true, label: { fr: 'Adresse IP', en: 'IP address' } },
          { name: 'userAgent', type: 'text', label: { fr: 'Navigateur (user agent)', en: 'User agent' } },
        ],
      },
      { name: 'metadata', type: 'json', label: { fr: 'Détails', en: 'Details' } },
    ],
  }
}
