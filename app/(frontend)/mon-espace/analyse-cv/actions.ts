'use server'

import config from '@payload-config'
import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

import { applyDetectedSkills } from '@/ai/applyDetectedSkills'
import { CV_ANALYSIS_PATH } from '@/components/cvAnalysis/paths'
import { getLocale } from '@/i18n/getLocale'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { failed, type ActionResult } from '@/talentSpace/actionResult'
import { TALENT_SPACE_PATHS } from '@/talentSpace/paths'

/** Adds the skills found in the signed-in talent's CV to their profile (as them; nothing comes from the browser). */
export async function applyCvSkills(): Promise<ActionResult> {
  const [payload, requestHeaders, locale] = await Promise.all([getPayload({ config }), headers(), getLocale()])
  const { user } = await payload.auth({ headers: requestHeaders })
  if (!user) return failed(talentSpaceMessages[locale].common.signedOut)
  const result = await applyDetectedSkills(payload, { user, locale })
  if (result.ok) {
    revalidatePath(CV_ANALYSIS_PATH)
    revalidatePath(TALENT_SPACE_PATHS.overview, 'layout')
  }
  return result
}
