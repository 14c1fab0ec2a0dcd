/**
 * The colours of the nine CINEMA sections (SPEC §5: "9 colour-coded sections"), shared by the
 * registration form, the public profile and anything else that shows the sections, so a
 * section keeps its colour everywhere. Nine distinct hues round the colour wheel; `solid`
 * carries white text at WCAG AA (≥ 4.5:1) and `text` reads on white and sand at AA too.
 *
 * Class names are written out in full so Tailwind finds them in this file.
 */

export const CINEMA_SECTION_KEYS = [
  'identity',
  'contact',
  'physical',
  'languages',
  'roles',
  'skills',
  'experience',
  'availability',
  'media',
] as const

export type CinemaSectionKey = (typeof CINEMA_SECTION_KEYS)[number]

export type SectionColour = {
  /** 1 … 9, the section's number on the form and the profile. */
  number: number
  /** Hex of the solid colour, for places without Tailwind (emails, PDFs). */
  hex: string
  /** Solid background with white text: number badges, active step. */
  solid: string
  /** Coloured text on white or sand. */
  text: string
  /** Pale background for a section's band or chips. */
  soft: string
  /** Thin coloured ring or border. */
  ring: string
  border: string
  /** Left accent bar / top stripe. */
  bar: string
}

export const SECTION_COLOURS: Record<CinemaSectionKey, SectionColour> = {
  identity: {
    number: 1,
    hex: '#b4461f',
    solid: 'bg-terracotta-600 text-white',
    text: 'text-terracotta-700',
    soft: 'bg-terracotta-50',
    ring: 'ring-terracotta-600/30',
    border: 'border-terracotta-600',
    bar: 'bg-terracotta-600',
  },
  contact: {
    number: 2,
    hex: '#b45309',
    solid: 'bg-amber-700 text-white',
    text: 'text-amber-800',
    soft: 'bg-amber-50',
    ring: 'ring-amber-700/30',
    border: 'border-amber-700',
    bar: 'bg-amber-700',
  },
  physical: {
    number: 3,
    hex: '#be123c',
    solid: 'bg-rose-700 text-white',
    text: 'text-rose-700',
    soft: 'bg-rose-50',
    ring: 'ring-rose-700/30',
    border: 'border-rose-700',
    bar: 'bg-rose-700',
  },
  languages: {
    number: 4,
    hex: '#047857',
    solid: 'bg-emerald-700 text-white',
    text: 'text-emerald-800',
    soft: 'bg-emerald-50',
    ring: 'ring-emerald-700/30',
    border: 'border-emerald-700',
    bar: 'bg-emerald-700',
  },
  roles: {
    number: 5,
    hex: '#0369a1',
    solid: 'bg-sky-700 text-white',
    text: 'text-sky-800',
    soft: 'bg-sky-50',
    ring: 'ring-sky-700/30',
    border: 'border-sky-700',
    bar: 'bg-sky-700',
  },
  skills: {
    number: 6,
    hex: '#6d28d9',
    solid: 'bg-violet-700 text-white',
    text: 'text-violet-700',
    soft: 'bg-violet-50',
    ring: 'ring-violet-700/30',
    border: 'border-violet-700',
    bar: 'bg-violet-700',
  },
  experience: {
    number: 7,
    hex: '#4338ca',
    solid: 'bg-indigo-700 text-white',
    text: 'text-indigo-700',
    soft: 'bg-indigo-50',
    ring: 'ring-indigo-700/30',
    border: 'border-indigo-700',
    bar: 'bg-indigo-700',
  },
  availability: {
    number: 8,
    hex: '#0f766e',
    solid: 'bg-teal-700 text-white',
    text: 'text-teal-800',
    soft: 'bg-teal-50',
    ring: 'ring-teal-700/30',
    border: 'border-teal-700',
    bar: 'bg-teal-700',
  },
  media: {
    number: 9,
    hex: '#a21caf',
    solid: 'bg-fuchsia-700 text-white',
    text: 'text-fuchsia-700',
    soft: 'bg-fuchsia-50',
    ring: 'ring-fuchsia-700/30',
    border: 'border-fuchsia-700',
    bar: 'bg-fuchsia-700',
  },
}

/** Titles of the sections, as the form and the profile number them. */
export const CINEMA_SECTION_TITLES: Record<CinemaSectionKey, { fr: string; en: string }> = {
  identity: { fr: 'Identité', en: 'Identity' },
  contact: { fr: 'Coordonnées', en: 'Contact details' },
  physical: { fr: 'Caractéristiques physiques', en: 'Physical characteristics' },
  languages: { fr: 'Langues', en: 'Languages' },
  roles: { fr: 'Catégories et rôles recherchés', en: 'Categories and roles sought' },
  skills: { fr: 'Compétences', en: 'Skills' },
  experience: { fr: 'Expérience et filmographie', en: 'Experience and filmography' },
  availability: { fr: 'Disponibilité et conditions', en: 'Availability and terms' },
  media: { fr: 'Médias et réseaux', en: 'Media and social links' },
}

export const sectionColour = (key: CinemaSectionKey): SectionColour => SECTION_COLOURS[key]
