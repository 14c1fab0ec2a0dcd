import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { SpaceNav } from '@/components/talentSpace/SpaceNav'
import { TalentAvatar } from '@/components/talentSpace/TalentAvatar'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'

import { loadTalentSpace } from './loadTalentSpace'

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await loadTalentSpace()
  return { title: talentSpaceMessages[locale].meta.title, robots: { index: false, follow: false } }
}

/** The talent's space: their name and code, the sections, then the page. Pages check the session themselves. */
export default async function TalentSpaceLayout({ children }: { children: ReactNode }) {
  const space = await loadTalentSpace()
  if (space.state !== 'ready') return children

  const m = talentSpaceMessages[space.locale]
  const { talent } = space

  return (
    <div className="relative isolate">
      <div aria-hidden="true" className="absolute inset-x-0 top-0 -z-10 h-80 bg-linear-to-b from-sand-100 to-sand-50" />
      <div className="container-page py-8 sm:py-12">
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
          <aside className="min-w-0 lg:sticky lg:top-24 lg:self-start">
            <div className="mb-6 hidden items-center gap-3 lg:flex">
              <TalentAvatar talent={talent} size="sm" />
              <div className="min-w-0">
                <p className="truncate font-bold text-ink-950">{talent.displayName}</p>
                <p className="font-mono text-sm font-semibold tracking-wider text-terracotta-700">{talent.code}</p>
              </div>
            </div>
            <SpaceNav messages={m.nav} />
          </aside>
          <div className="min-w-0">{children}</div>
        </div>
      </div>
    </div>
  )
}
