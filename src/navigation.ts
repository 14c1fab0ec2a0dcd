import { hasRole } from '@/access/roles'
import type { Messages } from '@/i18n'

/** Label keys of `messages.nav` that name a navigation entry. */
export type NavKey = keyof Pick<
  Messages['nav'],
  | 'home'
  | 'talents'
  | 'cinema'
  | 'register'
  | 'login'
  | 'mySpace'
  | 'presence'
  | 'contracts'
  | 'seo'
  | 'administration'
  | 'logout'
>

export type NavItem = {
  key: NavKey
  href: string
  /** `link`: plain link · `primary`: call-to-action button · `logout`: ends the session (POST). */
  kind: 'link' | 'primary' | 'logout'
}

/** Just what the navigation needs from a signed-in user (any Payload `User` fits). */
export type NavUser = { roles?: readonly (string | null)[] | null } | null | undefined

export const LOGOUT_ENDPOINT = '/api/users/logout'

/** The staff page listing cinema talents with advanced filters. */
export const CINEMA_STAFF_LIST = '/cinema/talents'

/** The staff page listing talent contracts (cinema contracts are one link away on it). */
export const CONTRACTS_STAFF_LIST = '/contrats'

const link = (key: NavKey, href: string): NavItem => ({ key, href, kind: 'link' })
const logout: NavItem = { key: 'logout', href: LOGOUT_ENDPOINT, kind: 'logout' }

/**
 * The header navigation for a visitor, by role (anonymous when `user` is empty).
 * A person with several roles gets the entries of each, once, admin covering everything.
 */
export function navigationFor(user: NavUser): NavItem[] {
  if (!user) {
    return [
      link('home', '/'),
      link('talents', '/talents'),
      link('cinema', '/cinema/register'),
      { key: 'register', href: '/inscription', kind: 'primary' },
      link('login', '/connexion'),
    ]
  }

  if (hasRole(user, 'admin')) {
    return [
      link('administration', '/admin'),
      link('talents', '/talents'),
      // Staff reach the cinema talent list; visitors and talents the cinema registration.
      link('cinema', CINEMA_STAFF_LIST),
      link('presence', '/presence'),
      link('contracts', CONTRACTS_STAFF_LIST),
      logout,
    ]
  }

  const items: NavItem[] = []
  if (hasRole(user, 'talent')) items.push(link('mySpace', '/mon-espace'), link('talents', '/talents'))
  if (hasRole(user, 'presence')) items.push(link('presence', '/presence'), link('cinema', CINEMA_STAFF_LIST))
  if (hasRole(user, 'seo')) {
    items.push(link('seo', '/admin/globals/seo-settings'), link('administration', '/admin'))
  }
  // A signed-in account without any known role can still browse the public directory.
  if (items.length === 0) items.push(link('talents', '/talents'))
  items.push(logout)
  return items
}

/**
 * Links into Payload's admin panel live under another root layout: they must be
 * plain `<a>` (full page load), not client-side `next/link` navigations.
 */
export function isAdminPanelHref(href: string): boolean {
  return href === '/admin' || href.startsWith('/admin/')
}
