import config from '@payload-config'
import type { MetadataRoute } from 'next'
import { getPayload } from 'payload'

import { buildSitemap } from '@/seo/sitemap'

// Profiles become public or private at any time: build the file at each request.
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const payload = await getPayload({ config })
  const settings = await payload.findGlobal({ slug: 'seo-settings', overrideAccess: true, depth: 0 })
  return buildSitemap(payload, settings)
}
