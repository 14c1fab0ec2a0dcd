import { logCollection } from '@/logs/logCollection'

/** Security events: sign-ins (successful or not), locks, role changes, API keys, settings, restores. */
export const SecurityLogs = logCollection({
  slug: 'security-logs',
  labels: {
    singular: { fr: 'Journal de sécurité', en: 'Security log' },
    plural: { fr: 'Journal de sécurité', en: 'Security log' },
  },
  description: {
    fr: 'Connexions, échecs, verrouillages, changements de rôles, clés d’API, paramètres et restaurations, en lecture seule.',
    en: 'Sign-ins, failures, locks, role changes, API keys, settings and restores, read-only.',
  },
})
