import type { Metadata } from 'next'
import Link from 'next/link'

import { ArrowRightIcon } from '@/components/icons'
import { getMessages } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'

export async function generateMetadata(): Promise<Metadata> {
  const { notFound } = getMessages(await getLocale())
  return { title: notFound.title }
}

export default async function NotFound() {
  const { notFound } = getMessages(await getLocale())

  return (
    <section aria-labelledby="not-found-title" className="relative isolate overflow-hidden">
      <div
        aria-hidden="true"
        className="absolute inset-0 -z-10 bg-[radial-gradient(40rem_22rem_at_50%_0%,var(--color-terracotta-100),transparent_70%)]"
      />
      <div className="container-page flex flex-col items-center py-24 text-center sm:py-32">
        <p
          aria-hidden="true"
          className="font-mono text-7xl font-bold tracking-tight text-terracotta-600 sm:text-8xl"
        >
          404
        </p>
        <p className="eyebrow mt-6">{notFound.code}</p>
        <h1 id="not-found-title" className="mt-3 text-3xl font-extrabold tracking-tight text-ink-950 sm:text-4xl">
          {notFound.title}
        </h1>
        <p className="mt-4 max-w-lg text-lg leading-relaxed text-ink-600">{notFound.text}</p>
        <div className="mt-10 flex w-full flex-col justify-center gap-3 sm:w-auto sm:flex-row">
          <Link href="/" className="btn btn-primary btn-lg">
            {notFound.home}
          </Link>
          <Link href="/talents" className="btn btn-secondary btn-lg">
            {notFound.talents}
          </Link>
          <Link href="/inscription" className="btn btn-lg text-terracotta-600 hover:bg-terracotta-50">
            {notFound.register}
            <ArrowRightIcon className="size-5" />
          </Link>
        </div>
      </div>
    </section>
  )
}
