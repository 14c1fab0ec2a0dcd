import { createLocalReq, getLocalI18n, type Payload, type PayloadRequest } from 'payload'

import type { FormLocale } from '@/talents/registrationSchema'
import type { User } from '../../payload-types'

/**
 * A Local API request acting as the signed-in person, in their language (so Payload's own
 * messages and our hooks answer in French or English), optionally carrying the browser's
 * headers (the per-address login throttle reads the client IP from them).
 */
export async function requestFor(
  payload: Payload,
  { user, locale, headers }: { user?: User | null; locale: FormLocale; headers?: Headers },
): Promise<PayloadRequest> {
  const i18n = await getLocalI18n({ config: payload.config, language: locale })
  return createLocalReq({ user: user ?? undefined, req: { i18n, ...(headers ? { headers } : {}) } }, payload)
}
