import type { FieldHook } from 'payload'

import { isEncrypted } from '@/crypto/encryption'
import { isMaskedKey } from '@/settings/keyMask'
import { CHANGED_KEYS_CONTEXT } from '../../shared/logSettingsUpdate'

/**
 * The admin form sends back what it read, i.e. the mask: that means "unchanged", so the
 * stored ciphertext (read from the database, below Payload's hooks) is kept. Runs before
 * encryption, which keeps an already encrypted value as is. A real change (a new key, or
 * removing the saved one) is noted in the request context for the settings.updated entry.
 */
export const keepKeyWhenMaskSubmitted: FieldHook = async ({ value, req, field, context }) => {
  const name = 'name' in field ? field.name : undefined
  if (!name || isEncrypted(value)) return value
  const stored = ((await req.payload.db.findGlobal({ slug: 'integrations', req })) as Record<string, unknown> | null)?.[name] ?? null
  if (value === undefined || isMaskedKey(value)) return stored
  const removing = value === null || value === ''
  if (removing && !stored) return value
  const changed = (context[CHANGED_KEYS_CONTEXT] as string[] | undefined) ?? []
  if (!changed.includes(name)) context[CHANGED_KEYS_CONTEXT] = [...changed, name]
  return value
}
