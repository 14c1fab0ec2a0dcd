'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import type { TalentSpaceMessages } from '@/i18n/messages/talentSpace'
import { TALENT_SPACE_PATHS, type TalentSpaceSection } from '@/talentSpace/paths'

import { EyeIcon, HomeIcon, ImageIcon, PencilIcon, ShieldIcon } from './icons'

const SECTIONS: { key: TalentSpaceSection; Icon: typeof HomeIcon }[] = [
  { key: 'overview', Icon: HomeIcon },
  { key: 'profile', Icon: PencilIcon },
  { key: 'files', Icon: ImageIcon },
  { key: 'visibility', Icon: EyeIcon },
  { key: 'account', Icon: ShieldIcon },
]

/** The sections of the space: a column beside the page on large screens, a row of tabs that scrolls on a phone. */
export function SpaceNav({ messages }: { messages: TalentSpaceMessages['nav'] }) {
  const pathname = usePathname()

  return (
    <nav aria-label={messages.label} className="-mx-5 overflow-x-auto px-5 [scrollbar-width:none] sm:-mx-8 sm:px-8 lg:mx-0 lg:overflow-visible lg:px-0">
      <ul className="flex gap-2 lg:flex-col lg:gap-1">
        {SECTIONS.map(({ key, Icon }) => {
          const href = TALENT_SPACE_PATHS[key]
          const current = pathname === href
          return (
            <li key={key} className="shrink-0">
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`flex items-center gap-2.5 rounded-full px-4 py-2.5 text-sm font-semibold whitespace-nowrap transition-colors lg:rounded-xl lg:px-3.5 lg:py-3 ${
                  current
                    ? 'bg-ink-900 text-sand-50 lg:bg-white lg:text-terracotta-700 lg:shadow-card lg:ring-1 lg:ring-ink-900/5'
                    : 'bg-white text-ink-700 ring-1 ring-ink-900/10 hover:bg-sand-100 hover:text-ink-950 lg:bg-transparent lg:ring-0'
                }`}
              >
                <Icon className={`size-5 shrink-0 ${current ? 'lg:text-terracotta-600' : 'text-ink-500'}`} />
                {messages[key]}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
