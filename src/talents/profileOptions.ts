/** Choices of a talent profile, shared by the collection, the registration schema and the pages. */

export const GENDER_OPTIONS = [
  { value: 'F', label: { fr: 'Femme', en: 'Woman' } },
  { value: 'M', label: { fr: 'Homme', en: 'Man' } },
  { value: 'X', label: { fr: 'Autre / non précisé', en: 'Other / not specified' } },
] as const

export const LANGUAGE_LEVEL_OPTIONS = [
  { value: 'basic', label: { fr: 'Notions', en: 'Basic' } },
  { value: 'intermediate', label: { fr: 'Intermédiaire', en: 'Intermediate' } },
  { value: 'fluent', label: { fr: 'Courant', en: 'Fluent' } },
  { value: 'native', label: { fr: 'Langue maternelle', en: 'Native' } },
] as const

/** Parts of a public profile the talent chooses to show (name, photo and categories always show). */
export const PUBLISHABLE_PARTS = [
  { value: 'age', label: { fr: 'Âge', en: 'Age' } },
  { value: 'nationality', label: { fr: 'Nationalité', en: 'Nationality' } },
  { value: 'location', label: { fr: 'Pays et ville', en: 'Country and city' } },
  { value: 'languages', label: { fr: 'Langues', en: 'Languages' } },
  { value: 'skills', label: { fr: 'Compétences', en: 'Skills' } },
  { value: 'experience', label: { fr: 'Expérience', en: 'Experience' } },
] as const

export type PublishablePart = (typeof PUBLISHABLE_PARTS)[number]['value']

export const DEFAULT_PUBLIC_PARTS: PublishablePart[] = ['nationality', 'location', 'languages', 'skills', 'experience']
