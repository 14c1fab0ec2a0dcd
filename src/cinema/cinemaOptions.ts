/**
 * Choices of the CINEMA module (SPEC §5), shared by the collections, the registration
 * form, the public profile and the staff filters. Values are stable keys; labels are
 * French first.
 */

type Option = { readonly value: string; readonly label: { readonly fr: string; readonly en: string } }

export const BUILD_OPTIONS = [
  { value: 'slim', label: { fr: 'Mince', en: 'Slim' } },
  { value: 'athletic', label: { fr: 'Athlétique', en: 'Athletic' } },
  { value: 'average', label: { fr: 'Moyenne', en: 'Average' } },
  { value: 'muscular', label: { fr: 'Musclée', en: 'Muscular' } },
  { value: 'curvy', label: { fr: 'Ronde', en: 'Curvy' } },
  { value: 'heavy', label: { fr: 'Forte', en: 'Heavy-set' } },
] as const satisfies readonly Option[]

export const SKIN_TONE_OPTIONS = [
  { value: 'very-dark', label: { fr: 'Très foncée', en: 'Very dark' } },
  { value: 'dark', label: { fr: 'Foncée', en: 'Dark' } },
  { value: 'medium-dark', label: { fr: 'Mate foncée', en: 'Medium dark' } },
  { value: 'medium', label: { fr: 'Mate', en: 'Medium' } },
  { value: 'light', label: { fr: 'Claire', en: 'Light' } },
  { value: 'very-light', label: { fr: 'Très claire', en: 'Very light' } },
] as const satisfies readonly Option[]

export const EYE_COLOUR_OPTIONS = [
  { value: 'dark-brown', label: { fr: 'Marron foncé', en: 'Dark brown' } },
  { value: 'brown', label: { fr: 'Marron', en: 'Brown' } },
  { value: 'hazel', label: { fr: 'Noisette', en: 'Hazel' } },
  { value: 'green', label: { fr: 'Verts', en: 'Green' } },
  { value: 'blue', label: { fr: 'Bleus', en: 'Blue' } },
  { value: 'grey', label: { fr: 'Gris', en: 'Grey' } },
] as const satisfies readonly Option[]

export const HAIR_COLOUR_OPTIONS = [
  { value: 'black', label: { fr: 'Noirs', en: 'Black' } },
  { value: 'dark-brown', label: { fr: 'Châtain foncé', en: 'Dark brown' } },
  { value: 'brown', label: { fr: 'Châtains', en: 'Brown' } },
  { value: 'blond', label: { fr: 'Blonds', en: 'Blond' } },
  { value: 'red', label: { fr: 'Roux', en: 'Red' } },
  { value: 'grey', label: { fr: 'Gris / blancs', en: 'Grey / white' } },
  { value: 'dyed', label: { fr: 'Colorés', en: 'Dyed' } },
  { value: 'bald', label: { fr: 'Crâne rasé / chauve', en: 'Shaved / bald' } },
] as const satisfies readonly Option[]

export const HAIR_TYPE_OPTIONS = [
  { value: 'afro', label: { fr: 'Afro / crépus', en: 'Afro / kinky' } },
  { value: 'locs', label: { fr: 'Locks', en: 'Locs' } },
  { value: 'braids', label: { fr: 'Tresses', en: 'Braids' } },
  { value: 'curly', label: { fr: 'Bouclés', en: 'Curly' } },
  { value: 'wavy', label: { fr: 'Ondulés', en: 'Wavy' } },
  { value: 'straight', label: { fr: 'Raides', en: 'Straight' } },
  { value: 'short', label: { fr: 'Très courts', en: 'Very short' } },
] as const satisfies readonly Option[]

/** How the talent can be booked now; the staff list filters on it. */
export const AVAILABILITY_OPTIONS = [
  { value: 'available', label: { fr: 'Disponible', en: 'Available' } },
  { value: 'limited', label: { fr: 'Disponibilité limitée', en: 'Limited availability' } },
  { value: 'unavailable', label: { fr: 'Indisponible', en: 'Unavailable' } },
] as const satisfies readonly Option[]

export const ROLE_TYPE_OPTIONS = [
  { value: 'lead', label: { fr: 'Premier rôle', en: 'Lead role' } },
  { value: 'supporting', label: { fr: 'Second rôle', en: 'Supporting role' } },
  { value: 'extra', label: { fr: 'Figuration', en: 'Extra' } },
  { value: 'voice', label: { fr: 'Voix / doublage', en: 'Voice / dubbing' } },
  { value: 'stunt', label: { fr: 'Cascade / doublure', en: 'Stunt / double' } },
  { value: 'crew', label: { fr: 'Poste technique', en: 'Crew position' } },
] as const satisfies readonly Option[]

export const FILMOGRAPHY_TYPE_OPTIONS = [
  { value: 'feature', label: { fr: 'Long métrage', en: 'Feature film' } },
  { value: 'series', label: { fr: 'Série', en: 'Series' } },
  { value: 'short', label: { fr: 'Court métrage', en: 'Short film' } },
  { value: 'documentary', label: { fr: 'Documentaire', en: 'Documentary' } },
  { value: 'commercial', label: { fr: 'Publicité', en: 'Commercial' } },
  { value: 'music-video', label: { fr: 'Clip', en: 'Music video' } },
  { value: 'theatre', label: { fr: 'Théâtre', en: 'Theatre' } },
  { value: 'other', label: { fr: 'Autre', en: 'Other' } },
] as const satisfies readonly Option[]

/** Currencies a fee or a rate is quoted in: the two CFA francs first, then the region's others. */
export const CURRENCY_OPTIONS = [
  { value: 'XOF', label: { fr: 'Franc CFA (XOF)', en: 'CFA franc (XOF)' } },
  { value: 'XAF', label: { fr: 'Franc CFA (XAF)', en: 'CFA franc (XAF)' } },
  { value: 'NGN', label: { fr: 'Naira (NGN)', en: 'Naira (NGN)' } },
  { value: 'GHS', label: { fr: 'Cedi (GHS)', en: 'Cedi (GHS)' } },
  { value: 'KES', label: { fr: 'Shilling kényan (KES)', en: 'Kenyan shilling (KES)' } },
  { value: 'ZAR', label: { fr: 'Rand (ZAR)', en: 'Rand (ZAR)' } },
  { value: 'MAD', label: { fr: 'Dirham (MAD)', en: 'Dirham (MAD)' } },
  { value: 'EUR', label: { fr: 'Euro (EUR)', en: 'Euro (EUR)' } },
  { value: 'USD', label: { fr: 'Dollar US (USD)', en: 'US dollar (USD)' } },
] as const satisfies readonly Option[]

export const RATE_UNIT_OPTIONS = [
  { value: 'day', label: { fr: 'par jour', en: 'per day' } },
  { value: 'week', label: { fr: 'par semaine', en: 'per week' } },
  { value: 'project', label: { fr: 'par projet', en: 'per project' } },
] as const satisfies readonly Option[]

export const PROJECT_TYPE_OPTIONS = [
  { value: 'FLM', label: { fr: 'Long métrage', en: 'Feature film' } },
  { value: 'SER', label: { fr: 'Série', en: 'Series' } },
  { value: 'CRT', label: { fr: 'Court métrage', en: 'Short film' } },
  { value: 'DOC', label: { fr: 'Documentaire', en: 'Documentary' } },
  { value: 'PUB', label: { fr: 'Publicité', en: 'Commercial' } },
  { value: 'CLP', label: { fr: 'Clip', en: 'Music video' } },
  { value: 'AUT', label: { fr: 'Autre', en: 'Other' } },
] as const satisfies readonly Option[]

export const PROJECT_STATUS_OPTIONS = [
  { value: 'development', label: { fr: 'Développement', en: 'Development' } },
  { value: 'preproduction', label: { fr: 'Préproduction', en: 'Pre-production' } },
  { value: 'shooting', label: { fr: 'Tournage', en: 'Shooting' } },
  { value: 'postproduction', label: { fr: 'Postproduction', en: 'Post-production' } },
  { value: 'completed', label: { fr: 'Terminé', en: 'Completed' } },
  { value: 'cancelled', label: { fr: 'Annulé', en: 'Cancelled' } },
] as const satisfies readonly Option[]

export const ASSIGNMENT_KIND_OPTIONS = [
  { value: 'cast', label: { fr: 'Distribution (personnage)', en: 'Cast (character)' } },
  { value: 'extra', label: { fr: 'Figuration', en: 'Extra' } },
  { value: 'crew', label: { fr: 'Équipe technique (poste)', en: 'Crew (position)' } },
] as const satisfies readonly Option[]

export const ASSIGNMENT_STATUS_OPTIONS = [
  { value: 'proposed', label: { fr: 'Proposé', en: 'Proposed' } },
  { value: 'confirmed', label: { fr: 'Confirmé', en: 'Confirmed' } },
  { value: 'declined', label: { fr: 'Refusé', en: 'Declined' } },
  { value: 'completed', label: { fr: 'Terminé', en: 'Completed' } },
  { value: 'cancelled', label: { fr: 'Annulé', en: 'Cancelled' } },
] as const satisfies readonly Option[]

export const MESSAGE_STATUS_OPTIONS = [
  { value: 'new', label: { fr: 'Nouveau', en: 'New' } },
  { value: 'read', label: { fr: 'Lu', en: 'Read' } },
  { value: 'archived', label: { fr: 'Archivé', en: 'Archived' } },
] as const satisfies readonly Option[]

/** Parts of a cinema profile the public may see when the talent made it public. Contact details never are. */
export const CINEMA_PUBLIC_PARTS = [
  { value: 'age', label: { fr: 'Âge', en: 'Age' } },
  { value: 'nationality', label: { fr: 'Nationalité', en: 'Nationality' } },
  { value: 'location', label: { fr: 'Pays et ville', en: 'Country and city' } },
  { value: 'physical', label: { fr: 'Caractéristiques physiques', en: 'Physical characteristics' } },
  { value: 'languages', label: { fr: 'Langues', en: 'Languages' } },
  { value: 'skills', label: { fr: 'Compétences', en: 'Skills' } },
  { value: 'filmography', label: { fr: 'Expérience et filmographie', en: 'Experience and filmography' } },
  { value: 'availability', label: { fr: 'Disponibilité', en: 'Availability' } },
  { value: 'media', label: { fr: 'Médias et réseaux', en: 'Media and social links' } },
] as const satisfies readonly Option[]

export type CinemaPublicPart = (typeof CINEMA_PUBLIC_PARTS)[number]['value']

export const DEFAULT_CINEMA_PUBLIC_PARTS: CinemaPublicPart[] = [
  'age',
  'nationality',
  'location',
  'physical',
  'languages',
  'skills',
  'filmography',
  'availability',
  'media',
]
