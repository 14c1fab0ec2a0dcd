import Link from 'next/link'

import type { TalentSpaceMessages } from '@/i18n/messages/talentSpace'

import { ProfileIcon } from '../icons'
import { ShieldIcon } from './icons'

/** What a signed-in person without a talent profile sees: staff are sent to the admin panel. */
export function NoTalentProfile({ isStaff, messages }: { isStaff: boolean; messages: TalentSpaceMessages['noProfile'] }) {
  const Icon = isStaff ? ShieldIcon : ProfileIcon
  return (
    <div className="container-page py-16 sm:py-24">
      <section aria-labelledby="no-profile-title" className="mx-auto max-w-xl rounded-[2rem] bg-white px-6 py-10 text-center shadow-card ring-1 ring-ink-900/5 sm:px-12 sm:py-14">
        <span className="mx-auto grid size-14 place-items-center rounded-2xl bg-terracotta-50 text-terracotta-600">
          <Icon className="size-7" />
        </span>
        <h1 id="no-profile-title" className="mt-6 text-2xl font-extrabold tracking-tight text-ink-950 sm:text-3xl">
          {isStaff ? messages.staffTitle : messages.talentTitle}
        </h1>
        <p className="mt-3 text-ink-600">{isStaff ? messages.staffText : messages.talentText}</p>
        <div className="mt-8">
          {isStaff ? (
            // The admin panel lives under another root layout: a full page load.
            <a href="/admin" className="btn btn-primary btn-lg">
              {messages.staffCta}
            </a>
          ) : (
            <Link href="/" className="btn btn-secondary btn-lg">
              {messages.talentCta}
            </Link>
          )}
        </div>
      </section>
    </div>
  )
}
