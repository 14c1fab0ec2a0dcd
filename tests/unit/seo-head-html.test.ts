import { describe, expect, it } from 'vitest'

import { parseHeadHtml } from '@/seo/headHtml'
import { isMaskedKey, maskKey } from '@/settings/keyMask'

describe('parseHeadHtml (custom <head> HTML of the system settings)', () => {
  it('keeps head elements, with React prop names, and drops everything else', () => {
    const elements = parseHeadHtml(`<!-- mesure -->
      <script async src="https://analytics.test/tag.js?id=1"></script>
      <script>window.dataLayer = []; if (1 < 2 && true) dataLayer.push('x')</script>
      <meta name="google-site-verification" content="abc&amp;d" />
      <meta http-equiv="x-dns-prefetch-control" content="on">
      <link rel="preconnect" href="https://analytics.test" crossorigin>
      <noscript><img src="https://px.test/?a=1&amp;b=2" alt=""></noscript>
      <style>.x{color:red}</style>
      <div>pas dans un head</div><img src="x" onerror="alert(1)"><title>non</title>`)
    expect(elements).toEqual([
      { tag: 'script', props: { async: true, src: 'https://analytics.test/tag.js?id=1' } },
      { tag: 'script', props: {}, html: "window.dataLayer = []; if (1 < 2 && true) dataLayer.push('x')" },
      { tag: 'meta', props: { name: 'google-site-verification', content: 'abc&d' } },
      { tag: 'meta', props: { httpEquiv: 'x-dns-prefetch-control', content: 'on' } },
      { tag: 'link', props: { rel: 'preconnect', href: 'https://analytics.test', crossOrigin: 'anonymous' } },
      { tag: 'noscript', props: {}, html: '<img src="https://px.test/?a=1&amp;b=2" alt="">' },
      { tag: 'style', props: {}, html: '.x{color:red}' },
    ])
  })

  it('drops inline event handlers and a nonce typed by hand (the layout sets the real one)', () => {
    expect(parseHeadHtml('<script nonce="guessed" onload="steal()" src="/a.js"></script>')).toEqual([{ tag: 'script', props: { src: '/a.js' } }])
  })

  it('gives nothing for empty settings', () => {
    expect(parseHeadHtml('')).toEqual([])
    expect(parseHeadHtml(null)).toEqual([])
  })
})

describe('key masks', () => {
  it('shows the last four characters of a long key only, nothing of a short one', () => {
    expect(maskKey('SG.abcdefghijklmnop-WXYZ')).toBe('••••WXYZ')
    expect(maskKey('short-key')).toBe('••••')
    expect(maskKey('')).toBeNull()
    expect(isMaskedKey('••••WXYZ')).toBe(true)
    expect(isMaskedKey('SG.real')).toBe(false)
  })
})
