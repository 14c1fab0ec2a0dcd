import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { isAdminUser } from '@/access'
import { format } from '@/i18n'
import { toLocale } from '@/i18n/locales'
import { settingsMessages } from '@/i18n/messages/settings'
import { logActivity } from '@/logs'
import { ENVIRONMENT_VARIABLE, integrationKeySource } from '@/settings/integrationKeys'
import { maskKey } from '@/settings/keyMask'
import { KEY_FIELD, SERVICE_NAME } from '@/settings/keyServices'
import { KEY_SERVICES, testServiceKey, type KeyService } from '@/settings/keyTests'

const messagesFor = (req: PayloadRequest) => settingsMessages[toLocale(req.i18n?.language)]
const error = (status: number, code: string, message: string) => Response.json({ error: { code, message } }, { status })

const isService = (value: unknown): value is KeyService => (KEY_SERVICES as readonly unknown[]).includes(value)

/**
 * GET /api/settings/keys — for each service, where the key in force comes from
 * (environment, settings, none) and its mask. Admins only; never the key itself.
 */
const keyStatus: Endpoint = {
  path: '/settings/keys',
  method: 'get',
  handler: async (req) => {
    if (!isAdminUser(req.user)) return error(403, 'FORBIDDEN', messagesFor(req).result.forbidden)
    const entries = await Promise.all(
      KEY_SERVICES.map(async (service) => {
        const { source, value } = await integrationKeySource(req.payload, KEY_FIELD[service])
        return [service, { source, masked: maskKey(value), environmentVariable: ENVIRONMENT_VARIABLE[KEY_FIELD[service]] }] as const
      }),
    )
    return Response.json(Object.fromEntries(entries), { headers: { 'cache-control': 'no-store' } })
  },
}

const testBody = z.object({ key: z.string().trim().min(1).max(300).optional() }).strict()

/**
 * POST /api/settings/keys/:service/test { key? } — calls the service with the typed key
 * (not saved yet) or the key in force, and answers a localized verdict. Admins only;
 * logged as settings.key_tested (never the key).
 */
const testKey: Endpoint = {
  path: '/settings/keys/:service/test',
  method: 'post',
  handler: async (req) => {
    const messages = messagesFor(req)
    if (!isAdminUser(req.user)) return error(403, 'FORBIDDEN', messages.result.forbidden)
    const service = req.routeParams?.service
    if (!isService(service)) return error(404, 'UNKNOWN_SERVICE', messages.result.unknownService)
    const parsed = testBody.safeParse(await req.json?.().catch(() => ({})) ?? {})
    if (!parsed.success) return error(400, 'BAD_REQUEST', messages.result.badRequest)

    const field = KEY_FIELD[service]
    const inForce = parsed.data.key ? { source: 'typed' as const, value: parsed.data.key } : await integrationKeySource(req.payload, field)
    const name = SERVICE_NAME[service]
    if (!inForce.value) {
      return Response.json({ ok: false, service, source: 'none', reason: 'missing', message: format(messages.result.missing, { variable: ENVIRONMENT_VARIABLE[field] }) })
    }

    const result = await testServiceKey(service, inForce.value)
    const message = result.ok
      ? format(messages.result.ok, { service: name })
      : format(messages.result[result.reason], { service: name, status: result.status ? ` (HTTP ${result.status})` : '' })
    await logActivity(req, {
      action: 'settings.key_tested',
      severity: result.ok ? 'info' : 'warning',
      target: { collection: 'integrations', id: 'integrations', label: name },
      message: result.ok ? `Clé ${name} testée : valide` : `Clé ${name} testée : échec (${result.reason})`,
      metadata: { service, source: inForce.source, ok: result.ok, ...(result.ok ? {} : { reason: result.reason, status: result.status ?? null }) },
    })
    return Response.json({ ok: result.ok, service, source: inForce.source, message, ...(result.ok ? {} : { reason: result.reason, status: result.status ?? null }) })
  },
}

export const settingsEndpoints: Endpoint[] = [keyStatus, testKey]
