import Link from 'next/link'

import { CINEMA_MESSAGES_PATH, cinemaProfilePath, type OwnCinemaSummary } from '@/cinema/publicProfile'
import { SECTION_COLOURS } from '@/cinema/sectionColours'
import { CINEMA_SPACE_PATH } from '@/cinemaSpace/paths'
import { CinemaCode } from '@/components/cinemaProfile/CinemaCode'
import { ChatIcon } from '@/components/talents/TalentIcons'
import { format, plural, type Locale } from '@/i18n'
import type { CinemaProfileMessages } from '@/i18n/messages/cinemaProfile'

import { ExternalIcon, EyeIcon, EyeOffIcon, PencilIcon } from './icons'

type CinemaSpaceCardProps = { cinema: OwnCinemaSummary; locale: Locale; messages: CinemaProfileMessages['space']['cinemaCard']; newTab: string }

/** The talent space's card for the person's cinema profile: its code, its public page, its messages. */
export function CinemaSpaceCard({ cinema, locale, messages: m, newTab }: CinemaSpaceCardProps) {
  return (
    <section aria-labelledby="cinema-card-title" className="relative mb-5 overflow-hidden rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5 sm:p-6">
      <div aria-hidden="true" className="absolute inset-x-0 top-0 flex h-1.5">
        {Object.values(SECTION_COLOURS).map((colour) => (
          <span key={colour.number} className={`flex-1 ${colour.bar}`} />
        ))}
      </div>
      <div className="flex flex-col gap-5 md:flex-row md:items-center md:justify-between">
        <div className="min-w-0">
          <p className="eyebrow">{m.eyebrow}</p>
          <h2 id="cinema-card-title" className="mt-1 text-xl font-extrabold tracking-tight text-ink-950">
            {m.title}
          </h2>
          <p className="mt-3">
            <CinemaCode code={cinema.code} />
          </p>
          <p className="mt-3 max-w-xl text-sm leading-relaxed text-ink-600">{m.text}</p>
          <p className="mt-2 inline-flex items-center gap-1.5 text-sm font-medium text-ink-700">
            {cinema.isPublic ? <EyeIcon className="size-4 text-forest-600" /> : <EyeOffIcon className="size-4 text-ink-500" />}
            {cinema.isPublic ? m.public : m.private}
          </p>
        </div>
        <div className="flex shrink-0 flex-col gap-2 sm:flex-row md:flex-col">
          <Link href={CINEMA_SPACE_PATH} className="btn btn-secondary">
            <PencilIcon className="size-4" />
            {m.edit}
          </Link>
          <a href={cinemaProfilePath(cinema.code)} target="_blank" rel="noopener" className="btn btn-secondary">
            <ExternalIcon className="size-4" />
            {m.view}
            <span className="sr-only"> {newTab}</span>
          </a>
          <Link href={CINEMA_MESSAGES_PATH} className="btn btn-primary">
            <ChatIcon className="size-4" />
            {m.messages}
            <span className={`rounded-full px-2 py-0.5 text-xs font-bold ${cinema.unread ? 'bg-white text-terracotta-700' : 'bg-white/20 text-white'}`}>
              {cinema.unread}
              <span className="sr-only"> — {cinema.unread ? format(plural(locale, cinema.unread, m.unread), { count: cinema.unread }) : m.noUnread}</span>
            </span>
          </Link>
        </div>
      </div>
    </section>
  )
}
