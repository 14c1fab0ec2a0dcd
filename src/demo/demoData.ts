/**
 * The demo's cast: clearly fictitious people ("(démo)" after every last name, addresses at
 * demo.taalentio.test) from several African countries, and productions and projects marked
 * "(démo)" too.
 */
export const DEMO_EMAIL_DOMAIN = 'demo.taalentio.test'
export const DEMO_MARK = '(démo)'

export type DemoPerson = {
  firstName: string
  lastName: string
  gender: 'F' | 'M'
  country: string
  city: string
  born: string
  categories: string[]
  languages: { code: string; level: 'basic' | 'intermediate' | 'fluent' | 'native' }[]
}

export const DEMO_TALENTS: DemoPerson[] = [
  { firstName: 'Aïcha', lastName: 'Koné', gender: 'F', country: 'CI', city: 'Abidjan', born: '1995-03-14', categories: ['acteur', 'mannequin'], languages: [{ code: 'fr', level: 'native' }, { code: 'dyu', level: 'fluent' }] },
  { firstName: 'Moussa', lastName: 'Diop', gender: 'M', country: 'SN', city: 'Dakar', born: '1990-07-02', categories: ['musicien', 'chanteur'], languages: [{ code: 'wo', level: 'native' }, { code: 'fr', level: 'fluent' }] },
  { firstName: 'Chiamaka', lastName: 'Okafor', gender: 'F', country: 'NG', city: 'Lagos', born: '1998-11-21', categories: ['danseur', 'choregraphe'], languages: [{ code: 'ig', level: 'native' }, { code: 'en', level: 'fluent' }] },
  { firstName: 'Kwame', lastName: 'Mensah', gender: 'M', country: 'GH', city: 'Accra', born: '1987-01-09', categories: ['humoriste', 'animateur'], languages: [{ code: 'tw', level: 'native' }, { code: 'en', level: 'fluent' }] },
  { firstName: 'Wanjiru', lastName: 'Kamau', gender: 'F', country: 'KE', city: 'Nairobi', born: '1993-05-30', categories: ['photographe'], languages: [{ code: 'sw', level: 'native' }, { code: 'en', level: 'fluent' }] },
  { firstName: 'Mariam', lastName: 'Traoré', gender: 'F', country: 'ML', city: 'Bamako', born: '2000-09-17', categories: ['chanteur'], languages: [{ code: 'bm', level: 'native' }, { code: 'fr', level: 'intermediate' }] },
  { firstName: 'Rodrigue', lastName: 'Ahouansou', gender: 'M', country: 'BJ', city: 'Cotonou', born: '1991-12-05', categories: ['conteur', 'acteur'], languages: [{ code: 'fr', level: 'native' }] },
  { firstName: 'Grâce', lastName: 'Mbuyi', gender: 'F', country: 'CD', city: 'Kinshasa', born: '1996-04-25', categories: ['styliste', 'mannequin'], languages: [{ code: 'ln', level: 'native' }, { code: 'fr', level: 'fluent' }] },
]

export const DEMO_CINEMA_TALENTS: DemoPerson[] = [
  { firstName: 'Awa', lastName: 'Bamba', gender: 'F', country: 'CI', city: 'Abidjan', born: '1992-06-11', categories: ['acteur'], languages: [{ code: 'fr', level: 'native' }, { code: 'en', level: 'intermediate' }] },
  { firstName: 'Yao', lastName: 'Kouassi', gender: 'M', country: 'CI', city: 'Bouaké', born: '1985-02-27', categories: ['acteur', 'cascadeur'], languages: [{ code: 'fr', level: 'native' }] },
  { firstName: 'Fatou', lastName: 'Ndiaye', gender: 'F', country: 'SN', city: 'Dakar', born: '1997-08-08', categories: ['acteur', 'doublage-voix-off'], languages: [{ code: 'wo', level: 'native' }, { code: 'fr', level: 'fluent' }] },
  { firstName: 'Ibrahim', lastName: 'Ouédraogo', gender: 'M', country: 'BF', city: 'Ouagadougou', born: '1980-10-19', categories: ['realisateur', 'scenariste'], languages: [{ code: 'fr', level: 'native' }, { code: 'dyu', level: 'fluent' }] },
  { firstName: 'Ngozi', lastName: 'Adeyemi', gender: 'F', country: 'NG', city: 'Lagos', born: '1994-01-23', categories: ['acteur'], languages: [{ code: 'yo', level: 'native' }, { code: 'en', level: 'native' }] },
  { firstName: 'Samuel', lastName: 'Eto Mballa', gender: 'M', country: 'CM', city: 'Douala', born: '1989-03-03', categories: ['chef-operateur', 'cadreur'], languages: [{ code: 'fr', level: 'native' }, { code: 'en', level: 'fluent' }] },
  { firstName: 'Akosua', lastName: 'Boateng', gender: 'F', country: 'GH', city: 'Accra', born: '1999-07-14', categories: ['maquilleur'], languages: [{ code: 'ak', level: 'native' }, { code: 'en', level: 'fluent' }] },
  { firstName: 'Otieno', lastName: 'Odhiambo', gender: 'M', country: 'KE', city: 'Nairobi', born: '1991-09-09', categories: ['ingenieur-son'], languages: [{ code: 'sw', level: 'native' }, { code: 'en', level: 'fluent' }] },
  { firstName: 'Salimata', lastName: 'Coulibaly', gender: 'F', country: 'ML', city: 'Bamako', born: '2001-12-01', categories: ['figurant', 'danseur'], languages: [{ code: 'bm', level: 'native' }, { code: 'fr', level: 'basic' }] },
  { firstName: 'Jean-Marc', lastName: 'Ilunga', gender: 'M', country: 'CD', city: 'Kinshasa', born: '1984-05-16', categories: ['acteur', 'humoriste'], languages: [{ code: 'ln', level: 'native' }, { code: 'fr', level: 'native' }] },
]

export const DEMO_PRODUCTIONS = [
  { code: 'KDF', name: 'Kadi Films (démo)', country: 'CI' },
  { code: 'SBP', name: 'Sahel Bleu Productions (démo)', country: 'SN' },
  { code: 'LSS', name: 'Lagos Screen Studio (démo)', country: 'NG' },
] as const

/** Projects and who is on them (indexes into DEMO_CINEMA_TALENTS). */
export const DEMO_PROJECTS = [
  {
    title: 'Le Marché des Étoiles (démo)',
    production: 'KDF',
    type: 'FLM',
    status: 'shooting',
    city: { country: 'CI', name: 'Abidjan' },
    director: 'Ibrahim Ouédraogo (démo)',
    attendance: true,
    cast: [
      { talent: 0, kind: 'cast', roleName: 'Mariam, la commerçante', status: 'confirmed', fee: 450000 },
      { talent: 1, kind: 'cast', roleName: 'Le commissaire Yapo', status: 'confirmed', fee: 380000 },
      { talent: 5, kind: 'crew', roleName: 'Chef opérateur', status: 'confirmed', fee: 300000 },
      { talent: 6, kind: 'crew', roleName: 'Maquillage', status: 'confirmed', fee: 150000 },
      { talent: 8, kind: 'extra', roleName: 'Cliente du marché', status: 'confirmed', fee: 25000 },
      { talent: 3, kind: 'crew', roleName: 'Réalisation', status: 'confirmed', fee: 900000 },
    ],
  },
  {
    title: 'Dakar by Night (démo)',
    production: 'SBP',
    type: 'SER',
    status: 'preproduction',
    city: { country: 'SN', name: 'Dakar' },
    director: 'Fatou Ndiaye (démo)',
    attendance: false,
    cast: [
      { talent: 2, kind: 'cast', roleName: 'Khady', status: 'confirmed', fee: 600000 },
      { talent: 9, kind: 'cast', roleName: 'Papa Ndiogou', status: 'proposed', fee: 400000 },
      { talent: 7, kind: 'crew', roleName: 'Ingénieur du son', status: 'proposed', fee: 200000 },
    ],
  },
  {
    title: 'Nollywood Express (démo)',
    production: 'LSS',
    type: 'PUB',
    status: 'completed',
    city: { country: 'NG', name: 'Lagos' },
    director: 'Ngozi Adeyemi (démo)',
    attendance: false,
    cast: [
      { talent: 4, kind: 'cast', roleName: 'Voix principale', status: 'completed', fee: 250000 },
      { talent: 0, kind: 'cast', roleName: 'Cliente', status: 'declined', fee: 100000 },
    ],
  },
] as const
