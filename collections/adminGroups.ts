/** Groups of the admin navigation, French first. */
export const ADMIN_GROUPS = {
  talents: { fr: 'Talents', en: 'Talents' },
  cinema: { fr: 'Cinéma', en: 'Cinema' },
  administration: { fr: 'Administration', en: 'Administration' },
  seo: { fr: 'Site public et SEO', en: 'Public site and SEO' },
  journal: { fr: 'Journal', en: 'Logs' },
} as const
