import type { FieldHook } from 'payload'

import { maskKey } from '@/settings/keyMask'

/** Context flag set only by src/settings/integrationKeys.ts (server code) to read the plaintext. */
export const REVEAL_INTEGRATION_KEYS = 'revealIntegrationKeys'

/**
 * Every reader — REST, GraphQL, the admin form, Local API — gets `••••1234`. Only the
 * server-side resolver, which sets the context flag (impossible over HTTP), gets the key.
 */
export const maskKeyForReaders: FieldHook = ({ value, context }) => {
  if (context?.[REVEAL_INTEGRATION_KEYS] === true) return value
  return typeof value === 'string' ? maskKey(value) : value
}
