import { logCollection } from '@/logs/logCollection'

/** What people did: registrations, profile and CV updates, exports, backups, maintenance… */
export const ActivityLogs = logCollection({
  slug: 'activity-logs',
  labels: {
    singular: { fr: 'Journal d’activité', en: 'Activity log' },
    plural: { fr: 'Journal d’activité', en: 'Activity log' },
  },
  description: {
    fr: 'Actions sur la plateforme, en lecture seule. Les entrées plus anciennes que la durée de rétention sont purgées chaque nuit.',
    en: 'Actions on the platform, read-only. Entries older than the retention period are purged every night.',
  },
})
