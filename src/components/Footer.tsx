import Link from 'next/link'

import { format, type Locale, type Messages } from '@/i18n'

import { LanguageSwitch } from './LanguageSwitch'
import { Logo } from './Logo'

type FooterProps = {
  locale: Locale
  messages: Messages
  /** Published content pages (à propos, mentions légales…), linked in the bottom bar. */
  contentPages?: { slug: string; title: string }[]
}

export function Footer({ locale, messages, contentPages = [] }: FooterProps) {
  const t = messages.footer
  const columns = [
    {
      title: t.platform,
      links: [
        { href: '/talents', label: t.talents },
        { href: '/inscription', label: t.register },
        { href: '/cinema/register', label: t.cinema },
      ],
    },
    {
      title: t.account,
      links: [
        { href: '/connexion', label: t.login },
        { href: '/mon-espace', label: t.mySpace },
      ],
    },
  ]

  return (
    <footer className="bg-ink-950 text-ink-300">
      <div aria-hidden="true" className="pattern-weave h-2 opacity-90" />
      <div className="container-page grid gap-10 py-14 md:grid-cols-[1.4fr_1fr_1fr]">
        <div className="max-w-sm">
          <Link href="/" className="inline-block rounded-lg">
            <Logo tone="light" label={messages.common.logoAlt} />
          </Link>
          <p className="mt-4 text-sm leading-relaxed">{t.tagline}</p>
          <div className="mt-6">
            <LanguageSwitch
              tone="dark"
              current={locale}
              label={messages.common.language.label}
              names={{ fr: messages.common.language.fr, en: messages.common.language.en }}
            />
          </div>
        </div>
        {columns.map((column) => (
          <nav key={column.title} aria-label={column.title}>
            <h2 className="text-sm font-semibold text-sand-50">{column.title}</h2>
            <ul className="mt-4 space-y-3 text-sm">
              {column.links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="rounded transition-colors hover:text-ochre-300">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ))}
      </div>
      <div className="border-t border-white/10">
        <div className="container-page flex flex-col gap-2 py-6 text-xs sm:flex-row sm:items-center sm:justify-between">
          <p>{format(t.copyright, { year: new Date().getFullYear() })}</p>
          {contentPages.length > 0 && (
            <nav aria-label={t.legal}>
              <ul className="flex flex-wrap gap-x-4 gap-y-2">
                {contentPages.map((page) => (
                  <li key={page.slug}>
                    <Link href={`/${page.slug}`} lang="fr" className="rounded transition-colors hover:text-ochre-300">
                      {page.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <p>{t.madeIn}</p>
        </div>
      </div>
    </footer>
  )
}
