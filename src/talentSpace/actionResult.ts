import type { Payload } from 'payload'

import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import type { FormLocale } from '@/talents/registrationSchema'
import { isPayloadError, publicErrorMessage, validationErrors } from './payloadErrors'

/** A field error in Payload's shape, so forms show server and zod errors the same way. */
export type FieldError = { path: string; message: string }

/** What every talent-space save answers: plain data, safe to return from a server action. */
export type ActionResult = { ok: true; message: string } | { ok: false; message: string; errors: FieldError[] }

export const succeeded = (message: string): ActionResult => ({ ok: true, message })

export const failed = (message: string, errors: FieldError[] = []): ActionResult => ({ ok: false, message, errors })

/**
 * Turns what Payload throws into an answer for the form: its field errors (hooks and
 * field validation), a refusal when access rules say no (another person's profile, a
 * signed-out session), otherwise a generic message; the unexpected is logged.
 */
export function failureFromError(payload: Payload, error: unknown, locale: FormLocale): ActionResult {
  const m = talentSpaceMessages[locale].common
  if (isPayloadError(error, 'ValidationError')) return failed(m.fixErrors, validationErrors(error))
  if (isPayloadError(error, 'Forbidden') || isPayloadError(error, 'NotFound')) return failed(m.forbidden)
  const publicMessage = publicErrorMessage(error)
  if (publicMessage) return failed(publicMessage)
  payload.logger.error({ err: error, msg: 'Talent space: unexpected error' })
  return failed(m.unknown)
}
