import config from '@payload-config'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload, type Payload } from 'payload'
import { cache } from 'react'

import { isStaffUser } from '@/access'
import type { Locale } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { findOwnTalent } from '@/talentSpace/findOwnTalent'
import { loginPathFor } from '@/talentSpace/paths'
import type { Talent, User } from '../../../payload-types'

export type TalentSpace =
  | { state: 'anonymous'; locale: Locale }
  | { state: 'noProfile'; locale: Locale; isStaff: boolean }
  | { state: 'ready'; locale: Locale; payload: Payload; user: User; talent: Talent }

/**
 * The signed-in person and their talent profile (relations populated, read as them), once
 * per request whatever the number of layouts and pages asking.
 */
export const loadTalentSpace = cache(async (): Promise<TalentSpace> => {
  const [payload, requestHeaders, locale] = await Promise.all([getPayload({ config }), headers(), getLocale()])
  const { user } = await payload.auth({ headers: requestHeaders })
  if (!user) return { state: 'anonymous', locale }
  const talent = await findOwnTalent(payload, user, { depth: 1 })
  if (!talent) return { state: 'noProfile', locale, isStaff: isStaffUser(user) }
  return { state: 'ready', locale, payload, user, talent }
})

/** For a page of the space: an anonymous visitor goes to the login page, then comes back to `path`. */
export async function requireTalentSpace(path: string): Promise<Exclude<TalentSpace, { state: 'anonymous' }>> {
  const space = await loadTalentSpace()
  if (space.state === 'anonymous') redirect(loginPathFor(path))
  return space
}
