import { APIError, AuthenticationError, Forbidden, LockedAuth, NotFound, ValidationError } from 'payload'

import type { FieldError } from './actionResult'

/** What Payload's errors carry, whatever copy of the `payload` module threw them. */
type PayloadErrorShape = { name?: unknown; status?: unknown; isPublic?: unknown; message?: unknown; data?: { errors?: unknown } }

export type PayloadErrorName = 'ValidationError' | 'AuthenticationError' | 'LockedAuth' | 'Forbidden' | 'NotFound' | 'APIError'

const ERROR_CLASSES = { ValidationError, AuthenticationError, LockedAuth, Forbidden, NotFound, APIError } as const

/**
 * Recognises a Payload error by class or by name. Under `next dev` a server action can see a
 * different instance of the `payload` module than the one that threw (seen with
 * AuthenticationError from `payload.login`), so `instanceof` fails; in a production build class
 * names are minified, so `name` fails. One of the two always holds.
 */
export function isPayloadError(error: unknown, name: PayloadErrorName): error is Error & PayloadErrorShape {
  return error instanceof ERROR_CLASSES[name] || (error instanceof Error && error.name === name)
}

/** The field errors of a Payload ValidationError (`data.errors`), as `{ path, message }`. */
export function validationErrors(error: unknown): FieldError[] {
  if (!isPayloadError(error, 'ValidationError') || !Array.isArray(error.data?.errors)) return []
  return (error.data.errors as { path?: unknown; message?: unknown }[]).map(({ path, message }) => ({ path: String(path ?? ''), message: String(message ?? '') }))
}

/** An error Payload marks as safe to show (`isPublic`), with its message. */
export function publicErrorMessage(error: unknown): string | null {
  const shape = error as PayloadErrorShape | null
  return error instanceof Error && shape?.isPublic === true && typeof shape.message === 'string' ? shape.message : null
}
