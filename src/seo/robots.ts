import type { MetadataRoute } from 'next'

import { publicProfileUrl } from '@/qr/publicProfileUrl'
import type { SeoSetting } from '../../payload-types'
import { ALWAYS_DISALLOWED_PATHS } from './publicRoutes'

/** The extra paths typed in the SEO settings, one per line. */
export function settingsDisallowedPaths(settings: Pick<SeoSetting, 'disallowPaths'>): string[] {
  return (settings.disallowPaths ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^\/\S*$/.test(line))
}

/**
 * robots.txt from the SEO settings: everything disallowed when indexing is off (staging),
 * else the back office, API and personal spaces plus the settings' own paths; always the
 * sitemap's address.
 */
export function buildRobots(settings: SeoSetting, env: Record<string, string | undefined> = process.env): MetadataRoute.Robots {
  const sitemap = publicProfileUrl('/sitemap.xml', env)
  if (settings.allowIndexing === false) return { rules: { userAgent: '*', disallow: '/' }, sitemap }
  const disallow = [...new Set([...ALWAYS_DISALLOWED_PATHS, ...settingsDisallowedPaths(settings)])]
  return { rules: { userAgent: '*', allow: '/', disallow }, sitemap, host: new URL(publicProfileUrl('/', env)).origin }
}
