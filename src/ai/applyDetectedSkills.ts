import type { Payload } from 'payload'

import { format, plural, type Locale } from '@/i18n'
import { cvAnalysisUiMessages } from '@/components/cvAnalysis/messages'
import { relationId } from '@/payload/relationId'
import { failed, failureFromError, succeeded, type ActionResult } from '@/talentSpace/actionResult'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { findOwnTalent } from '@/talentSpace/findOwnTalent'
import type { User } from '../../payload-types'
import { cvAnalysisResultSchema } from './analysisResult'

/** The stored analysis of a CV, checked (a result written by an older version is ignored, not trusted). */
export function storedAnalysisResult(value: unknown) {
  const parsed = cvAnalysisResultSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

/**
 * Adds the skills the analysis of the talent's own CV found (those of our list) to their
 * profile, keeping the ones already there. Everything is read and written as the talent
 * (`overrideAccess: false`): another person's CV or profile is out of reach.
 */
export async function applyDetectedSkills(payload: Payload, { user, locale }: { user: User; locale: Locale }): Promise<ActionResult & { added?: number }> {
  const m = cvAnalysisUiMessages[locale]
  try {
    const talent = await findOwnTalent(payload, user)
    if (!talent) return failed(talentSpaceMessages[locale].common.forbidden)
    const cvId = relationId(talent.cv)
    const cv = cvId ? await payload.findByID({ collection: 'cvs', id: cvId, depth: 0, overrideAccess: false, user }) : null
    const result = cv?.analysis?.status === 'done' ? storedAnalysisResult(cv.analysis.result) : null
    if (!result) return failed(m.status.none)

    const slugs = [...new Set(result.skills.flatMap((skill) => (skill.slug ? [skill.slug] : [])))]
    const { docs } = slugs.length
      ? await payload.find({ collection: 'skills', where: { slug: { in: slugs } }, depth: 0, limit: slugs.length, pagination: false, select: { slug: true } })
      : { docs: [] }
    const current = (talent.skills ?? []).flatMap((skill) => relationId(skill) ?? [])
    // In the analysis' order (the CV's), not the database's.
    const ordered = [...docs].sort((a, b) => slugs.indexOf(a.slug) - slugs.indexOf(b.slug))
    const added = ordered.map(({ id }) => id).filter((id) => !current.includes(id))
    if (added.length === 0) return { ...succeeded(m.applyNothing), added: 0 }

    await payload.update({ collection: 'talents', id: talent.id, data: { skills: [...current, ...added] }, depth: 0, overrideAccess: false, user })
    return { ...succeeded(format(plural(locale, added.length, m.applied), { count: added.length })), added: added.length }
  } catch (error) {
    return failureFromError(payload, error, locale)
  }
}
