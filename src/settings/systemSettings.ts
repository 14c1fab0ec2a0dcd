import type { Payload } from 'payload'

export type SystemSettingsValues = {
  /** HTML added to the `<head>` of every public page (admin-only field). */
  headHtml: string
  /** Days the activity and security logs keep their entries (for the logs' purge job). */
  logRetentionDays: number
}

export const SYSTEM_SETTINGS_DEFAULTS: SystemSettingsValues = { headHtml: '', logRetentionDays: 365 }

/** The system settings, read as the system (server code only: the global is admins-only). */
export async function getSystemSettings(payload: Payload): Promise<SystemSettingsValues> {
  const settings = await payload.findGlobal({ slug: 'system-settings', overrideAccess: true, depth: 0 })
  return {
    headHtml: settings.headHtml ?? SYSTEM_SETTINGS_DEFAULTS.headHtml,
    logRetentionDays: settings.logRetentionDays ?? SYSTEM_SETTINGS_DEFAULTS.logRetentionDays,
  }
}
