import Link from 'next/link'

import type { CinemaStaffMessages } from '@/i18n/messages/cinemaStaff'

import { ShieldIcon } from '../talentSpace/icons'

/** What a signed-in person who is not staff sees instead of the staff search. */
export function StaffForbidden({ messages }: { messages: CinemaStaffMessages['forbidden'] }) {
  return (
    <div className="container-page py-16 sm:py-24">
      <section aria-labelledby="forbidden-title" className="mx-auto max-w-xl rounded-[2rem] bg-white px-6 py-10 text-center shadow-card ring-1 ring-ink-900/5 sm:px-12 sm:py-14">
        <span className="mx-auto grid size-14 place-items-center rounded-2xl bg-terracotta-50 text-terracotta-600">
          <ShieldIcon className="size-7" />
        </span>
        <p className="mt-6 font-mono text-sm font-semibold tracking-widest text-terracotta-700">403</p>
        <h1 id="forbidden-title" className="mt-2 text-2xl font-extrabold tracking-tight text-ink-950 sm:text-3xl">
          {messages.title}
        </h1>
        <p className="mt-3 text-ink-600">{messages.text}</p>
        <div className="mt-8">
          <Link href="/" className="btn btn-secondary btn-lg">
            {messages.action}
          </Link>
        </div>
      </section>
    </div>
  )
}
