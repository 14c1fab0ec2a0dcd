import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getSignedInUser } from '@/auth/getSignedInUser'
import { getMessages } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { INTL_LOCALE } from '@/i18n/locales'
import { seoMessages } from '@/i18n/messages/seo'
import { findContentPage } from '@/seo/contentPages'
import { contentPageMetadata } from '@/seo/metadata'
import { getSeoSettings } from '@/seo/seoSettings'

type ContentPageProps = { params: Promise<{ slug: string }> }

/*
 * Editable content pages (admin › Pages de contenu): /mentions-legales, /confidentialite,
 * /a-propos… A slug without a page falls to the site's own 404, like every unknown path
 * ([...unknown] catches the deeper ones).
 */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: ContentPageProps): Promise<Metadata> {
  const [{ slug }, locale, user, settings] = await Promise.all([params, getLocale(), getSignedInUser(), getSeoSettings()])
  const page = await findContentPage(slug, user)
  if (!page) return { robots: { index: false } }
  const metadata = contentPageMetadata(settings, locale, getMessages(locale).meta, page)
  return page.published ? metadata : { ...metadata, robots: { index: false, follow: false } }
}

export default async function ContentPage({ params }: ContentPageProps) {
  const [{ slug }, locale, user] = await Promise.all([params, getLocale(), getSignedInUser()])
  const page = await findContentPage(slug, user)
  if (!page) notFound()
  const messages = seoMessages[locale].contentPage

  return (
    <article className="mx-auto w-full max-w-3xl px-5 py-12 sm:py-16" lang="fr">
      {!page.published && (
        <p role="status" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {messages.draft}
        </p>
      )}
      <h1 className="text-3xl font-extrabold tracking-tight text-ink-950 sm:text-4xl">{page.title}</h1>
      <p className="mt-2 text-sm text-ink-600">
        {messages.updated} <time dateTime={page.updatedAt}>{new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long' }).format(new Date(page.updatedAt))}</time>
      </p>
      <RichText
        data={page.content}
        className="content-page mt-8 space-y-4 leading-relaxed text-ink-800 [&_a]:text-terracotta-700 [&_a]:underline [&_h2]:mt-10 [&_h2]:text-2xl [&_h2]:font-bold [&_h2]:text-ink-950 [&_h3]:mt-6 [&_h3]:text-lg [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc"
      />
    </article>
  )
}
