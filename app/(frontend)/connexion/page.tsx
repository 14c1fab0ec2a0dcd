import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { destinationAfterLogin, safeNextPath } from '@/auth/destinationAfterLogin'
import { getSignedInUser } from '@/auth/getSignedInUser'
import { AuthAside } from '@/components/AuthAside'
import { LoginForm } from '@/components/LoginForm'
import { getMessages } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { seoForRoute } from '@/seo/routeSeo'

export async function generateMetadata(): Promise<Metadata> {
  const { login } = getMessages(await getLocale())
  return seoForRoute('/connexion', { title: login.title, robots: { index: false } })
}

type LoginPageProps = {
  searchParams: Promise<{ next?: string | string[] }>
}

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const [{ next: rawNext }, user, locale] = await Promise.all([searchParams, getSignedInUser(), getLocale()])
  const next = safeNextPath(Array.isArray(rawNext) ? rawNext[0] : rawNext)
  // Already signed in: no form to show, go where the form would have gone.
  if (user) redirect(destinationAfterLogin(user, next))

  const { login } = getMessages(locale)
  const benefits = [login.asideItems.profile, login.asideItems.analysis, login.asideItems.contracts]

  return (
    <div className="container-page py-12 sm:py-20">
      <div className="mx-auto grid max-w-5xl overflow-hidden rounded-[2rem] bg-white shadow-card ring-1 ring-ink-900/5 lg:grid-cols-[1.1fr_0.9fr]">
        <section aria-labelledby="login-title" className="px-6 py-10 sm:px-12 sm:py-14">
          <h1 id="login-title" className="text-3xl font-extrabold tracking-tight text-ink-950">
            {login.title}
          </h1>
          <p className="mt-2 text-ink-600">{login.intro}</p>
          <div className="mt-8">
            <LoginForm messages={login} next={next} />
          </div>
          <p className="mt-8 text-center text-sm text-ink-600">
            {login.noAccount}{' '}
            <Link href="/inscription" className="rounded font-semibold text-terracotta-600 hover:text-terracotta-700">
              {login.register}
            </Link>
          </p>
        </section>

        <AuthAside title={login.asideTitle} benefits={benefits} />
      </div>
    </div>
  )
}
