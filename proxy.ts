import { NextResponse, type NextRequest } from 'next/server'

import {
  DEFAULT_LOCALE,
  LOCALE_COOKIE,
  LOCALE_COOKIE_MAX_AGE,
  LOCALE_QUERY_PARAM,
  isLocale,
} from '@/i18n/locales'
import { commonSecurityHeaders, contentSecurityPolicy, createNonce, permissionsPolicy } from '@/security/headers'

/**
 * Every page request passes here:
 * - security headers: a Content-Security-Policy with a fresh nonce, handed to the page in the
 *   `x-nonce` request header (Next adds it to its own scripts; the custom <head> HTML adds it
 *   to the admin's scripts, contract C), the Permissions-Policy (camera on /presence only),
 *   HSTS in production and the rest of src/security/headers.ts;
 * - language of the public site and the admin panel, which share Payload's `payload-lng` cookie:
 *   `?lang=fr|en` on any page stores the choice and redirects to the same URL without it;
 *   a first visit gets `fr`, so the admin panel is French whatever the browser's
 *   Accept-Language (Payload falls back to that header only when the cookie is absent).
 */
export function proxy(request: NextRequest) {
  const { nextUrl } = request
  const requested = nextUrl.searchParams.get(LOCALE_QUERY_PARAM)
  const readOnly = request.method === 'GET' || request.method === 'HEAD'
  const secure = nextUrl.protocol === 'https:'

  if (requested !== null && readOnly) {
    const target = nextUrl.clone()
    target.searchParams.delete(LOCALE_QUERY_PARAM)
    const response = NextResponse.redirect(target)
    if (isLocale(requested)) setLocaleCookie(response, requested, secure)
    return withSecurityHeaders(response, nextUrl.pathname, createNonce())
  }

  const firstVisit = !request.cookies.has(LOCALE_COOKIE)
  // Also hand the cookie to this very request, so the page rendered now is French too.
  if (firstVisit) request.cookies.set(LOCALE_COOKIE, DEFAULT_LOCALE)

  const nonce = createNonce()
  const csp = contentSecurityPolicy(nextUrl.pathname, nonce)
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  // Next reads the nonce for its own <script> tags from this request header.
  headers.set('content-security-policy', csp)

  const response = NextResponse.next({ request: { headers } })
  if (firstVisit) setLocaleCookie(response, DEFAULT_LOCALE, secure)
  return withSecurityHeaders(response, nextUrl.pathname, nonce, csp)
}

function withSecurityHeaders(response: NextResponse, pathname: string, nonce: string, csp = contentSecurityPolicy(pathname, nonce)) {
  response.headers.set('Content-Security-Policy', csp)
  response.headers.set('Permissions-Policy', permissionsPolicy(pathname))
  for (const [name, value] of Object.entries(commonSecurityHeaders())) response.headers.set(name, value)
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
     * path with a file extension (public/ files, icon.svg, favicon.ico, robots.txt…): those get
     * their security headers from next.config.ts. /admin is included on purpose: that is where
     * the default language matters most.
     */
    '/((?!api(?:/|$)|_next/|.*\\.[\\w]+$).*)',
  ],
}
