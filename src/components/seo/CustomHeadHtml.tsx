import { createElement } from 'react'

import type { HeadElement } from '@/seo/headHtml'

/**
 * The admin's custom `<head>` HTML, rendered as real elements so that scripts run at page
 * load. Each script carries the request's CSP nonce (contract C: proxy.ts sets `x-nonce`).
 */
export function CustomHeadHtml({ elements, nonce }: { elements: HeadElement[]; nonce?: string | null }) {
  return elements.map(({ tag, props, html }, index) =>
    createElement(tag, {
      key: `custom-head-${index}`,
      ...props,
      ...(tag === 'script' && nonce ? { nonce } : {}),
      ...(html !== undefined ? { dangerouslySetInnerHTML: { __html: html } } : {}),
      'data-custom-head': '',
    }),
  )
}
