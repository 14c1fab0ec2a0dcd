/** Groups of the admin navigation, French first. */
export const ADMIN_GROUPS = {
  talents: { fr: 'Talents', en: 'Talents' },
  administration: { fr: 'Administration', en: 'Administration' },
} as const
