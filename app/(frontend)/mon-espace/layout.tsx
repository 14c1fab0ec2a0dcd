import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { CINEMA_MESSAGES_PATH } from '@/cinema/publicProfile'
import { CINEMA_SPACE_PATH } from '@/cinemaSpace/paths'
import { CONTRACT_PATHS } from '@/components/contracts/contractModel'
import { SpaceNav } from '@/components/talentSpace/SpaceNav'
import { TalentAvatar } from '@/components/talentSpace/TalentAvatar'
import { cinemaProfileMessages } from '@/i18n/messages/cinemaProfile'
import { getContractMessages } from '@/i18n/messages/contracts'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'

import { loadTalentSpace } from './loadTalentSpace'

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await loadTalentSpace()
  return { title: talentSpaceMessages[locale].meta.title, robots: { index: false, follow: false } }
}

/** The talent's space: their name and code, the sections, then the page. Pages check the session themselves. */
export default async function TalentSpaceLayout({ children }: { children: ReactNode }) {
  const space = await loadTalentSpace()
  // The shell needs a profile: a talent one, or a cinema one alone.
  if (space.state === 'anonymous' || (space.state === 'noProfile' && !space.cinema)) return children

  const m = talentSpaceMessages[space.locale]
  const { cinema } = space
  const talent = space.state === 'ready' ? space.talent : null
  const cinemaNav = cinemaProfileMessages[space.locale].space.nav
  const cinemaLinks = cinema
    ? [
        { href: CINEMA_SPACE_PATH, label: cinemaNav.cinemaProfile },
        { href: CINEMA_MESSAGES_PATH, label: cinemaNav.messages, badge: cinema.unread },
      ]
    : []
  // Contracts concern a talent profile and a cinema profile alike.
  const contractsLink = { href: CONTRACT_PATHS.mine, label: getContractMessages(space.locale).mine.nav, icon: 'file' as const }

  return (
    <div className="relative isolate">
      <div aria-hidden="true" className="absolute inset-x-0 top-0 -z-10 h-80 bg-linear-to-b from-sand-100 to-sand-50" />
      <div className="container-page py-8 sm:py-12">
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
          <aside className="min-w-0 lg:sticky lg:top-24 lg:self-start">
            <div className="mb-6 hidden items-center gap-3 lg:flex">
              {talent ? <TalentAvatar talent={talent} size="sm" /> : null}
              <div className="min-w-0">
                <p className="truncate font-bold text-ink-950">{talent?.displayName ?? cinema?.name}</p>
                <p className="font-mono text-sm font-semibold tracking-wider text-terracotta-700">{talent?.code ?? cinema?.code}</p>
              </div>
            </div>
            <SpaceNav messages={m.nav} sections={talent ? undefined : ['overview']} extraLinks={[...cinemaLinks, contractsLink]} />
          </aside>
          <div className="min-w-0">{children}</div>
        </div>
      </div>
    </div>
  )
}
