import Link from 'next/link'

import { format } from '@/i18n'
import type { TalentMessages } from '@/i18n/messages/talents'
import type { TalentCardView } from '@/talents/talentProfile'

import { PinIcon } from './TalentIcons'
import { TalentPortrait } from './TalentPortrait'

type TalentCardProps = {
  talent: TalentCardView
  messages: TalentMessages
}

/** One result of the directory: the whole card links to the profile. */
export function TalentCard({ talent, messages }: TalentCardProps) {
  const [firstCategory, ...otherCategories] = talent.categories
  return (
    <article className="group relative flex w-full flex-col overflow-hidden rounded-3xl bg-white shadow-card ring-1 ring-ink-900/5 transition duration-200 hover:-translate-y-0.5 hover:ring-terracotta-600/30 focus-within:ring-2 focus-within:ring-terracotta-600">
      <TalentPortrait
        photo={talent.photo}
        name={talent.name}
        alt={format(messages.profile.photoAlt, { name: talent.name })}
        className="transition duration-300 group-hover:brightness-105"
      />
      <div className="flex flex-1 flex-col gap-1.5 p-3.5 sm:gap-2 sm:p-5">
        {firstCategory ? (
          <p className="truncate text-[0.6875rem] font-semibold tracking-[0.1em] text-terracotta-600 uppercase sm:text-xs sm:tracking-[0.12em]">
            {firstCategory}
            {otherCategories.length ? <span className="text-ink-500"> · +{otherCategories.length}</span> : null}
          </p>
        ) : null}
        <h2 className="text-base leading-snug font-bold text-ink-950 sm:text-lg">
          <Link
            href={`/talents/${talent.code}`}
            className="rounded after:absolute after:inset-0 after:content-[''] focus:outline-none"
            aria-label={format(messages.directory.card.viewProfile, { name: talent.name })}
          >
            {talent.name}
          </Link>
        </h2>
        <div className="mt-auto flex flex-col items-start gap-x-3 gap-y-1.5 pt-1 text-sm text-ink-600 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between sm:pt-2">
          {talent.place ? (
            <span className="inline-flex max-w-full min-w-0 items-center gap-1.5">
              <PinIcon className="size-4 shrink-0 text-ink-500" />
              <span className="truncate">{talent.place}</span>
              {talent.flag ? <span aria-hidden="true">{talent.flag}</span> : null}
            </span>
          ) : (
            <span className="hidden sm:block" />
          )}
          <span className="rounded-md bg-sand-100 px-2 py-0.5 font-mono text-xs font-semibold tracking-wider text-ink-800">
            {talent.code}
          </span>
        </div>
      </div>
    </article>
  )
}
