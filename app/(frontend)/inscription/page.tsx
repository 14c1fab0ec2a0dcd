import config from '@payload-config'
import type { Metadata } from 'next'
import Link from 'next/link'
import { getPayload } from 'payload'

import { homeForRoles } from '@/auth/destinationAfterLogin'
import { getSignedInUser } from '@/auth/getSignedInUser'
import { RegistrationAside } from '@/components/registration/RegistrationAside'
import { RegistrationWizard } from '@/components/registration/RegistrationWizard'
import { getLocale } from '@/i18n/getLocale'
import { registrationMessages } from '@/i18n/messages/registration'
import { getRegistrationOptions } from '@/talents/registrationOptions'
import { seoForRoute } from '@/seo/routeSeo'

export async function generateMetadata(): Promise<Metadata> {
  const { meta } = registrationMessages[await getLocale()]
  return seoForRoute('/inscription', { title: meta.title, description: meta.description })
}

export default async function RegistrationPage() {
  // The cookie read comes first: it makes the page dynamic before anything touches the database.
  const locale = await getLocale()
  const [user, payload] = await Promise.all([getSignedInUser(), getPayload({ config })])
  const messages = registrationMessages[locale]
  const options = await getRegistrationOptions(payload, locale)
  const { page } = messages

  return (
    <div className="relative isolate">
      <div
        aria-hidden="true"
        className="absolute inset-x-0 top-0 -z-10 h-[32rem] bg-[radial-gradient(50rem_24rem_at_90%_-20%,var(--color-terracotta-100),transparent_70%),radial-gradient(30rem_18rem_at_0%_10%,var(--color-ochre-200),transparent_70%)] opacity-80"
      />
      <div className="container-page py-10 sm:py-14 lg:py-16">
        <header className="max-w-3xl">
          <p className="eyebrow">{page.eyebrow}</p>
          <h1 className="mt-3 text-3xl leading-tight font-extrabold tracking-tight text-balance text-ink-950 sm:text-4xl lg:text-5xl">
            {page.title}
          </h1>
          <p className="mt-4 text-lg leading-relaxed text-ink-600">{page.lead}</p>
        </header>

        {user ? (
          <p className="mt-6 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-xl bg-white px-4 py-3 text-sm text-ink-700 ring-1 ring-ink-900/10">
            {page.signedIn}
            <Link href={homeForRoles(user)} className="rounded font-semibold text-terracotta-600 hover:text-terracotta-700">
              {page.signedInLink}
            </Link>
          </p>
        ) : null}

        <div className="mt-8 sm:mt-10">
          <RegistrationWizard locale={locale} messages={messages} options={options} aside={<RegistrationAside messages={page} />} />
        </div>
      </div>
    </div>
  )
}
