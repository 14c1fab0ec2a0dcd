import type { Metadata } from 'next'

import { NoTalentProfile } from '@/components/talentSpace/NoTalentProfile'
import { PageHeader } from '@/components/talentSpace/PageHeader'
import { VisibilityForm } from '@/components/talentSpace/VisibilityForm'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { publicProfilePath, TALENT_SPACE_PATHS } from '@/talentSpace/paths'
import { PUBLISHABLE_PARTS } from '@/talents/profileOptions'

import { saveVisibility } from '../actions'
import { loadTalentSpace, requireTalentSpace } from '../loadTalentSpace'

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await loadTalentSpace()
  return { title: talentSpaceMessages[locale].meta.visibilityTitle }
}

export default async function VisibilityPage() {
  const space = await requireTalentSpace(TALENT_SPACE_PATHS.visibility)
  const m = talentSpaceMessages[space.locale]
  if (space.state === 'noProfile') return <NoTalentProfile isStaff={space.isStaff} messages={m.noProfile} />

  const { talent } = space
  return (
    <>
      <PageHeader eyebrow={m.shell.eyebrow} title={m.visibility.title} intro={m.visibility.intro} />
      <VisibilityForm
        initialValues={{ isPublic: Boolean(talent.isPublic), publicParts: talent.publicParts ?? [] }}
        parts={PUBLISHABLE_PARTS.map((part) => part.value)}
        previewHref={publicProfilePath(talent.code ?? '')}
        messages={{ visibility: m.visibility, common: m.common }}
        save={saveVisibility}
      />
    </>
  )
}
