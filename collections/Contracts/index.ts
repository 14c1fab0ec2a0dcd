import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin, isAdminField } from '@/access'
import { CURRENCY_OPTIONS } from '@/cinema/cinemaOptions'
import {
  CONTRACT_EVENT_TYPES,
  CONTRACT_STATUSES,
  CONTRACTS_SLUG,
  EVENT_LABELS,
  SIGNATURE_METHODS,
  SIGNER_ROLES,
  SIGNER_STATUS_LABELS,
  SIGNER_STATUSES,
  STATUS_LABELS,
} from '@/contracts/constants'
import { selectOptions } from '@/payload/selectOptions'
import { contractEndpoints } from '../../endpoints/contractEndpoints'
import { canReadContracts } from './access/canReadContracts'
import { keepSignedContracts } from './hooks/keepSignedContracts'
import { logContractCreated } from './hooks/logContractCreated'
import { prepareDraft } from './hooks/prepareDraft'

/** Written only by the signing workflow (src/contracts/workflow.ts, Local API with overrideAccess). */
const never: FieldAccess = () => false

const readOnlySidebar = { readOnly: true, position: 'sidebar' as const }

/**
 * Contracts for electronic signature (SPEC §10, issue #8). Staff write drafts (template,
 * party, amounts, dates); the server renders the text, and from the first sending on the
 * document is frozen: only the workflow moves the status, signers and the append-only audit
 * trail. Talents read their own contracts and never write them.
 */
export const Contracts: CollectionConfig<'contracts'> = {
  slug: CONTRACTS_SLUG,
  labels: { singular: { fr: 'Contrat', en: 'Contract' }, plural: { fr: 'Contrats', en: 'Contracts' } },
  admin: {
    group: { fr: 'Contrats', en: 'Contracts' },
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'title', 'partyName', 'kind', 'status', 'updatedAt'],
    listSearchableFields: ['reference', 'title', 'partyName', 'partyCode'],
  },
  defaultSort: '-createdAt',
  access: { read: canReadContracts, create: isAdmin, update: isAdmin, delete: isAdmin },
  // Routes under /api/contracts/* (send, remind, cancel, archive, pdf, preview, variables, verify).
  endpoints: contractEndpoints,
  disableDuplicate: true,
  hooks: {
    beforeChange: [prepareDraft],
    afterChange: [logContractCreated],
    beforeDelete: [keepSignedContracts],
  },
  fields: [
    {
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      label: { fr: 'Référence', en: 'Reference' },
      access: { create: never, update: never },
      admin: { ...readOnlySidebar, description: { fr: 'Attribuée à la création (CTR-AAAA-NNNNNN).', en: 'Issued on creation (CTR-YYYY-NNNNNN).' } },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: { fr: 'Statut', en: 'Status' },
      options: CONTRACT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      access: { create: never, update: never },
      admin: readOnlySidebar,
    },
    { name: 'template', type: 'relationship', relationTo: 'contract-templates', required: true, index: true, label: { fr: 'Modèle', en: 'Template' } },
    {
      name: 'kind',
      type: 'select',
      index: true,
      label: { fr: 'Type', en: 'Kind' },
      options: [
        { value: 'talent', label: { fr: 'Talent', en: 'Talent' } },
        { value: 'cinema', label: { fr: 'Cinéma', en: 'Cinema' } },
      ],
      access: { create: never, update: never },
      admin: { ...readOnlySidebar, description: { fr: 'Celui du modèle.', en: 'The template’s.' } },
    },
    { name: 'title', type: 'text', maxLength: 200, label: { fr: 'Titre', en: 'Title' }, admin: { description: { fr: 'Par défaut, le titre du modèle.', en: 'The template’s title by default.' } } },
    {
      type: 'row',
      fields: [
        { name: 'talent', type: 'relationship', relationTo: 'talents', index: true, label: { fr: 'Talent', en: 'Talent' }, admin: { condition: (data) => data?.kind !== 'cinema' } },
        { name: 'cinemaTalent', type: 'relationship', relationTo: 'cinema-talents', index: true, label: { fr: 'Talent cinéma', en: 'Cinema talent' }, admin: { condition: (data) => data?.kind !== 'talent' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'project', type: 'relationship', relationTo: 'projects', index: true, label: { fr: 'Projet', en: 'Project' } },
        { name: 'assignment', type: 'relationship', relationTo: 'assignments', index: true, label: { fr: 'Affectation', en: 'Assignment' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'amount', type: 'number', min: 0, label: { fr: 'Montant (cachet)', en: 'Amount (fee)' } },
        { name: 'currency', type: 'select', label: { fr: 'Devise', en: 'Currency' }, options: selectOptions(CURRENCY_OPTIONS) },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', label: { fr: 'Début', en: 'Start' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
        { name: 'endDate', type: 'date', label: { fr: 'Fin', en: 'End' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
      ],
    },
    {
      name: 'countersigner',
      type: 'relationship',
      relationTo: 'users',
      label: { fr: 'Contre-signataire (équipe)', en: 'Countersigner (staff)' },
      filterOptions: { roles: { contains: 'admin' } },
      admin: { description: { fr: 'Quand le modèle demande une contre-signature ; par défaut, l’auteur du contrat.', en: 'When the template asks for a countersignature; the contract’s author by default.' } },
    },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', access: { create: never, update: never }, label: { fr: 'Créé par', en: 'Created by' }, admin: readOnlySidebar },
    {
      type: 'collapsible',
      label: { fr: 'Partie (figée à l’envoi)', en: 'Party (frozen when sent)' },
      admin: { initCollapsed: true },
      fields: [
        { name: 'partyName', type: 'text', index: true, access: { create: never, update: never }, label: { fr: 'Nom', en: 'Name' }, admin: { readOnly: true } },
        { name: 'partyCode', type: 'text', index: true, access: { create: never, update: never }, label: { fr: 'Code', en: 'Code' }, admin: { readOnly: true } },
        { name: 'partyEmail', type: 'text', access: { create: never, update: never, read: isAdminField }, label: { fr: 'E-mail', en: 'Email' }, admin: { readOnly: true } },
      ],
    },
    { name: 'renderedContent', type: 'json', access: { create: never, update: never }, admin: { hidden: true } },
    {
      name: 'renderedHtml',
      type: 'textarea',
      access: { create: never, update: never },
      label: { fr: 'Texte rendu (HTML)', en: 'Rendered text (HTML)' },
      admin: { readOnly: true, rows: 12, description: { fr: 'Rendu à chaque modification du brouillon ; figé dès l’envoi.', en: 'Rendered on each draft edit; frozen once sent.' } },
    },
    {
      name: 'signers',
      type: 'array',
      label: { fr: 'Signataires', en: 'Signers' },
      access: { create: never, update: never },
      admin: { readOnly: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'order', type: 'number', required: true, label: { fr: 'Ordre', en: 'Order' } },
            { name: 'role', type: 'select', required: true, options: SIGNER_ROLES.map((value) => ({ value, label: value === 'talent' ? { fr: 'Talent', en: 'Talent' } : { fr: 'Équipe', en: 'Staff' } })), label: { fr: 'Rôle', en: 'Role' } },
            { name: 'status', type: 'select', required: true, defaultValue: 'pending', options: SIGNER_STATUSES.map((value) => ({ value, label: SIGNER_STATUS_LABELS[value] })), label: { fr: 'Statut', en: 'Status' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
            { name: 'email', type: 'text', required: true, access: { read: isAdminField }, label: { fr: 'E-mail', en: 'Email' } },
            { name: 'user', type: 'relationship', relationTo: 'users', label: { fr: 'Compte', en: 'Account' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'sentAt', type: 'date', label: { fr: 'Envoyé le', en: 'Sent on' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'viewedAt', type: 'date', label: { fr: 'Consulté le', en: 'Viewed on' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'signedAt', type: 'date', label: { fr: 'Signé le', en: 'Signed on' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'method', type: 'select', options: SIGNATURE_METHODS.map((value) => ({ value, label: value === 'drawn' ? { fr: 'Dessinée', en: 'Drawn' } : { fr: 'Nom saisi', en: 'Typed name' } })), label: { fr: 'Signature', en: 'Signature' } },
            { name: 'typedName', type: 'text', label: { fr: 'Nom saisi', en: 'Typed name' } },
            { name: 'identity', type: 'select', options: [{ value: 'code', label: { fr: 'Code du talent', en: 'Talent code' } }, { value: 'otp', label: { fr: 'Code par e-mail', en: 'Emailed code' } }], label: { fr: 'Identité vérifiée par', en: 'Identity checked by' } },
          ],
        },
        // The drawn signature as a PNG data URL (≤ 300 kB), kept server-side and hashed with the document.
        { name: 'signatureImage', type: 'textarea', admin: { hidden: true } },
        {
          type: 'row',
          fields: [
            { name: 'ip', type: 'text', access: { read: isAdminField }, label: { fr: 'IP', en: 'IP' } },
            { name: 'userAgent', type: 'text', access: { read: isAdminField }, label: { fr: 'Navigateur', en: 'User agent' } },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { fr: 'Suivi', en: 'Tracking' },
      admin: { position: 'sidebar' },
      fields: [
        { name: 'sentAt', type: 'date', access: { create: never, update: never }, label: { fr: 'Envoyé le', en: 'Sent on' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'expiresAt', type: 'date', index: true, access: { create: never, update: never }, label: { fr: 'Lien valable jusqu’au', en: 'Link valid until' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'lastReminderAt', type: 'date', access: { create: never, update: never }, label: { fr: 'Dernière relance', en: 'Last reminder' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'reminderCount', type: 'number', defaultValue: 0, access: { create: never, update: never }, label: { fr: 'Relances', en: 'Reminders' }, admin: { readOnly: true } },
        { name: 'signedAt', type: 'date', access: { create: never, update: never }, label: { fr: 'Signé le', en: 'Signed on' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'declineReason', type: 'textarea', access: { create: never, update: never }, label: { fr: 'Motif du refus', en: 'Reason for declining' }, admin: { readOnly: true } },
      ],
    },
    {
      type: 'collapsible',
      label: { fr: 'Document final', en: 'Final document' },
      fields: [
        { name: 'documentHash', type: 'text', index: true, access: { create: never, update: never }, label: { fr: 'Empreinte SHA-256 du document signé', en: 'SHA-256 of the signed document' }, admin: { readOnly: true } },
        { name: 'finalPdf', type: 'upload', relationTo: 'contract-files', access: { create: never, update: never }, label: { fr: 'PDF final', en: 'Final PDF' }, admin: { readOnly: true } },
        { name: 'pdfHash', type: 'text', access: { create: never, update: never }, label: { fr: 'Empreinte SHA-256 du PDF final', en: 'SHA-256 of the final PDF' }, admin: { readOnly: true } },
      ],
    },
    {
      name: 'events',
      type: 'array',
      label: { fr: 'Journal (piste d’audit)', en: 'Audit trail' },
      access: { create: never, update: never },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'type', type: 'select', required: true, options: CONTRACT_EVENT_TYPES.map((value) => ({ value, label: EVENT_LABELS[value] })), label: { fr: 'Événement', en: 'Event' } },
            { name: 'at', type: 'date', required: true, label: { fr: 'Date', en: 'Date' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'actorLabel', type: 'text', label: { fr: 'Par', en: 'By' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'ip', type: 'text', access: { read: isAdminField }, label: { fr: 'IP', en: 'IP' } },
            { name: 'userAgent', type: 'text', access: { read: isAdminField }, label: { fr: 'Navigateur', en: 'User agent' } },
          ],
        },
        { name: 'details', type: 'text', label: { fr: 'Détails', en: 'Details' } },
      ],
    },
  ],
}

