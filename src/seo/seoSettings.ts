import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'

import type { SeoImage, SeoSetting } from '../../payload-types'

/** The SEO global, read once per request (layout and page both need it), as the system. */
export const getSeoSettings = cache(async (): Promise<SeoSetting> => {
  const payload = await getPayload({ config })
  return payload.findGlobal({ slug: 'seo-settings', overrideAccess: true, depth: 1 })
})

/** An upload field's document once populated (depth ≥ 1); an id alone is not usable here. */
export function populatedImage(value: number | SeoImage | null | undefined): SeoImage | null {
  return value && typeof value === 'object' ? value : null
}
