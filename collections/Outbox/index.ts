import type { Access, CollectionConfig } from 'payload'

import { isAdmin } from '@/access'
import { EMAIL_TRANSPORTS, type EmailTransport } from '@/email/transportChoice'
import { EMAIL_STATUSES, OUTBOX_SLUG, type EmailStatus } from '@/email/outbox'

/** Only the email adapter writes here, through the Local API with overrideAccess. */
const nobody: Access = () => false

const transportLabels: Record<EmailTransport, { fr: string; en: string }> = {
  sendgrid: { fr: 'SendGrid', en: 'SendGrid' },
  smtp: { fr: 'SMTP', en: 'SMTP' },
  outbox: { fr: 'Aucun (conservé ici)', en: 'None (kept here)' },
}

const statusLabels: Record<EmailStatus, { fr: string; en: string }> = {
  stored: { fr: 'Conservé (non envoyé)', en: 'Stored (not sent)' },
  sent: { fr: 'Envoyé', en: 'Sent' },
  failed: { fr: 'Échec', en: 'Failed' },
}

/**
 * Every email the platform sends, whatever the transport: staff see what left, what
 * failed and why, and — when no provider is configured — read the messages here.
 */
export const Outbox: CollectionConfig<'outbox'> = {
  slug: OUTBOX_SLUG,
  labels: {
    singular: { fr: 'E-mail envoyé', en: 'Sent email' },
    plural: { fr: 'Boîte d’envoi', en: 'Outbox' },
  },
  admin: {
    group: { fr: 'Administration', en: 'Administration' },
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'status', 'transport', 'createdAt'],
    listSearchableFields: ['subject', 'to'],
    description: {
      fr: 'Les e-mails de la plateforme : envoyés par SendGrid ou SMTP, ou conservés ici quand aucun envoi n’est configuré.',
      en: 'The platform’s emails: sent through SendGrid or SMTP, or kept here when no transport is configured.',
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: isAdmin,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  disableDuplicate: true,
  lockDocuments: false,
  fields: [
    {
      name: 'to',
      type: 'text',
      required: true,
      index: true,
      label: { fr: 'Destinataires', en: 'Recipients' },
      admin: { readOnly: true },
    },
    {
      name: 'subject',
      type: 'text',
      label: { fr: 'Objet', en: 'Subject' },
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      label: { fr: 'Statut', en: 'Status' },
      options: EMAIL_STATUSES.map((value) => ({ value, label: statusLabels[value] })),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'transport',
      type: 'select',
      required: true,
      label: { fr: 'Moyen d’envoi', en: 'Transport' },
      options: EMAIL_TRANSPORTS.map((value) => ({ value, label: transportLabels[value] })),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'providerMessageId',
      type: 'text',
      label: { fr: 'Identifiant chez le fournisseur', en: 'Provider message ID' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'locale',
      type: 'select',
      label: { fr: 'Langue', en: 'Language' },
      options: [
        { value: 'fr', label: 'Français' },
        { value: 'en', label: 'English' },
      ],
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'error',
      type: 'textarea',
      label: { fr: 'Erreur', en: 'Error' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.error) },
    },
    {
      // A textarea rather than a code field: the code editor loads from a CDN, which
      // servers without Internet access (and strict CSPs) do not allow.
      name: 'html',
      type: 'textarea',
      label: { fr: 'Contenu HTML', en: 'HTML content' },
      admin: { readOnly: true, rows: 12 },
    },
    {
      name: 'text',
      type: 'textarea',
      label: { fr: 'Version texte', en: 'Plain-text version' },
      admin: { readOnly: true, rows: 12 },
    },
  ],
  timestamps: true,
}
