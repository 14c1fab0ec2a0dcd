import type { Metadata } from 'next'

import { CvAnalysisView } from '@/components/cvAnalysis/CvAnalysisView'
import { cvAnalysisUiMessages } from '@/components/cvAnalysis/messages'
import { CV_ANALYSIS_PATH } from '@/components/cvAnalysis/paths'
import { NoTalentProfile } from '@/components/talentSpace/NoTalentProfile'
import { PageHeader } from '@/components/talentSpace/PageHeader'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import type { Cv, Skill } from '../../../../payload-types'

import { loadTalentSpace, requireTalentSpace } from '../loadTalentSpace'
import { applyCvSkills } from './actions'

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await loadTalentSpace()
  return { title: cvAnalysisUiMessages[locale].title }
}

const populated = <T extends object>(value: unknown): T | null => (value && typeof value === 'object' ? (value as T) : null)

/** /mon-espace/analyse-cv — the analysis of the talent's CV (SPEC §7), read as them. */
export default async function CvAnalysisPage() {
  const space = await requireTalentSpace(CV_ANALYSIS_PATH)
  const m = talentSpaceMessages[space.locale]
  if (space.state === 'noProfile') return <NoTalentProfile isStaff={space.isStaff} messages={m.noProfile} />

  const { talent, locale } = space
  const a = cvAnalysisUiMessages[locale]
  const profileSkills = (talent.skills ?? []).flatMap((skill) => populated<Skill>(skill)?.slug ?? [])

  return (
    <>
      <PageHeader eyebrow={m.shell.eyebrow} title={a.title} intro={a.intro} />
      <CvAnalysisView locale={locale} cv={populated<Cv>(talent.cv)} profileSkills={profileSkills} applySkills={applyCvSkills} />
    </>
  )
}
