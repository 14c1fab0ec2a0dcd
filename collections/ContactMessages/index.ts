import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isAdminOrOwner, isStaffOrOwner } from '@/access'
import { MESSAGE_STATUS_OPTIONS } from '@/cinema/cinemaOptions'
import { ADMIN_GROUPS } from '../adminGroups'
import { selectOptions } from '@/payload/selectOptions'

const never = () => false

/**
 * Messages visitors send to a talent from a public profile: contact details are never
 * public, so recruiters write through the platform; the message is stored here and
 * emailed to the talent. Sent through the contact endpoint only (rate-limited).
 */
export const ContactMessages: CollectionConfig<'contact-messages'> = {
  slug: 'contact-messages',
  labels: { singular: { fr: 'Message reçu', en: 'Message' }, plural: { fr: 'Messages reçus', en: 'Messages' } },
  admin: {
    group: ADMIN_GROUPS.cinema,
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'senderName', 'cinemaTalent', 'status', 'createdAt'],
  },
  access: { read: isStaffOrOwner('recipient'), create: isAdmin, update: isAdminOrOwner('recipient'), delete: isAdmin },
  fields: [
    { name: 'cinemaTalent', type: 'relationship', relationTo: 'cinema-talents', required: true, index: true, label: { fr: 'Talent', en: 'Talent' }, access: { update: never } },
    { name: 'recipient', type: 'relationship', relationTo: 'users', required: true, index: true, label: { fr: 'Destinataire', en: 'Recipient' }, access: { update: never } },
    {
      type: 'row',
      fields: [
        { name: 'senderName', type: 'text', required: true, maxLength: 120, label: { fr: 'Nom', en: 'Name' }, access: { update: never } },
        { name: 'senderEmail', type: 'email', required: true, label: { fr: 'E-mail', en: 'Email' }, access: { update: never } },
        { name: 'organisation', type: 'text', maxLength: 160, label: { fr: 'Société / production', en: 'Company / production' }, access: { update: never } },
      ],
    },
    { name: 'subject', type: 'text', required: true, maxLength: 160, label: { fr: 'Objet', en: 'Subject' }, access: { update: never } },
    { name: 'message', type: 'textarea', required: true, maxLength: 3000, label: { fr: 'Message', en: 'Message' }, access: { update: never } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      label: { fr: 'Statut', en: 'Status' },
      options: selectOptions(MESSAGE_STATUS_OPTIONS),
      admin: { position: 'sidebar' },
    },
    { name: 'senderIp', type: 'text', label: { fr: 'Adresse IP', en: 'IP address' }, access: { read: isAdminField, update: never }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'emailedAt', type: 'date', label: { fr: 'Transmis par e-mail le', en: 'Emailed on' }, access: { update: isAdminField }, admin: { position: 'sidebar', readOnly: true } },
  ],
}
