import type { CategoryRow, GroupOption } from './types'

export const CATEGORY_GROUPS = [
  { value: 'performance', label: { fr: 'Interprétation', en: 'Performance' } },
  { value: 'direction', label: { fr: 'Réalisation et production', en: 'Direction and production' } },
  { value: 'crew', label: { fr: 'Équipe technique', en: 'Technical crew' } },
  { value: 'design', label: { fr: 'Image, costumes et décors', en: 'Looks, costumes and sets' } },
  { value: 'arts', label: { fr: 'Musique, danse et scène', en: 'Music, dance and stage' } },
  { value: 'other', label: { fr: 'Autres', en: 'Other' } },
] as const satisfies readonly GroupOption[]

export type CategoryGroup = (typeof CATEGORY_GROUPS)[number]['value']

type CategoryEntry = [slug: string, nameFr: string, nameEn: string]

/** Talent categories, typed by hand: no package lists the trades of a film set in inclusive French. */
const CATEGORIES_BY_GROUP: Record<CategoryGroup, CategoryEntry[]> = {
  performance: [
    ['acteur', 'Acteur·rice', 'Actor'],
    ['figurant', 'Figurant·e', 'Extra'],
    ['cascadeur', 'Cascadeur·se', 'Stunt performer'],
    ['doublage-voix-off', 'Comédien·ne de doublage / voix off', 'Voice actor / voice-over'],
    ['mannequin', 'Mannequin', 'Model'],
    ['humoriste', 'Humoriste', 'Comedian'],
    ['animateur', 'Animateur·rice / présentateur·rice', 'Host / presenter'],
    ['createur-contenu', 'Créateur·rice de contenu', 'Content creator'],
  ],
  direction: [
    ['realisateur', 'Réalisateur·rice', 'Director'],
    ['assistant-realisation', 'Assistant·e réalisation', 'Assistant director'],
    ['scenariste', 'Scénariste', 'Screenwriter'],
    ['producteur', 'Producteur·rice', 'Producer'],
    ['directeur-production', 'Directeur·rice de production', 'Production manager'],
    ['directeur-casting', 'Directeur·rice de casting', 'Casting director'],
    ['regisseur', 'Régisseur·se', 'Location / unit manager'],
    ['scripte', 'Scripte', 'Script supervisor'],
  ],
  crew: [
    ['chef-operateur', 'Chef·fe opérateur·rice', 'Director of photography'],
    ['cadreur', 'Cadreur·se', 'Camera operator'],
    ['ingenieur-son', 'Ingénieur·e du son', 'Sound engineer'],
    ['perchiste', 'Perchiste', 'Boom operator'],
    ['monteur', 'Monteur·se', 'Film editor'],
    ['etalonneur', 'Étalonneur·se', 'Colourist'],
    ['electricien', 'Électricien·ne / éclairagiste', 'Gaffer / lighting technician'],
    ['machiniste', 'Machiniste', 'Grip'],
    ['photographe', 'Photographe', 'Photographer'],
    ['effets-speciaux', 'Technicien·ne effets spéciaux', 'Special effects technician'],
  ],
  design: [
    ['maquilleur', 'Maquilleur·se', 'Make-up artist'],
    ['coiffeur', 'Coiffeur·se', 'Hairdresser'],
    ['costumier', 'Costumier·ère', 'Costume designer'],
    ['styliste', 'Styliste', 'Stylist'],
    ['decorateur', 'Décorateur·rice', 'Set designer'],
    ['accessoiriste', 'Accessoiriste', 'Prop master'],
  ],
  arts: [
    ['musicien', 'Musicien·ne', 'Musician'],
    ['chanteur', 'Chanteur·se', 'Singer'],
    ['danseur', 'Danseur·se', 'Dancer'],
    ['choregraphe', 'Chorégraphe', 'Choreographer'],
    ['compositeur', 'Compositeur·rice', 'Composer'],
    ['conteur', 'Conteur·se', 'Storyteller'],
    ['artiste-cirque', 'Artiste de cirque', 'Circus artist'],
  ],
  other: [['autre', 'Autre métier', 'Other trade']],
}

export function buildCategories(): CategoryRow[] {
  return CATEGORY_GROUPS.flatMap(({ value: group }) =>
    CATEGORIES_BY_GROUP[group].map(([slug, nameFr, nameEn]) => ({ slug, nameFr, nameEn, group })),
  ).map((category, index) => ({ ...category, sortOrder: index + 1 }))
}
