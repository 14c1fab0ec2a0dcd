'use server'

import config from '@payload-config'
import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { getPayload, type Payload } from 'payload'

import type { Locale } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { failed, type ActionResult } from '@/talentSpace/actionResult'
import { changeOwnPassword } from '@/talentSpace/changeOwnPassword'
import { findOwnTalent } from '@/talentSpace/findOwnTalent'
import { TALENT_SPACE_PATHS } from '@/talentSpace/paths'
import { updateOwnProfile } from '@/talentSpace/updateOwnProfile'
import { updateOwnVisibility } from '@/talentSpace/updateOwnVisibility'
import type { User } from '../../../payload-types'

type OwnProfileContext = { payload: Payload; user: User; talentId: number; locale: Locale }

/** The person behind this server action (Payload's session cookie), and their language. */
async function signedIn() {
  const [payload, requestHeaders, locale] = await Promise.all([getPayload({ config }), headers(), getLocale()])
  const { user } = await payload.auth({ headers: requestHeaders })
  return { payload, user, locale, requestHeaders: new Headers(requestHeaders) }
}

/** The talent-space action on the person's own profile; the id never comes from the browser. */
async function onOwnProfile(save: (context: OwnProfileContext) => Promise<ActionResult>): Promise<ActionResult> {
  const { payload, user, locale } = await signedIn()
  const m = talentSpaceMessages[locale].common
  if (!user) return failed(m.signedOut)
  const talent = await findOwnTalent(payload, user)
  if (!talent) return failed(m.forbidden)
  const result = await save({ payload, user, talentId: talent.id, locale })
  if (result.ok) revalidatePath(TALENT_SPACE_PATHS.overview, 'layout')
  return result
}

export async function saveProfile(input: unknown): Promise<ActionResult> {
  return onOwnProfile(({ payload, user, talentId, locale }) => updateOwnProfile(payload, { user, talentId, input, locale }))
}

export async function saveVisibility(input: unknown): Promise<ActionResult> {
  return onOwnProfile(({ payload, user, talentId, locale }) => updateOwnVisibility(payload, { user, talentId, input, locale }))
}

export async function changePassword(input: unknown): Promise<ActionResult> {
  const { payload, user, locale, requestHeaders } = await signedIn()
  if (!user) return failed(talentSpaceMessages[locale].common.signedOut)
  return changeOwnPassword(payload, { user, input, locale, headers: requestHeaders })
}
