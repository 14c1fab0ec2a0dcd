import config from '@payload-config'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload, type Payload } from 'payload'
import { cache } from 'react'

import { isStaffUser } from '@/access'
import { findOwnCinemaProfile, type OwnCinemaSummary } from '@/cinema/publicProfile'
import type { Locale } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { findOwnTalent } from '@/talentSpace/findOwnTalent'
import { loginPathFor } from '@/talentSpace/paths'
import type { Talent, User } from '../../../payload-types'

export type TalentSpace =
  | { state: 'anonymous'; locale: Locale }
  | { state: 'noProfile'; locale: Locale; isStaff: boolean; payload: Payload; user: User; cinema: OwnCinemaSummary | null }
  | { state: 'ready'; locale: Locale; payload: Payload; user: User; talent: Talent; cinema: OwnCinemaSummary | null }

/**
 * The signed-in person, their talent profile (relations populated, read as them) and their
 * cinema profile if any, once per request whatever the number of layouts and pages asking.
 * A person may hold either profile, or both, under one login.
 */
export const loadTalentSpace = cache(async (): Promise<TalentSpace> => {
  const [payload, requestHeaders, locale] = await Promise.all([getPayload({ config }), headers(), getLocale()])
  const { user } = await payload.auth({ headers: requestHeaders })
  if (!user) return { state: 'anonymous', locale }
  const [talent, cinema] = await Promise.all([findOwnTalent(payload, user, { depth: 1 }), findOwnCinemaProfile(payload, user)])
  if (!talent) return { state: 'noProfile', locale, isStaff: isStaffUser(user), payload, user, cinema }
  return { state: 'ready', locale, payload, user, talent, cinema }
})

/** For a page of the space: an anonymous visitor goes to the login page, then comes back to `path`. */
export async function requireTalentSpace(path: string): Promise<Exclude<TalentSpace, { state: 'anonymous' }>> {
  const space = await loadTalentSpace()
  if (space.state === 'anonymous') redirect(loginPathFor(path))
  return space
}
