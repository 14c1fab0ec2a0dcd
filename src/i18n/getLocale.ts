import { cookies } from 'next/headers'

import { LOCALE_COOKIE, toLocale, type Locale } from './locales'

/** The visitor's language for server components, from the shared `payload-lng` cookie. */
export async function getLocale(): Promise<Locale> {
  const cookieStore = await cookies()
  return toLocale(cookieStore.get(LOCALE_COOKIE)?.value)
}
