import type { GlobalConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access'
import { ADMIN_GROUPS } from '../../collections/adminGroups'
import { logSettingsUpdate } from '../shared/logSettingsUpdate'

/**
 * Site-wide technical settings (SPEC §9): HTML added to the `<head>` of every public page
 * (analytics, site verification tags) and how long logs are kept. Admins only: injected
 * HTML runs in every visitor's browser.
 */
export const SystemSettings: GlobalConfig = {
  slug: 'system-settings',
  label: { fr: 'Réglages système', en: 'System settings' },
  admin: { group: ADMIN_GROUPS.administration },
  access: { read: isAdmin, update: isAdmin },
  hooks: { afterChange: [logSettingsUpdate('Réglages système')] },
  fields: [
    {
      name: 'headHtml',
      type: 'code',
      maxLength: 20_000,
      label: { fr: 'HTML personnalisé dans <head>', en: 'Custom HTML in <head>' },
      access: { read: isAdminField, create: isAdminField, update: isAdminField },
      admin: {
        language: 'html',
        description: {
          fr: 'Ajouté à l’en-tête de chaque page du site public (jamais à l’administration) : balises <meta>, <link>, <script>, <noscript>, <style>. Les autres balises sont ignorées ; chaque <script> reçoit le nonce de la politique de sécurité (CSP).',
          en: 'Added to the head of every public page (never the admin panel): <meta>, <link>, <script>, <noscript>, <style> tags. Other tags are ignored; every <script> gets the security policy (CSP) nonce.',
        },
      },
    },
    {
      name: 'logRetentionDays',
      type: 'number',
      min: 30,
      max: 3650,
      defaultValue: 365,
      required: true,
      label: { fr: 'Durée de conservation des journaux (jours)', en: 'Log retention (days)' },
      admin: { description: { fr: 'Les entrées plus anciennes des journaux d’activité et de sécurité sont supprimées.', en: 'Older activity and security log entries are deleted.' } },
    },
  ],
}
