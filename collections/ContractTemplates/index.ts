import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access'
import { CURRENCY_OPTIONS } from '@/cinema/cinemaOptions'
import { CONTRACT_TEMPLATES_SLUG } from '@/contracts/constants'
import { selectOptions } from '@/payload/selectOptions'
import { ADMIN_GROUPS } from '../adminGroups'

/**
 * Contract models written by staff in rich text with `{{variables}}` (list in
 * src/contracts/variables.ts), turned into a contract for one talent or cinema talent.
 */
export const ContractTemplates: CollectionConfig<'contract-templates'> = {
  slug: CONTRACT_TEMPLATES_SLUG,
  labels: {
    singular: { fr: 'Modèle de contrat', en: 'Contract template' },
    plural: { fr: 'Modèles de contrat', en: 'Contract templates' },
  },
  admin: {
    group: { fr: 'Contrats', en: 'Contracts' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'requiresCountersignature', 'active', 'updatedAt'],
    description: {
      fr: 'Variables disponibles : {{talent.nom}}, {{talent.prenom}}, {{talent.nom_complet}}, {{talent.code}}, {{talent.email}}, {{talent.pays}}, {{talent.ville}}, {{projet.titre}}, {{projet.code}}, {{production.nom}}, {{role}}, {{cachet}}, {{devise}}, {{date_debut}}, {{date_fin}}, {{date_du_jour}}, {{contrat.reference}}.',
      en: 'Variables: {{talent.nom}} (last name), {{talent.prenom}}, {{talent.nom_complet}}, {{talent.code}}, {{talent.email}}, {{talent.pays}}, {{talent.ville}}, {{projet.titre}}, {{projet.code}}, {{production.nom}}, {{role}}, {{cachet}} (fee), {{devise}}, {{date_debut}}, {{date_fin}}, {{date_du_jour}}, {{contrat.reference}}.',
    },
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { fr: 'Titre', en: 'Title' } },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'talent',
          index: true,
          label: { fr: 'Type', en: 'Kind' },
          options: [
            { value: 'talent', label: { fr: 'Talent', en: 'Talent' } },
            { value: 'cinema', label: { fr: 'Cinéma', en: 'Cinema' } },
          ],
        },
        { name: 'defaultCurrency', type: 'select', required: true, defaultValue: 'XOF', label: { fr: 'Devise par défaut', en: 'Default currency' }, options: selectOptions(CURRENCY_OPTIONS) },
      ],
    },
    { name: 'body', type: 'richText', required: true, label: { fr: 'Texte du contrat', en: 'Contract text' } },
    {
      type: 'row',
      fields: [
        { name: 'reminderAfterDays', type: 'number', required: true, defaultValue: 3, min: 1, max: 60, label: { fr: 'Relance après (jours)', en: 'Reminder after (days)' } },
        { name: 'linkValidityDays', type: 'number', required: true, defaultValue: 14, min: 1, max: 90, label: { fr: 'Validité du lien (jours)', en: 'Link validity (days)' } },
      ],
    },
    {
      name: 'requiresCountersignature',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Contre-signature par l’équipe', en: 'Staff countersignature' },
      admin: { description: { fr: 'Après la signature du talent, un membre de l’équipe signe à son tour.', en: 'After the talent signs, a staff member signs too.' } },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: { fr: 'Actif', en: 'Active' }, admin: { position: 'sidebar' } },
  ],
}
