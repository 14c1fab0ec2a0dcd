import type { Locale } from '../locales'

/** Texts of the public content pages (/mentions-legales…). */
export const seoMessages: Record<Locale, { contentPage: { draft: string; updated: string } }> = {
  fr: {
    contentPage: {
      draft: 'Brouillon : cette page n’est pas publiée, seuls les administrateurs et les responsables SEO la voient.',
      updated: 'Mis à jour le',
    },
  },
  en: {
    contentPage: {
      draft: 'Draft: this page is not published; only administrators and SEO managers can see it.',
      updated: 'Updated on',
    },
  },
}
