import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'

import type { Page, User } from '../../payload-types'
import { PAGE_SLUG_PATTERN } from './reservedSlugs'

/**
 * The content page at `/<slug>` as this person may see it: published pages for everyone,
 * drafts too for admins and SEO managers (the collection's read access decides).
 */
export const findContentPage = cache(async (slug: string, user: User | null): Promise<Page | null> => {
  if (!PAGE_SLUG_PATTERN.test(slug)) return null
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    overrideAccess: false,
    user,
  })
  return docs[0] ?? null
})

/** Published content pages for the footer links: title and address only, oldest first. */
export const listPublishedPages = cache(async (): Promise<{ slug: string; title: string }[]> => {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'pages',
    where: { published: { equals: true } },
    select: { slug: true, title: true },
    sort: 'createdAt',
    limit: 20,
    pagination: false,
    overrideAccess: false,
    user: null,
  })
  return docs.map(({ slug, title }) => ({ slug, title }))
})
