'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useEffect, useRef } from 'react'

import type { TalentSpaceMessages } from '@/i18n/messages/talentSpace'
import { TALENT_SPACE_PATHS, type TalentSpaceSection } from '@/talentSpace/paths'

import { ChatIcon } from '../talents/TalentIcons'
import { EyeIcon, FileIcon, HomeIcon, ImageIcon, PencilIcon, ShieldIcon } from './icons'

/** Icons of the extra links, by name (a server layout cannot hand a component to this client one). */
const EXTRA_ICONS = { chat: ChatIcon, file: FileIcon }

const SECTIONS: { key: TalentSpaceSection; Icon: typeof HomeIcon }[] = [
  { key: 'overview', Icon: HomeIcon },
  { key: 'profile', Icon: PencilIcon },
  { key: 'files', Icon: ImageIcon },
  { key: 'visibility', Icon: EyeIcon },
  { key: 'account', Icon: ShieldIcon },
]

type SpaceNavProps = {
  messages: TalentSpaceMessages['nav']
  /** The talent-profile sections to list; all by default (a cinema-only account has none of them but the overview). */
  sections?: TalentSpaceSection[]
  /** Links after the sections, such as the cinema profile's messages. */
  extraLinks?: { href: string; label: string; badge?: number; icon?: keyof typeof EXTRA_ICONS }[]
}

const linkClass = (current: boolean) =>
  `flex items-center gap-2.5 rounded-full px-4 py-2.5 text-sm font-semibold whitespace-nowrap transition-colors lg:rounded-xl lg:px-3.5 lg:py-3 ${
    current
      ? 'bg-ink-900 text-sand-50 lg:bg-white lg:text-terracotta-700 lg:shadow-card lg:ring-1 lg:ring-ink-900/5'
      : 'bg-white text-ink-700 ring-1 ring-ink-900/10 hover:bg-sand-100 hover:text-ink-950 lg:bg-transparent lg:ring-0'
  }`

/** The sections of the space: a column beside the page on large screens, a row of tabs that scrolls on a phone. */
export function SpaceNav({ messages, sections, extraLinks = [] }: SpaceNavProps) {
  const pathname = usePathname()
  const navRef = useRef<HTMLElement>(null)

  // On a phone the sections are a row that scrolls sideways: bring the current one into view.
  useEffect(() => {
    const nav = navRef.current
    const current = nav?.querySelector<HTMLElement>('[aria-current="page"]')
    if (!nav || !current || nav.scrollWidth <= nav.clientWidth) return
    nav.scrollLeft += current.getBoundingClientRect().left - nav.getBoundingClientRect().left - (nav.clientWidth - current.offsetWidth) / 2
  }, [pathname])

  return (
    <nav ref={navRef} aria-label={messages.label} className="-mx-5 overflow-x-auto px-5 [scrollbar-width:none] sm:-mx-8 sm:px-8 lg:mx-0 lg:overflow-visible lg:px-0">
      <ul className="flex gap-2 lg:flex-col lg:gap-1">
        {SECTIONS.filter(({ key }) => !sections || sections.includes(key)).map(({ key, Icon }) => {
          const href = TALENT_SPACE_PATHS[key]
          const current = pathname === href
          return (
            <li key={key} className="shrink-0">
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={linkClass(current)}
              >
                <Icon className={`size-5 shrink-0 ${current ? 'lg:text-terracotta-600' : 'text-ink-500'}`} />
                {messages[key]}
              </Link>
            </li>
          )
        })}
        {extraLinks.map(({ href, label, badge, icon = 'chat' }) => {
          const Icon = EXTRA_ICONS[icon]
          // A link also stands for the pages under it (a contract under the contracts).
          const current = pathname === href || pathname.startsWith(`${href}/`)
          return (
            <li key={href} className="shrink-0">
              <Link href={href} aria-current={current ? 'page' : undefined} className={linkClass(current)}>
                <Icon className={`size-5 shrink-0 ${current ? 'lg:text-terracotta-600' : 'text-ink-500'}`} />
                {label}
                {badge ? <span className="ml-auto rounded-full bg-terracotta-600 px-2 py-0.5 text-xs font-bold text-white">{badge}</span> : null}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
