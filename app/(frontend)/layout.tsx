import config from '@payload-config'
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { getPayload } from 'payload'
import type { ReactNode } from 'react'

import { getSignedInUser } from '@/auth/getSignedInUser'
import { Footer } from '@/components/Footer'
import { Header } from '@/components/Header'
import { CustomHeadHtml } from '@/components/seo/CustomHeadHtml'
import { getMessages } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { listPublishedPages } from '@/seo/contentPages'
import { parseHeadHtml } from '@/seo/headHtml'
import { siteMetadata } from '@/seo/metadata'
import { getSeoSettings } from '@/seo/seoSettings'
import { getSystemSettings } from '@/settings/systemSettings'

import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const [locale, seo] = await Promise.all([getLocale(), getSeoSettings()])
  const { meta } = getMessages(locale)
  const serverUrl = process.env.NEXT_PUBLIC_SERVER_URL
  // Defaults from the SEO settings (admin › Site public et SEO), else the site's own texts.
  return {
    ...(serverUrl ? { metadataBase: new URL(serverUrl) } : {}),
    ...siteMetadata(seo, locale, meta),
  }
}

/** The admin's custom <head> HTML (system settings); its scripts get the CSP nonce (proxy.ts). */
async function customHead() {
  const [settings, requestHeaders] = await Promise.all([getSystemSettings(await getPayload({ config })), headers()])
  return { elements: parseHeadHtml(settings.headHtml), nonce: requestHeaders.get('x-nonce') }
}

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const [locale, user, head, contentPages] = await Promise.all([getLocale(), getSignedInUser(), customHead(), listPublishedPages()])
  const messages = getMessages(locale)

  return (
    <html lang={locale}>
      <head>
        <CustomHeadHtml elements={head.elements} nonce={head.nonce} />
      </head>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only z-50 rounded-full bg-ink-900 px-5 py-3 text-sm font-semibold text-sand-50 focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
        >
          {messages.common.skipToContent}
        </a>
        <Header locale={locale} messages={messages} user={user} />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <Footer locale={locale} messages={messages} contentPages={contentPages} />
      </body>
    </html>
  )
}
