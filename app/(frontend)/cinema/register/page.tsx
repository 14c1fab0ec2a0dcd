import config from '@payload-config'
import type { Metadata } from 'next'
import Link from 'next/link'
import { getPayload } from 'payload'

import { getSignedInUser } from '@/auth/getSignedInUser'
import { LOGIN_TO_ADD_CINEMA_PATH } from '@/cinema/registration/registerCinemaTalent'
import { CinemaRegistrationForm } from '@/components/cinemaRegistration/CinemaRegistrationForm'
import { format } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { cinemaRegistrationMessages } from '@/i18n/messages/cinemaRegistration'
import { registrationMessages } from '@/i18n/messages/registration'
import { getRegistrationOptions } from '@/talents/registrationOptions'
import { seoForRoute } from '@/seo/routeSeo'

export async function generateMetadata(): Promise<Metadata> {
  const { meta } = cinemaRegistrationMessages[await getLocale()]
  return seoForRoute('/cinema/register', { title: meta.title, description: meta.description, alternates: { canonical: '/cinema/register' } })
}

export default async function CinemaRegistrationPage() {
  // The cookie read comes first: it makes the page dynamic before anything touches the database.
  const locale = await getLocale()
  const [user, payload] = await Promise.all([getSignedInUser(), getPayload({ config })])
  const messages = cinemaRegistrationMessages[locale]
  const shared = registrationMessages[locale]
  const { page } = messages
  // The person's own profile, found by their id: the `user` field's read access needs the
  // document, so it cannot be queried with overrideAccess: false. Only the code is read.
  const existing = user
    ? (await payload.find({ collection: 'cinema-talents', where: { user: { equals: user.id } }, limit: 1, depth: 0, select: { code: true } })).docs[0]
    : undefined
  const options = existing ? null : await getRegistrationOptions(payload, locale)

  const aside = user ? null : (
    <aside className="rounded-3xl bg-sand-100 p-5 text-sm text-ink-700 ring-1 ring-ink-900/5">
      <p className="font-bold text-ink-950">{page.haveAccount}</p>
      <Link href={LOGIN_TO_ADD_CINEMA_PATH} className="mt-1 inline-block rounded font-semibold text-terracotta-600 hover:text-terracotta-700">
        {page.login}
      </Link>
      <p className="mt-4 flex gap-2.5 border-t border-ink-900/10 pt-4">
        <svg viewBox="0 0 20 20" className="mt-0.5 size-5 shrink-0 text-forest-600" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true" focusable="false">
          <rect x="4" y="9" width="12" height="8" rx="1.5" />
          <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
        </svg>
        {shared.page.asidePrivacy}
      </p>
    </aside>
  )

  return (
    <div className="relative isolate">
      <div
        aria-hidden="true"
        className="absolute inset-x-0 top-0 -z-10 h-[32rem] bg-[radial-gradient(50rem_24rem_at_90%_-20%,var(--color-terracotta-100),transparent_70%),radial-gradient(30rem_18rem_at_0%_10%,var(--color-ochre-200),transparent_70%)] opacity-80"
      />
      <div className="container-page py-10 sm:py-14 lg:py-16">
        <header className="max-w-3xl">
          <p className="eyebrow">{page.eyebrow}</p>
          <h1 className="mt-3 text-3xl leading-tight font-extrabold tracking-tight text-balance text-ink-950 sm:text-4xl lg:text-5xl">{page.title}</h1>
          <p className="mt-4 text-lg leading-relaxed text-ink-600">{page.lead}</p>
        </header>

        {existing ? (
          <div role="status" className="mt-8 max-w-2xl rounded-2xl bg-white px-5 py-4 text-ink-800 shadow-card ring-1 ring-ink-900/5">
            <p className="font-semibold">{format(page.alreadyHasProfile, { code: existing.code ?? '' })}</p>
            <Link href={`/cinema/profile/${encodeURIComponent(existing.code ?? '')}`} className="btn btn-primary mt-4">
              {page.openProfile}
            </Link>
          </div>
        ) : (
          <div className="mt-8 sm:mt-10">
            <CinemaRegistrationForm
              locale={locale}
              messages={messages}
              shared={shared}
              options={options!}
              accountEmail={user?.email ?? undefined}
              aside={aside}
            />
          </div>
        )}
      </div>
    </div>
  )
}
