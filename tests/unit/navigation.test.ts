import { describe, expect, it } from 'vitest'

import { isAdminPanelHref, navigationFor, type NavItem } from '@/navigation'

const keysAndHrefs = (items: NavItem[]) => items.map(({ key, href }) => [key, href])

describe('navigationFor', () => {
  it('offers an anonymous visitor the public pages, sign-up as the call to action, and sign-in', () => {
    const items = navigationFor(null)
    expect(keysAndHrefs(items)).toEqual([
      ['home', '/'],
      ['talents', '/talents'],
      ['cinema', '/cinema/register'],
      ['register', '/inscription'],
      ['login', '/connexion'],
    ])
    expect(items.find((item) => item.key === 'register')?.kind).toBe('primary')
    expect(items.some((item) => item.kind === 'logout')).toBe(false)
    expect(navigationFor(undefined)).toEqual(items)
  })

  it('gives a talent their space, the directory and sign-out', () => {
    expect(keysAndHrefs(navigationFor({ roles: ['talent'] }))).toEqual([
      ['mySpace', '/mon-espace'],
      ['talents', '/talents'],
      ['logout', '/api/users/logout'],
    ])
  })

  it('gives presence staff the scanner page, the cinema talent list and sign-out', () => {
    expect(keysAndHrefs(navigationFor({ roles: ['presence'] }))).toEqual([
      ['presence', '/presence'],
      ['cinema', '/cinema/talents'],
      ['logout', '/api/users/logout'],
    ])
  })

  it('gives an SEO manager the SEO settings, the admin panel and sign-out', () => {
    expect(keysAndHrefs(navigationFor({ roles: ['seo'] }))).toEqual([
      ['seo', '/admin/globals/seo-settings'],
      ['administration', '/admin'],
      ['logout', '/api/users/logout'],
    ])
  })

  it('gives an admin the admin panel, talents, the cinema talent list, presence, contracts and sign-out', () => {
    expect(keysAndHrefs(navigationFor({ roles: ['admin'] }))).toEqual([
      ['administration', '/admin'],
      ['talents', '/talents'],
      ['cinema', '/cinema/talents'],
      ['presence', '/presence'],
      ['contracts', '/contrats'],
      ['logout', '/api/users/logout'],
    ])
  })

  it('lets admin cover every other role', () => {
    expect(navigationFor({ roles: ['talent', 'seo', 'admin'] })).toEqual(navigationFor({ roles: ['admin'] }))
  })

  it('merges the entries of several roles once each, sign-out last', () => {
    const items = navigationFor({ roles: ['talent', 'presence'] })
    expect(keysAndHrefs(items)).toEqual([
      ['mySpace', '/mon-espace'],
      ['talents', '/talents'],
      ['presence', '/presence'],
      ['cinema', '/cinema/talents'],
      ['logout', '/api/users/logout'],
    ])
  })

  it('still lets a signed-in account without a known role browse and sign out', () => {
    expect(keysAndHrefs(navigationFor({ roles: [] }))).toEqual([
      ['talents', '/talents'],
      ['logout', '/api/users/logout'],
    ])
    expect(navigationFor({ roles: null }).at(-1)?.kind).toBe('logout')
  })

  it('never shows sign-up or sign-in to a signed-in person', () => {
    for (const role of ['admin', 'seo', 'presence', 'talent']) {
      const keys = navigationFor({ roles: [role] }).map((item) => item.key)
      expect(keys).not.toContain('register')
      expect(keys).not.toContain('login')
    }
  })
})

describe('isAdminPanelHref', () => {
  it('recognises the admin panel and its pages only', () => {
    expect(isAdminPanelHref('/admin')).toBe(true)
    expect(isAdminPanelHref('/admin/globals/seo-settings')).toBe(true)
    expect(isAdminPanelHref('/administration')).toBe(false)
    expect(isAdminPanelHref('/talents')).toBe(false)
  })
})
