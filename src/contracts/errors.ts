import { APIError } from 'payload'

import { format } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { getContractApiMessages, type ContractErrorCode } from '@/i18n/messages/contractApi'

/** A refusal of the contract workflow, with a stable code the endpoints translate. */
export class ContractError extends APIError {
  constructor(
    readonly code: ContractErrorCode,
    status: number,
    readonly values: Record<string, string> = {},
  ) {
    super(format(getContractApiMessages('fr')[code], values), status, { code }, true)
    this.name = 'ContractError'
  }
}

/** `{ error: { code, message } }` in the caller's language. */
export function contractErrorResponse(code: ContractErrorCode, status: number, locale: Locale, values: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message: format(getContractApiMessages(locale)[code], values) } }, { status, headers: { 'Cache-Control': 'no-store' } })
}
