import { describe, expect, it } from 'vitest'

import { actionLabel, isKnownAction, LOG_ACTIONS } from '@/logs/actions'
import { changedFields } from '@/logs/hooks'
import { logRow, sanitizeMetadata } from '@/logs'
import { retentionDays } from '@/logs/retention'

const req = (headers: Record<string, string>, user: unknown = null) => ({ headers: new Headers(headers), user }) as never

describe('log rows', () => {
  it('take the right-most X-Forwarded-For hop and the user agent, and default the actor to the signed-in user', () => {
    const row = logRow(req({ 'x-forwarded-for': '6.6.6.6, 10.0.0.5', 'user-agent': 'Firefox/140' }, { id: 7, email: 'a@b.test', collection: 'users' }), {
      action: 'export.created',
    })
    expect(row).toMatchObject({ action: 'export.created', severity: 'info', actor: 7, actorEmail: 'a@b.test', ip: '10.0.0.5', userAgent: 'Firefox/140', message: 'Export' })
  })

  it('record the system (null actor) when asked, and no IP without a request address', () => {
    const row = logRow(req({}, { id: 7, email: 'a@b.test' }), { action: 'logs.purged', actor: null })
    expect(row.actor).toBeNull()
    expect(row.actorEmail).toBeNull()
    expect(row.ip).toBeNull()
  })

  it('keep an actor that is not a user account as an e-mail only', () => {
    const row = logRow(req({}), { action: 'user.deleted', actor: { id: 3, email: 'gone@b.test', collection: 'deleted-user' } })
    expect(row.actor).toBeNull()
    expect(row.actorEmail).toBe('gone@b.test')
  })

  it('store an unknown action as "other" with its name, and cut long texts', () => {
    const row = logRow(req({ 'user-agent': 'x'.repeat(2000) }), { action: 'brand.new', actor: null, message: 'm'.repeat(900) })
    expect(row.action).toBe('other')
    expect(row.metadata).toEqual({ action: 'brand.new' })
    expect(row.userAgent).toHaveLength(512)
    expect(row.message).toHaveLength(500)
  })
})

describe('metadata', () => {
  it('masks secrets at any depth and keeps the rest', () => {
    expect(
      sanitizeMetadata({ password: 'p', newPassword: 'q', token: 't', apiKey: 'k', api_key: 'k', keyHash: 'h', otp: '123456', scope: 'read', prefix: 'tk_ab', nested: { authorization: 'JWT x', rows: 3 }, list: [{ secret: 's' }], ok: true }),
    ).toEqual({ password: '[masqué]', newPassword: '[masqué]', token: '[masqué]', apiKey: '[masqué]', api_key: '[masqué]', keyHash: '[masqué]', otp: '[masqué]', scope: 'read', prefix: 'tk_ab', nested: { authorization: '[masqué]', rows: 3 }, list: [{ secret: '[masqué]' }], ok: true })
  })

  it('turns dates, big integers and deep nesting into JSON-safe values', () => {
    const at = new Date('2026-11-25T10:00:00Z')
    expect(sanitizeMetadata({ at, n: 10n, deep: { a: { b: { c: { d: 1 } } } } })).toEqual({ at: '2026-11-25T10:00:00.000Z', n: '10', deep: { a: { b: { c: '…' } } } })
  })
})

describe('actions', () => {
  it('every action of the contract has French and English labels', () => {
    for (const name of ['auth.login', 'auth.login_failed', 'auth.locked', 'user.role_changed', 'backup.restore_refused', 'contract.link_refused', 'export.created', 'settings.updated']) {
      expect(isKnownAction(name)).toBe(true)
    }
    for (const label of Object.values(LOG_ACTIONS)) {
      expect(label.fr).toBeTruthy()
      expect(label.en).toBeTruthy()
    }
    expect(actionLabel('auth.login_failed')).toBe('Échec de connexion')
    expect(actionLabel('auth.login_failed', 'en')).toBe('Failed sign-in')
    expect(actionLabel('unknown.thing')).toBe('unknown.thing')
  })
})

describe('retention', () => {
  it('defaults to 365 days of activity and 730 of security', () => {
    expect(retentionDays('activity-logs', { env: {} })).toBe(365)
    expect(retentionDays('security-logs', { env: {} })).toBe(730)
  })

  it('follows the admin setting, the security log keeping at least 730 days', () => {
    expect(retentionDays('activity-logs', { env: {}, settingDays: 90 })).toBe(90)
    expect(retentionDays('security-logs', { env: {}, settingDays: 90 })).toBe(730)
    expect(retentionDays('security-logs', { env: {}, settingDays: 1000 })).toBe(1000)
  })

  it('lets the environment win, and ignores values under a day', () => {
    expect(retentionDays('activity-logs', { env: { LOG_RETENTION_DAYS: '30' }, settingDays: 90 })).toBe(30)
    expect(retentionDays('security-logs', { env: { SECURITY_LOG_RETENTION_DAYS: '100' }, settingDays: 1000 })).toBe(100)
    expect(retentionDays('activity-logs', { env: { LOG_RETENTION_DAYS: '0' } })).toBe(365)
    expect(retentionDays('activity-logs', { env: { LOG_RETENTION_DAYS: 'abc' }, settingDays: 0 })).toBe(365)
  })
})

describe('profile changes', () => {
  it('names the fields that changed, comparing relations by id, ignoring bookkeeping', () => {
    const before = { id: 1, phone: '1', city: 4, languages: [{ language: 2, level: 'native', id: 'x' }], updatedAt: 'a', displayName: 'A' }
    const after = { id: 1, phone: '2', city: { id: 4, name: 'Abidjan', createdAt: 'c' }, languages: [{ language: 2, level: 'native', id: 'y' }], updatedAt: 'b', displayName: 'B' }
    expect(changedFields(before, after)).toEqual(['phone'])
    expect(changedFields(before, { ...after, city: 5 })).toEqual(['city', 'phone'])
  })
})
