import { seoPlugin } from '@payloadcms/plugin-seo'
import type { GenerateTitle, GenerateURL } from '@payloadcms/plugin-seo/types'

import type { Page } from '../../payload-types'

const siteUrl = () => (process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')

const generateTitle: GenerateTitle<Page> = ({ doc }) => (doc?.title ? `${doc.title} · Taalentio` : 'Taalentio')

const generateURL: GenerateURL<Page> = ({ doc }) => `${siteUrl()}/${doc?.slug ?? ''}`

/** SEO tab (title, description, sharing image) on content pages; images from `seo-images`. */
export const taalentioSeoPlugin = seoPlugin({
  collections: ['pages'],
  uploadsCollection: 'seo-images',
  tabbedUI: true,
  generateTitle,
  generateURL,
  fields: ({ defaultFields }) => [
    ...defaultFields,
    {
      name: 'noIndex',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Ne pas indexer cette page', en: 'Do not index this page' },
    },
  ],
})
