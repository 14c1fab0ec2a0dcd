import { buildCategories } from '@/reference-data/categories'
import { buildLanguages } from '@/reference-data/languages'
import { buildSkills } from '@/reference-data/skills'
import { inclusiveForms, normalizeSearchText } from '@/talents/searchText'
import type { AnalysisLocale } from './analysisResult'

/**
 * Our reference lists (the same builders the database is loaded from at every start) as
 * phrases to look for in a CV: French and English names, both readings of inclusive
 * French, the parts of "A / B" names, plus the synonyms below.
 */

/** Other ways CVs name a skill, in French and English. */
const SKILL_SYNONYMS: Record<string, string[]> = {
  chant: ['chanteur', 'chanteuse', 'vocal', 'vocals', 'voix chantee'],
  'chant-choral': ['chorale', 'choeur', 'choir'],
  'chant-lyrique': ['opera', 'art lyrique', 'lyrique'],
  imitation: ['imitations', 'imitateur', 'impressions'],
  basse: ['bassiste', 'bass'],
  piano: ['pianiste', 'clavier', 'keyboard', 'keyboards'],
  batterie: ['batteur', 'drummer'],
  guitare: ['guitariste', 'guitarist'],
  tama: ['tambour d aisselle', 'tambour parlant'],
  percussions: ['percussionniste', 'percussionist'],
  violon: ['violoniste', 'violinist'],
  saxophone: ['saxophoniste', 'saxophonist', 'sax'],
  trompette: ['trompettiste', 'trumpeter'],
  dj: ['disc jockey', 'deejay'],
  'danse-africaine': ['danse traditionnelle', 'danses traditionnelles', 'danse africaine', 'african dance', 'traditional dance'],
  'afro-dance': ['afrobeat', 'afro dance', 'afrodance'],
  'hip-hop': ['hip hop', 'hiphop'],
  breakdance: ['break dance', 'breaking', 'bboying'],
  'danse-contemporaine': ['contemporain', 'contemporary'],
  'danse-classique': ['danse classique', 'classical ballet', 'ballet classique'],
  boxe: ['boxeur', 'boxer', 'boxe anglaise'],
  karate: ['karateka'],
  judo: ['judoka'],
  lutte: ['lutte', 'lutte senegalaise', 'wrestling', 'lutteur'],
  mma: ['arts martiaux mixtes', 'mixed martial arts'],
  escrime: ['fencer'],
  'combat-scenique': ['combat de scene', 'fight choreography', 'stage fighting', 'combat chorégraphié'],
  'cascade-chute': ['chutes', 'falls', 'high falls', 'chute'],
  'cascade-vehicule': ['cascades automobiles', 'car stunts', 'cascade automobile', 'vehicle stunts'],
  'cascade-feu': ['fire stunts', 'fire burn', 'torche humaine'],
  natation: ['nageur', 'nageuse', 'swimmer', 'nage'],
  equitation: ['cavalier', 'cavaliere', 'horse rider', 'horseback riding', 'riding'],
  football: ['footballeur', 'soccer'],
  basketball: ['basket', 'basketteur'],
  athletisme: ['course a pied', 'sprint', 'running'],
  gymnastique: ['gymnaste', 'gymnast'],
  cyclisme: ['velo', 'cycliste', 'cyclist', 'bike'],
  surf: ['surfeur', 'surfer'],
  plongee: ['plongee', 'plongeur', 'scuba', 'diving', 'diver'],
  musculation: ['fitness', 'weight training', 'gym'],
  'permis-b': ['permis de conduire', 'permis b', 'permis voiture', 'driving licence', 'driving license', 'driver s license', 'drivers license', 'driver s licence'],
  'permis-a': ['permis moto', 'motorbike licence', 'motorcycle license'],
  'permis-c': ['permis poids lourd', 'truck license', 'hgv licence'],
  'permis-d': ['permis bus', 'bus license'],
  'permis-bateau': ['boat licence', 'boat license', 'permis cotier'],
  'conduite-sportive': ['pilotage', 'stunt driving', 'conduite de precision'],
  acrobatie: ['acrobate', 'acrobat', 'acrobaties', 'acrobatique'],
  jonglerie: ['jongleur', 'jongler', 'juggler'],
  echasses: ['echassier', 'stilts'],
  magie: ['magicien', 'magician', 'prestidigitation', 'illusionniste'],
  ventriloquie: ['ventriloque', 'ventriloquist'],
  'langue-des-signes': ['lsf', 'langue des signes francaise', 'asl', 'american sign language'],
  improvisation: ['impro', 'improv', 'theatre d improvisation'],
  conte: ['conteur', 'conteuse', 'storyteller', 'contes'],
  cuisine: ['cuisinier', 'cuisiniere', 'chef cuisinier', 'cook'],
  couture: ['couturier', 'couturiere', 'sewing', 'tailoring'],
  'accent-ivoirien': ['accent ivoirien', 'ivorian accent', 'nouchi'],
  'accent-americain': ['us accent', 'general american'],
  'accent-britannique': ['british accent', 'rp accent', 'received pronunciation'],
}

/** CV words for our categories (the reference names are matched too). */
const CATEGORY_SYNONYMS: Record<string, string[]> = {
  acteur: ['comedien', 'comedienne', 'actrice', 'actress', 'actor', 'acteur', 'interprete'],
  figurant: ['figuration', 'background actor', 'extra'],
  cascadeur: ['cascadeur', 'cascadeuse', 'stuntman', 'stuntwoman', 'stunt performer', 'cascades'],
  'doublage-voix-off': ['doublage', 'voix off', 'voice over', 'voice actor', 'comedien de doublage', 'dubbing'],
  mannequin: ['mannequinat', 'fashion model', 'modeling', 'modelling'],
  humoriste: ['stand up', 'stand up comedian', 'comedian'],
  animateur: ['presentateur', 'presentatrice', 'animatrice', 'tv host', 'presenter', 'mc'],
  'createur-contenu': ['influenceur', 'influenceuse', 'youtubeur', 'content creator', 'influencer'],
  realisateur: ['realisatrice', 'realisation', 'film director', 'director', 'cineaste', 'filmmaker'],
  'assistant-realisation': ['1er assistant', 'premier assistant', 'first assistant director', 'assistant director'],
  scenariste: ['screenwriter', 'scenario', 'screenwriting', 'ecriture de scenario', 'dialoguiste'],
  producteur: ['productrice', 'producer', 'producteur executif', 'executive producer'],
  'directeur-production': ['production manager', 'directrice de production'],
  'directeur-casting': ['casting director', 'directrice de casting', 'chargee de casting', 'charge de casting'],
  regisseur: ['regisseuse', 'regie', 'location manager', 'unit manager'],
  scripte: ['script supervisor', 'continuity'],
  'chef-operateur': ['directeur de la photographie', 'directrice de la photographie', 'director of photography', 'dop', 'cinematographer', 'chef operateur'],
  cadreur: ['cadreuse', 'cameraman', 'camerawoman', 'camera operator', 'operateur camera'],
  'ingenieur-son': ['preneur de son', 'chef operateur du son', 'sound engineer', 'sound recordist', 'mixeur son', 'sound mixer'],
  perchiste: ['boom operator', 'perchman'],
  monteur: ['monteuse', 'chef monteur', 'film editor', 'video editor', 'editor'],
  etalonneur: ['etalonneuse', 'colorist', 'colourist', 'etalonnage', 'color grading'],
  electricien: ['eclairagiste', 'chef electricien', 'gaffer', 'lighting technician'],
  machiniste: ['chef machiniste', 'grip', 'key grip'],
  photographe: ['photographer', 'photographie de plateau', 'still photographer'],
  'effets-speciaux': ['special effects', 'sfx', 'effets speciaux'],
  maquilleur: ['maquilleuse', 'make up artist', 'makeup artist', 'maquillage', 'chef maquilleuse'],
  coiffeur: ['coiffeuse', 'hairdresser', 'hair stylist', 'coiffure'],
  costumier: ['costumiere', 'costume designer', 'chef costumiere', 'habilleuse', 'costumes'],
  styliste: ['stylist', 'stylisme', 'fashion designer'],
  decorateur: ['decoratrice', 'chef decorateur', 'set designer', 'production designer', 'decors'],
  accessoiriste: ['prop master', 'props', 'accessoires'],
  musicien: ['musician', 'instrumentiste'],
  chanteur: ['chanteuse', 'singer', 'vocalist', 'artiste chanteur'],
  danseur: ['danseuse', 'dancer'],
  choregraphe: ['choreographer', 'choregraphie', 'choreography'],
  compositeur: ['compositrice', 'composer', 'composition musicale', 'beatmaker'],
  conteur: ['conteuse', 'storyteller', 'griot'],
  'artiste-cirque': ['circassien', 'circassienne', 'circus artist', 'artiste de cirque'],
}

/** Other names of languages in CVs (reference names in French and English are matched too). */
const LANGUAGE_SYNONYMS: Record<string, string[]> = {
  fr: ['francais', 'french'],
  en: ['anglais', 'english'],
  ar: ['arabe', 'arabic', 'arabe dialectal', 'darija'],
  ff: ['peul', 'pulaar', 'fulfulde', 'fula', 'fulani', 'poular'],
  bm: ['bambara', 'bamanankan'],
  dyu: ['dioula', 'jula', 'dyula'],
  bci: ['baoule', 'baule'],
  sw: ['kiswahili', 'swahili'],
  ak: ['twi', 'akan', 'fante'],
  ee: ['ewe'],
  ln: ['lingala'],
  wo: ['wolof'],
  yo: ['yoruba', 'yorouba'],
  ig: ['igbo', 'ibo'],
  ha: ['haoussa', 'hausa'],
  mg: ['malgache', 'malagasy'],
  rw: ['kinyarwanda'],
  rn: ['kirundi'],
  zu: ['zoulou', 'zulu', 'isizulu'],
  xh: ['xhosa', 'isixhosa'],
  mos: ['moore', 'mossi'],
  pcm: ['pidgin', 'pidgin english', 'nigerian pidgin'],
  kg: ['kikongo', 'kongo'],
  lua: ['tshiluba', 'ciluba'],
  sg: ['sango'],
  am: ['amharique', 'amharic'],
  es: ['espagnol', 'spanish'],
  pt: ['portugais', 'portuguese'],
  de: ['allemand', 'german'],
  it: ['italien', 'italian'],
  zh: ['chinois', 'mandarin', 'chinese'],
}

/** Language names that are also common words or places: only trusted inside a languages section. */
export const AMBIGUOUS_LANGUAGE_CODES = new Set(['gaa', 'fon', 'tiv', 'luo', 'dua', 'bas', 'io', 'ki', 'to', 'na', 'om', 'ii', 'ss', 'st', 'tn', 'kam', 'men', 'tem'])

export type ReferenceTerm = { id: string; name: { fr: string; en: string }; phrases: string[] }

function phrasesOf(names: string[], synonyms: string[] = []): string[] {
  const phrases = new Set<string>()
  for (const name of names) {
    for (const part of name.replace(/\([^)]*\)/g, ' ').split(/\s\/\s|:/)) {
      for (const form of inclusiveForms(part.trim())) {
        const phrase = matchingText(form)
        if (phrase.length >= 2) phrases.add(phrase)
      }
    }
  }
  for (const synonym of synonyms) phrases.add(matchingText(synonym))
  return [...phrases]
}

let cached: { skills: ReferenceTerm[]; categories: ReferenceTerm[]; languages: ReferenceTerm[] } | undefined

/** The three lists, built once per process. */
export function referenceTerms() {
  cached ??= {
    skills: buildSkills().map(({ slug, nameFr, nameEn }) => ({
      id: slug,
      name: { fr: nameFr, en: nameEn },
      phrases: phrasesOf([nameFr, nameEn], SKILL_SYNONYMS[slug]),
    })),
    categories: buildCategories()
      .filter(({ slug }) => slug !== 'autre')
      .map(({ slug, nameFr, nameEn }) => ({
        id: slug,
        name: { fr: nameFr, en: nameEn },
        phrases: phrasesOf([nameFr, nameEn], CATEGORY_SYNONYMS[slug]),
      })),
    languages: buildLanguages().map(({ code, nameFr, nameEn }) => ({
      id: code,
      name: { fr: nameFr, en: nameEn },
      phrases: phrasesOf([nameFr, nameEn.replace(/;.*$/, '')], LANGUAGE_SYNONYMS[code]),
    })),
  }
  return cached
}

export const termName = (term: ReferenceTerm, locale: AnalysisLocale) => term.name[locale]

/** Where a phrase was found in a normalized text (character offsets). */
export type Match = { term: ReferenceTerm; start: number; end: number }

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const patternCache = new Map<string, RegExp>()

/** A phrase as a whole-word pattern on normalized text, each word allowing a plural s or x. */
function phrasePattern(phrase: string): RegExp {
  let pattern = patternCache.get(phrase)
  if (!pattern) {
    const words = phrase.split(' ').map((word) => `${escapeRegExp(word)}${/\d$/.test(word) || word.length < 3 ? '' : '(?:s|x)?'}`)
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join(' ')}(?![\\p{L}\\p{N}])`, 'gu')
    patternCache.set(phrase, pattern)
  }
  pattern.lastIndex = 0
  return pattern
}

/**
 * Every reference term found in a normalized text; where phrases overlap the longest wins
 * ("chant choral" is one skill, not also "chant").
 */
export function findTerms(normalizedText: string, terms: ReferenceTerm[]): Match[] {
  const candidates: Match[] = []
  for (const term of terms) {
    for (const phrase of term.phrases) {
      for (const found of normalizedText.matchAll(phrasePattern(phrase))) {
        candidates.push({ term, start: found.index, end: found.index + found[0].length })
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: Match[] = []
  for (const candidate of candidates) {
    if (kept.some((match) => candidate.start < match.end && match.start < candidate.end)) continue
    kept.push(candidate)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/** The reference term a free name stands for (an LLM's "Guitare acoustique" is our guitar only if named so). */
export function termNamed(name: string, terms: ReferenceTerm[]): ReferenceTerm | undefined {
  const normalized = matchingText(name)
  return terms.find((term) => term.phrases.includes(normalized))
}

/** Normalized for matching: apostrophes count as spaces ("driver's" = "driver s", "d'aisselle" = "d aisselle"). */
export const matchingText = (text: string) => normalizeSearchText(text).replace(/'/g, ' ').replace(/ {2,}/g, ' ')
