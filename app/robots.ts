import config from '@payload-config'
import type { MetadataRoute } from 'next'
import { getPayload } from 'payload'

import { buildRobots } from '@/seo/robots'

// Next reads robots.ts only at the root of app/ (not inside a route group, unlike sitemap.ts).
// Follows the SEO settings as soon as they are saved.
export const dynamic = 'force-dynamic'

export default async function robots(): Promise<MetadataRoute.Robots> {
  const payload = await getPayload({ config })
  const settings = await payload.findGlobal({ slug: 'seo-settings', overrideAccess: true, depth: 0 })
  return buildRobots(settings)
}
