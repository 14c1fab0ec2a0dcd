import type { Metadata } from 'next'

import { AuthAside } from '@/components/AuthAside'
import { SetPasswordForm } from '@/components/SetPasswordForm'
import { getLocale } from '@/i18n/getLocale'
import { setPasswordMessages } from '@/i18n/messages/setPassword'

export async function generateMetadata(): Promise<Metadata> {
  const { meta } = setPasswordMessages[await getLocale()]
  // A page reached through a personal link: never indexed, never leaks the token as referrer.
  return { title: meta.title, robots: { index: false, follow: false }, referrer: 'no-referrer' }
}

type SetPasswordPageProps = {
  searchParams: Promise<{ token?: string | string[] }>
}

export default async function SetPasswordPage({ searchParams }: SetPasswordPageProps) {
  const [{ token: rawToken }, locale] = await Promise.all([searchParams, getLocale()])
  const token = (Array.isArray(rawToken) ? rawToken[0] : rawToken)?.trim() ?? ''
  const messages = setPasswordMessages[locale]
  const benefits = [messages.asideItems.login, messages.asideItems.profile, messages.asideItems.visibility]

  return (
    <div className="container-page py-12 sm:py-20">
      <div className="mx-auto grid max-w-5xl overflow-hidden rounded-[2rem] bg-white shadow-card ring-1 ring-ink-900/5 lg:grid-cols-[1.1fr_0.9fr]">
        <section aria-labelledby="set-password-title" className="px-6 py-10 sm:px-12 sm:py-14">
          <h1 id="set-password-title" className="text-3xl font-extrabold tracking-tight text-balance text-ink-950">
            {messages.title}
          </h1>
          <p className="mt-2 text-ink-600">{messages.intro}</p>
          <div className="mt-8">
            <SetPasswordForm token={token} messages={messages} />
          </div>
        </section>

        <AuthAside title={messages.asideTitle} benefits={benefits} />
      </div>
    </div>
  )
}
