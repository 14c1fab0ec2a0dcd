/**
 * First path segments the site already uses: a content page may not take them, or its
 * address would be hidden by (or hide) a built-in route.
 */
export const RESERVED_PAGE_SLUGS = [
  'admin',
  'api',
  'api-docs',
  'cinema',
  'connexion',
  'contrats',
  'definir-mot-de-passe',
  'inscription',
  'mon-espace',
  'presence',
  'talents',
  'robots.txt',
  'sitemap.xml',
  'icon.svg',
  'favicon.ico',
] as const

/** Lower-case words separated by single hyphens: `mentions-legales`. */
export const PAGE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function isReservedPageSlug(slug: string): boolean {
  return (RESERVED_PAGE_SLUGS as readonly string[]).includes(slug)
}
