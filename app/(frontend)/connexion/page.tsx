import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { destinationAfterLogin, safeNextPath } from '@/auth/destinationAfterLogin'
import { getSignedInUser } from '@/auth/getSignedInUser'
import { CheckIcon } from '@/components/icons'
import { LoginForm } from '@/components/LoginForm'
import { Logo } from '@/components/Logo'
import { getMessages } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'

export async function generateMetadata(): Promise<Metadata> {
  const { login } = getMessages(await getLocale())
  return { title: login.title, robots: { index: false } }
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

        <aside className="relative isolate hidden overflow-hidden bg-ink-950 px-10 py-14 text-sand-50 lg:block">
          <div aria-hidden="true" className="pattern-weave absolute inset-x-0 bottom-0 -z-10 h-3" />
          <div
            aria-hidden="true"
            className="absolute -top-24 -right-24 -z-10 size-72 rounded-full bg-terracotta-600/40 blur-2xl"
          />
          <Logo tone="light" />
          <h2 className="mt-10 text-2xl font-bold tracking-tight">{login.asideTitle}</h2>
          <ul className="mt-6 space-y-4">
            {benefits.map((benefit) => (
              <li key={benefit} className="flex items-start gap-3 text-ink-300">
                <span className="mt-0.5 grid size-6 shrink-0 place-items-center rounded-full bg-ochre-400 text-ink-950">
                  <CheckIcon className="size-4" strokeWidth={2.5} />
                </span>
                {benefit}
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  )
}
