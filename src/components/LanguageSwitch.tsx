'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { Suspense } from 'react'

import { LOCALES, type Locale } from '@/i18n/locales'

type LanguageSwitchProps = {
  current: Locale
  /** Accessible name of the group ("Langue"). */
  label: string
  /** Each language's name in its own language. */
  names: Record<Locale, string>
  tone?: 'light' | 'dark'
}

/**
 * FR / EN links to the current page with `?lang=`; the proxy stores the choice in the
 * shared `payload-lng` cookie and redirects back without the parameter. Plain `<a>`
 * on purpose: the whole page, layout included, must be rendered again in the new language.
 */
export function LanguageSwitch(props: LanguageSwitchProps) {
  return (
    <Suspense fallback={<LanguageLinks {...props} query="" />}>
      <LanguageLinksWithQuery {...props} />
    </Suspense>
  )
}

function LanguageLinksWithQuery(props: LanguageSwitchProps) {
  const searchParams = useSearchParams()
  return <LanguageLinks {...props} query={searchParams.toString()} />
}

function LanguageLinks({
  current,
  label,
  names,
  tone = 'light',
  query,
}: LanguageSwitchProps & { query: string }) {
  const pathname = usePathname() || '/'

  const hrefFor = (locale: Locale) => {
    const params = new URLSearchParams(query)
    params.set('lang', locale)
    return `${pathname}?${params.toString()}`
  }

  const base =
    tone === 'dark'
      ? 'ring-sand-50/25 text-sand-50'
      : 'ring-ink-900/15 text-ink-700 bg-white/60'
  const active = tone === 'dark' ? 'bg-sand-50 text-ink-950' : 'bg-ink-900 text-sand-50'
  const idle = tone === 'dark' ? 'hover:bg-white/10' : 'hover:bg-sand-100'

  return (
    <div role="group" aria-label={label} className={`inline-flex rounded-full p-0.5 ring-1 ring-inset ${base}`}>
      {LOCALES.map((locale) => (
        <a
          key={locale}
          href={hrefFor(locale)}
          hrefLang={locale}
          lang={locale}
          aria-label={names[locale]}
          aria-current={locale === current ? 'true' : undefined}
          className={`rounded-full px-2.5 py-1 text-xs font-bold tracking-wide uppercase transition-colors ${
            locale === current ? active : idle
          }`}
        >
          {locale}
        </a>
      ))}
    </div>
  )
}
