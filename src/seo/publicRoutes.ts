/**
 * The built-in public pages whose title, description and image the SEO settings can
 * override (SeoSettings › Pages du site). Content pages (`pages` collection) carry their
 * own SEO fields instead.
 */
export const SEO_ROUTES = [
  { path: '/', label: { fr: 'Accueil', en: 'Home' } },
  { path: '/talents', label: { fr: 'Annuaire des talents', en: 'Talent directory' } },
  { path: '/inscription', label: { fr: 'Inscription talent', en: 'Talent registration' } },
  { path: '/cinema/register', label: { fr: 'Inscription cinéma', en: 'Cinema registration' } },
  { path: '/connexion', label: { fr: 'Connexion', en: 'Sign in' } },
  { path: '/api-docs', label: { fr: 'Documentation de l’API', en: 'API documentation' } },
] as const

export type SeoRoutePath = (typeof SEO_ROUTES)[number]['path']

/** Paths listed in the sitemap besides content pages and public profiles. */
export const SITEMAP_ROUTES: readonly SeoRoutePath[] = ['/', '/talents', '/inscription', '/cinema/register', '/api-docs']

/**
 * Never worth indexing: the back office, the API, personal spaces, on-set tools, signing
 * links. Always in robots.txt, whatever the settings add.
 */
export const ALWAYS_DISALLOWED_PATHS = [
  '/admin',
  '/api/',
  '/mon-espace',
  '/presence',
  '/contrats',
  '/cinema/contrats',
  '/cinema/talents',
  '/definir-mot-de-passe',
] as const
