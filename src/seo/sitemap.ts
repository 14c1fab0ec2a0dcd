import type { MetadataRoute } from 'next'
import type { Payload } from 'payload'

import { cinemaProfilePath } from '@/cinema/publicProfile'
import { publicProfileUrl } from '@/qr/publicProfileUrl'
import { talentProfilePath } from '@/qr/talentQrCode'
import type { SeoSetting } from '../../payload-types'
import { SITEMAP_ROUTES } from './publicRoutes'

/** A sitemap file holds 50,000 URLs at most (sitemaps.org); the most recently updated win. */
export const SITEMAP_MAX_URLS = 50_000

type Env = Record<string, string | undefined>

/**
 * What search engines should crawl: the built-in public pages (minus those the SEO settings
 * mark noindex), published content pages, and the profiles their talents made public, each
 * with its last modification. Everything is read as an anonymous visitor, so only what
 * anyone may see is listed. Nothing when the settings forbid indexing.
 */
export async function buildSitemap(payload: Payload, settings: SeoSetting, env: Env = process.env): Promise<MetadataRoute.Sitemap> {
  if (settings.allowIndexing === false) return []
  const asVisitor = { overrideAccess: false, user: null, pagination: false, depth: 0 } as const
  const hidden = new Set((settings.routes ?? []).filter((route) => route.noIndex).map((route) => route.path))

  const [pages, talents, cinemaTalents] = await Promise.all([
    payload.find({ collection: 'pages', ...asVisitor, where: { published: { equals: true } }, select: { slug: true, updatedAt: true, meta: { noIndex: true } }, sort: '-updatedAt', limit: SITEMAP_MAX_URLS }),
    payload.find({ collection: 'talents', ...asVisitor, where: { isPublic: { equals: true }, code: { exists: true } }, select: { code: true, updatedAt: true }, sort: '-updatedAt', limit: SITEMAP_MAX_URLS }),
    payload.find({ collection: 'cinema-talents', ...asVisitor, where: { isPublic: { equals: true }, code: { exists: true } }, select: { code: true, updatedAt: true }, sort: '-updatedAt', limit: SITEMAP_MAX_URLS }),
  ])

  const settingsDate = settings.updatedAt ? new Date(settings.updatedAt) : undefined
  const entries: MetadataRoute.Sitemap = [
    ...SITEMAP_ROUTES.filter((path) => !hidden.has(path)).map((path) => ({
      url: publicProfileUrl(path, env),
      ...(settingsDate ? { lastModified: settingsDate } : {}),
      changeFrequency: path === '/' || path === '/talents' ? ('daily' as const) : ('monthly' as const),
      priority: path === '/' ? 1 : 0.8,
    })),
    ...pages.docs
      .filter((page) => !page.meta?.noIndex)
      .map((page) => ({ url: publicProfileUrl(`/${page.slug}`, env), lastModified: new Date(page.updatedAt), changeFrequency: 'yearly' as const, priority: 0.3 })),
    ...talents.docs
      .filter((talent) => talent.code)
      .map((talent) => ({ url: publicProfileUrl(talentProfilePath(talent.code as string), env), lastModified: new Date(talent.updatedAt), changeFrequency: 'weekly' as const, priority: 0.6 })),
    ...cinemaTalents.docs
      .filter((talent) => talent.code)
      .map((talent) => ({ url: publicProfileUrl(cinemaProfilePath(talent.code as string), env), lastModified: new Date(talent.updatedAt), changeFrequency: 'weekly' as const, priority: 0.6 })),
  ]
  return entries.slice(0, SITEMAP_MAX_URLS)
}
