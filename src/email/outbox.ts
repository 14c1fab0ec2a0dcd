import { isolateObjectProperty, type Payload, type PayloadRequest } from 'payload'

import type { Locale } from '@/i18n'
import type { EmailTransport } from './transportChoice'

export const OUTBOX_SLUG = 'outbox'

/** stored: kept in the outbox only (no transport configured); sent: accepted by the provider; failed: refused or unreachable. */
export const EMAIL_STATUSES = ['stored', 'sent', 'failed'] as const
export type EmailStatus = (typeof EMAIL_STATUSES)[number]

export type OutboxRecord = {
  to: string
  subject: string
  html?: string
  text?: string
  transport: EmailTransport
  status: EmailStatus
  providerMessageId?: string
  error?: string
  locale?: Locale
}

/**
 * The caller's request — user, language, context — without its open transaction: the row
 * records what actually left the server, so it must survive a rollback of the work that
 * sent it (a rethrown send failure rolls that work back). The outbox holds no relationship,
 * so this separate insert never waits on a lock the caller's transaction holds.
 */
function outsideCallerTransaction(req: PayloadRequest): PayloadRequest {
  const isolated = isolateObjectProperty(req, 'transactionID')
  isolated.transactionID = undefined
  return isolated
}

/** Writes one outbox row; staff-only data, so the adapter writes with overrideAccess. */
export async function recordInOutbox(payload: Payload, record: OutboxRecord, req?: PayloadRequest): Promise<number | string> {
  const doc = await payload.create({
    collection: OUTBOX_SLUG,
    data: record,
    overrideAccess: true,
    depth: 0,
    ...(req ? { req: outsideCallerTransaction(req) } : {}),
  })
  return doc.id
}
