import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { getSignedInUser } from '@/auth/getSignedInUser'
import { Footer } from '@/components/Footer'
import { Header } from '@/components/Header'
import { getMessages } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'

import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale()
  const { meta } = getMessages(locale)
  const serverUrl = process.env.NEXT_PUBLIC_SERVER_URL
  return {
    ...(serverUrl ? { metadataBase: new URL(serverUrl) } : {}),
    title: { default: meta.defaultTitle, template: `%s · ${meta.siteName}` },
    description: meta.description,
    applicationName: meta.siteName,
    openGraph: {
      siteName: meta.siteName,
      type: 'website',
      locale: locale === 'fr' ? 'fr_FR' : 'en_GB',
      title: meta.defaultTitle,
      description: meta.description,
    },
  }
}

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const [locale, user] = await Promise.all([getLocale(), getSignedInUser()])
  const messages = getMessages(locale)

  return (
    <html lang={locale}>
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
        <Footer locale={locale} messages={messages} />
      </body>
    </html>
  )
}
