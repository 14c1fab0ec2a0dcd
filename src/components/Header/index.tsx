import Link from 'next/link'

import type { Locale, Messages } from '@/i18n'
import { navigationFor, type NavUser } from '@/navigation'

import { LanguageSwitch } from '../LanguageSwitch'
import { Logo } from '../Logo'
import { MobileMenu } from './MobileMenu'
import { NavItems } from './NavItems'

type HeaderProps = {
  locale: Locale
  messages: Messages
  user: NavUser
}

export function Header({ locale, messages, user }: HeaderProps) {
  const items = navigationFor(user)
  const languageSwitch = (
    <LanguageSwitch
      current={locale}
      label={messages.common.language.label}
      names={{ fr: messages.common.language.fr, en: messages.common.language.en }}
    />
  )

  return (
    <header className="sticky top-0 z-40 border-b border-ink-900/10 bg-sand-50/90 backdrop-blur supports-[backdrop-filter]:bg-sand-50/80">
      <div className="container-page flex h-16 items-center justify-between gap-4">
        <Link href="/" className="rounded-lg">
          <Logo label={messages.common.logoAlt} />
        </Link>

        <nav aria-label={messages.nav.label} className="hidden items-center gap-3 lg:flex">
          <NavItems items={items} labels={messages.nav} layout="bar" />
          {languageSwitch}
        </nav>

        <div className="flex items-center gap-2 lg:hidden">
          {languageSwitch}
          <MobileMenu
            openLabel={messages.nav.openMenu}
            closeLabel={messages.nav.closeMenu}
            menuLabel={messages.nav.menu}
          >
            <nav aria-label={messages.nav.label}>
              <NavItems items={items} labels={messages.nav} layout="panel" />
            </nav>
          </MobileMenu>
        </div>
      </div>
    </header>
  )
}
