import type { Metadata } from 'next'

import { getMessages } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { routeMetadata } from './metadata'
import type { SeoRoutePath } from './publicRoutes'
import { getSeoSettings } from './seoSettings'

/**
 * For a built-in page's `generateMetadata`: its SEO override from the settings on top of
 * what the page would say anyway (`fallback`).
 */
export async function seoForRoute(path: SeoRoutePath, fallback: Metadata = {}): Promise<Metadata> {
  const [locale, settings] = await Promise.all([getLocale(), getSeoSettings()])
  return routeMetadata(settings, locale, getMessages(locale).meta, path, fallback)
}
