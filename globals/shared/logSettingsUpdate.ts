import type { GlobalAfterChangeHook } from 'payload'

import { logActivity, logSecurity } from '@/logs'

/** Set by the key fields' beforeChange hook: the names of the keys replaced or removed in this save. */
export const CHANGED_KEYS_CONTEXT = 'changedIntegrationKeys'

/** Fields whose change is a security event (new secrets, scripts run in every visitor's browser). */
const SECURITY_FIELDS = new Set(['headHtml'])

const SYSTEM_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'globalType'])

/** A populated relation (an upload…) compares by its id: the two sides may differ in depth. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && 'updatedAt' in record) return record.id
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, comparable(item)]))
  }
  return value ?? null
}

/** Top-level fields whose value differs; values themselves are never logged. */
function changedFields(previous: Record<string, unknown> | undefined, next: Record<string, unknown>): string[] {
  return Object.keys({ ...previous, ...next }).filter(
    (name) => !SYSTEM_FIELDS.has(name) && JSON.stringify(comparable(previous?.[name])) !== JSON.stringify(comparable(next[name])),
  )
}

/**
 * `settings.updated` for every save of a settings global (contract A): the names of the fields
 * changed, never their values. Key changes and head HTML go to the security log, the rest to
 * the activity log.
 */
export function logSettingsUpdate(label: string): GlobalAfterChangeHook {
  return async ({ global, doc, previousDoc, req, context }) => {
    const changedKeys = (context?.[CHANGED_KEYS_CONTEXT] as string[] | undefined) ?? []
    const fields = changedFields(previousDoc as Record<string, unknown>, doc as Record<string, unknown>).filter((name) => !changedKeys.includes(name))
    const securityFields = [...changedKeys, ...fields.filter((name) => SECURITY_FIELDS.has(name))]
    const otherFields = fields.filter((name) => !SECURITY_FIELDS.has(name))
    const target = { collection: global.slug, id: global.slug, label }
    if (securityFields.length) {
      await logSecurity(req, {
        action: 'settings.updated',
        severity: 'warning',
        target,
        message: changedKeys.length ? `Clés d’API modifiées : ${label}` : `HTML injecté modifié : ${label}`,
        metadata: { fields: securityFields },
      })
    }
    if (otherFields.length) {
      await logActivity(req, { action: 'settings.updated', target, message: `Paramètres modifiés : ${label}`, metadata: { fields: otherFields } })
    }
  }
}
