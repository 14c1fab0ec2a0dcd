import { NextResponse, type NextRequest } from 'next/server'

import {
  DEFAULT_LOCALE,
  LOCALE_COOKIE,
  LOCALE_COOKIE_MAX_AGE,
  LOCALE_QUERY_PARAM,
  isLocale,
} from '@/i18n/locales'

/**
 * Language of the public site and the admin panel, which share Payload's `payload-lng` cookie:
 * - `?lang=fr|en` on any page stores the choice and redirects to the same URL without it;
 * - a first visit gets `fr`, so the admin panel is French whatever the browser's
 *   Accept-Language (Payload falls back to that header only when the cookie is absent).
 */
export function proxy(request: NextRequest) {
  const { nextUrl } = request
  const requested = nextUrl.searchParams.get(LOCALE_QUERY_PARAM)
  const readOnly = request.method === 'GET' || request.method === 'HEAD'

  if (requested !== null && readOnly) {
    const target = nextUrl.clone()
    target.searchParams.delete(LOCALE_QUERY_PARAM)
    const response = NextResponse.redirect(target)
    if (isLocale(requested)) setLocaleCookie(response, requested, nextUrl.protocol === 'https:')
    return response
  }

  if (request.cookies.has(LOCALE_COOKIE)) return NextResponse.next()

  // Also hand the cookie to this very request, so the page rendered now is French too.
  request.cookies.set(LOCALE_COOKIE, DEFAULT_LOCALE)
  const response = NextResponse.next({ request: { headers: request.headers } })
  setLocaleCookie(response, DEFAULT_LOCALE, nextUrl.protocol === 'https:')
  return response
}

function setLocaleCookie(response: NextResponse, locale: string, secure: boolean) {
  response.cookies.set({
    name: LOCALE_COOKIE,
    value: locale,
    maxAge: LOCALE_COOKIE_MAX_AGE,
    path: '/',
    sameSite: 'lax',
    secure,
  })
}

export const config = {
  matcher: [
    /*
     * Pages only: not the REST/GraphQL API, Next's build assets and image optimiser, nor any
     * path with a file extension (public/ files, icon.svg, favicon.ico, robots.txt…).
     * /admin is included on purpose: that is where the default language matters most.
     */
    '/((?!api(?:/|$)|_next/|.*\\.[\\w]+$).*)',
  ],
}
