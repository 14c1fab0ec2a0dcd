import type { Payload } from 'payload'

import { REVEAL_INTEGRATION_KEYS } from '../../globals/Integrations/hooks/maskKeyForReaders'

/** Keys of external services: the environment wins, else the encrypted value saved in the admin. */
export type IntegrationKey = 'omdbApiKey' | 'openRouterApiKey' | 'sendGridApiKey'

export const ENVIRONMENT_VARIABLE: Record<IntegrationKey, string> = {
  omdbApiKey: 'OMDB_API_KEY',
  openRouterApiKey: 'OPENROUTER_API_KEY',
  sendGridApiKey: 'SENDGRID_API_KEY',
}

export type KeySource = 'environment' | 'settings' | 'none'

/** The key saved in the admin (decrypted), ignoring the environment. Server code only. */
export async function savedIntegrationKey(payload: Payload, key: IntegrationKey): Promise<string | undefined> {
  // Read as the system with the reveal flag: every other reader gets the mask.
  const settings = await payload.findGlobal({
    slug: 'integrations',
    overrideAccess: true,
    depth: 0,
    context: { [REVEAL_INTEGRATION_KEYS]: true },
  })
  return (settings as unknown as Record<string, unknown>)[key]?.toString().trim() || undefined
}

export function environmentIntegrationKey(key: IntegrationKey, env: Record<string, string | undefined> = process.env): string | undefined {
  return env[ENVIRONMENT_VARIABLE[key]]?.trim() || undefined
}

export async function integrationKey(payload: Payload, key: IntegrationKey): Promise<string | undefined> {
  return environmentIntegrationKey(key) ?? (await savedIntegrationKey(payload, key))
}

/** Which key is in force and where it comes from; the value itself stays on the server. */
export async function integrationKeySource(payload: Payload, key: IntegrationKey): Promise<{ source: KeySource; value?: string }> {
  const fromEnvironment = environmentIntegrationKey(key)
  if (fromEnvironment) return { source: 'environment', value: fromEnvironment }
  const saved = await savedIntegrationKey(payload, key)
  return saved ? { source: 'settings', value: saved } : { source: 'none' }
}
