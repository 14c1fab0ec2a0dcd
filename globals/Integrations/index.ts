import type { GlobalConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access'
import { CV_ANALYSIS_DEFAULTS } from '@/ai/settings'
import { encryptedTextField } from '@/crypto/encryptedField'
import { ADMIN_GROUPS } from '../../collections/adminGroups'
import { logSettingsUpdate } from '../shared/logSettingsUpdate'
import { keepKeyWhenMaskSubmitted } from './hooks/keepKeyWhenMaskSubmitted'
import { maskKeyForReaders } from './hooks/maskKeyForReaders'

/** Hooks and admin component shared by the three keys: masked for every reader, kept when the mask comes back. */
function keyFieldOptions(service: 'sendgrid' | 'openrouter' | 'omdb', environmentVariable: string) {
  return {
    hooks: { beforeChange: [keepKeyWhenMaskSubmitted], afterRead: [maskKeyForReaders] },
    components: {
      Field: { path: '/src/components/admin/settings/ApiKeyField#ApiKeyField', clientProps: { service, environmentVariable } },
    },
  }
}

/**
 * Keys of external services, encrypted at rest and shown masked (`••••1234`) to every
 * reader, admins included. An environment variable, when set, takes precedence (see
 * src/settings/integrationKeys.ts). Admins only; "Tester la clé" calls
 * endpoints/settingsEndpoints.ts.
 */
export const Integrations: GlobalConfig = {
  slug: 'integrations',
  label: { fr: 'Intégrations (clés API)', en: 'Integrations (API keys)' },
  admin: { group: ADMIN_GROUPS.administration },
  access: { read: isAdmin, update: isAdmin },
  hooks: { afterChange: [logSettingsUpdate('Intégrations (clés API)')] },
  fields: [
    encryptedTextField({
      name: 'sendGridApiKey',
      label: { fr: 'Clé API SendGrid (e-mails)', en: 'SendGrid API key (emails)' },
      maxLength: 200,
      access: { read: isAdminField, update: isAdminField },
      hooks: keyFieldOptions('sendgrid', 'SENDGRID_API_KEY').hooks,
      admin: {
        components: keyFieldOptions('sendgrid', 'SENDGRID_API_KEY').components,
        description: { fr: 'Envoi des e-mails par SendGrid. La variable SENDGRID_API_KEY a priorité. Sans clé : SMTP_URL, sinon la boîte d’envoi.', en: 'Email delivery through SendGrid. The SENDGRID_API_KEY variable takes precedence. Without a key: SMTP_URL, else the outbox.' },
      },
    }),
    encryptedTextField({
      name: 'omdbApiKey',
      label: { fr: 'Clé API OMDB', en: 'OMDB API key' },
      maxLength: 100,
      access: { read: isAdminField, update: isAdminField },
      hooks: keyFieldOptions('omdb', 'OMDB_API_KEY').hooks,
      admin: {
        components: keyFieldOptions('omdb', 'OMDB_API_KEY').components,
        description: { fr: 'Recherche de films dans la filmographie. La variable OMDB_API_KEY a priorité.', en: 'Film look-up in filmographies. The OMDB_API_KEY variable takes precedence.' },
      },
    }),
    encryptedTextField({
      name: 'openRouterApiKey',
      label: { fr: 'Clé API OpenRouter (analyse des CV)', en: 'OpenRouter API key (CV analysis)' },
      maxLength: 200,
      access: { read: isAdminField, update: isAdminField },
      hooks: keyFieldOptions('openrouter', 'OPENROUTER_API_KEY').hooks,
      admin: {
        components: keyFieldOptions('openrouter', 'OPENROUTER_API_KEY').components,
        description: { fr: 'Analyse des CV par IA. La variable OPENROUTER_API_KEY a priorité.', en: 'AI CV analysis. The OPENROUTER_API_KEY variable takes precedence.' },
      },
    }),
    {
      type: 'group',
      name: 'cvAnalysis',
      label: { fr: 'Analyse des CV par IA', en: 'AI CV analysis' },
      admin: {
        description: {
          fr: 'Sans clé OpenRouter, les CV sont analysés par l’analyse locale (sans IA, gratuite). Chaque analyse IA est facturée par OpenRouter selon le modèle et le nombre de jetons.',
          en: 'Without an OpenRouter key, CVs get the local analysis (no AI, free). Each AI analysis is billed by OpenRouter by model and tokens.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'model',
              type: 'text',
              maxLength: 120,
              label: { fr: 'Modèle', en: 'Model' },
              admin: {
                placeholder: CV_ANALYSIS_DEFAULTS.model,
                description: { fr: `Identifiant OpenRouter, ex. ${CV_ANALYSIS_DEFAULTS.model}. Vide : OPENROUTER_MODEL, sinon ${CV_ANALYSIS_DEFAULTS.model}.`, en: `OpenRouter id, e.g. ${CV_ANALYSIS_DEFAULTS.model}. Empty: OPENROUTER_MODEL, else ${CV_ANALYSIS_DEFAULTS.model}.` },
              },
            },
            {
              name: 'maxTokens',
              type: 'number',
              min: 200,
              max: 8000,
              label: { fr: 'Jetons de réponse maximum', en: 'Maximum answer tokens' },
              admin: { placeholder: String(CV_ANALYSIS_DEFAULTS.maxTokens), description: { fr: 'Plafonne le coût de chaque analyse.', en: 'Caps the cost of each analysis.' } },
            },
          ],
        },
        {
          name: 'localFallback',
          type: 'checkbox',
          defaultValue: true,
          label: { fr: 'Utiliser l’analyse locale quand l’IA échoue', en: 'Use the local analysis when the AI fails' },
        },
      ],
    },
  ],
}
