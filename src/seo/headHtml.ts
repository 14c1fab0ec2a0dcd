import { DomUtils, parseDocument } from 'htmlparser2'

type ChildNode = ReturnType<typeof parseDocument>['children'][number]
type Element = Extract<ChildNode, { attribs: Record<string, string> }>

/**
 * The custom `<head>` HTML of the system settings (analytics, site verification), turned
 * into a list of elements React can render in `<head>`. Only elements that belong in a head
 * are kept (meta, link, script, noscript, style); inline event handlers and any `nonce`
 * typed by the admin are dropped — the layout gives each script the request's CSP nonce.
 */
export type HeadElement = {
  tag: 'meta' | 'link' | 'script' | 'noscript' | 'style'
  /** React prop names (`charSet`, `httpEquiv`, `crossOrigin`…), boolean attributes as true. */
  props: Record<string, string | boolean>
  /** Inline script or style text, or the inner HTML of a noscript. */
  html?: string
}

const ALLOWED_TAGS = new Set<HeadElement['tag']>(['meta', 'link', 'script', 'noscript', 'style'])

const BOOLEAN_ATTRIBUTES = new Set(['async', 'defer', 'nomodule', 'crossorigin'])

const REACT_NAMES: Record<string, string> = {
  class: 'className',
  charset: 'charSet',
  'http-equiv': 'httpEquiv',
  crossorigin: 'crossOrigin',
  referrerpolicy: 'referrerPolicy',
  nomodule: 'noModule',
  hreflang: 'hrefLang',
  itemprop: 'itemProp',
  fetchpriority: 'fetchPriority',
  imagesizes: 'imageSizes',
  imagesrcset: 'imageSrcSet',
}

const isElement = (node: ChildNode): node is Element => 'attribs' in node

function toProps(attributes: Record<string, string>): Record<string, string | boolean> {
  const props: Record<string, string | boolean> = {}
  for (const [rawName, value] of Object.entries(attributes)) {
    const name = rawName.toLowerCase()
    if (name.startsWith('on') || name === 'nonce' || !/^[a-z][a-z0-9:_.-]*$/.test(name)) continue
    const propName = REACT_NAMES[name] ?? name
    if (name === 'crossorigin') props[propName] = value || 'anonymous'
    else props[propName] = BOOLEAN_ATTRIBUTES.has(name) && value === '' ? true : value
  }
  return props
}

export function parseHeadHtml(html: string | null | undefined): HeadElement[] {
  if (!html?.trim()) return []
  const document = parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true })
  const elements: HeadElement[] = []
  for (const node of document.children) {
    if (!isElement(node)) continue
    const tag = node.name as HeadElement['tag']
    if (!ALLOWED_TAGS.has(tag)) continue
    const props = toProps(node.attribs)
    if (tag === 'script' || tag === 'style') {
      const text = DomUtils.textContent(node)
      elements.push({ tag, props, ...(text.trim() ? { html: text } : {}) })
    } else if (tag === 'noscript') {
      elements.push({ tag, props, html: DomUtils.getInnerHTML(node, { encodeEntities: 'utf8', emptyAttrs: true }) })
    } else {
      elements.push({ tag, props })
    }
  }
  return elements
}
