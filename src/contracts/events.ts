import type { PayloadRequest } from 'payload'

import { clientIp } from '@/auth/clientIp'
import type { ContractEventType } from './constants'

export type ContractEvent = {
  type: ContractEventType
  at: string
  actorLabel?: string | null
  ip?: string | null
  userAgent?: string | null
  details?: string | null
}

/** Who acted, as the audit trail names them: the signed-in person, or what the caller says (a signer, the system). */
export function actorLabelOf(req: PayloadRequest): string {
  const user = req.user as { name?: string | null; email?: string } | null | undefined
  if (!user) return 'Système'
  return user.name ? `${user.name} <${user.email}>` : (user.email ?? 'Système')
}

/** One audit-trail entry, stamped now with the request's IP and user agent (none for jobs). */
export function contractEvent(req: PayloadRequest, type: ContractEventType, options: { actorLabel?: string; details?: string; at?: Date } = {}): ContractEvent {
  const headers = req.headers as Headers | undefined
  const hasClient = Boolean(headers?.get?.('user-agent') || headers?.get?.('x-forwarded-for'))
  return {
    type,
    at: (options.at ?? new Date()).toISOString(),
    actorLabel: options.actorLabel ?? actorLabelOf(req),
    ip: hasClient ? clientIp(headers) : null,
    userAgent: headers?.get?.('user-agent')?.slice(0, 400) ?? null,
    details: options.details?.slice(0, 1000) ?? null,
  }
}

/** The stored events plus new ones (the trail is append-only: earlier entries are kept as they are). */
export function appendEvents<T extends { events?: unknown[] | null }>(doc: T, ...events: ContractEvent[]): ContractEvent[] {
  return [...((doc.events as ContractEvent[] | null | undefined) ?? []), ...events]
}
