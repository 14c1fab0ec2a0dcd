import englishNames from '@cospired/i18n-iso-languages/langs/en.json'
import frenchNames from '@cospired/i18n-iso-languages/langs/fr.json'
import { capitalizeFirst, compareFrench } from './text'
import type { LanguageRow } from './types'

/** ISO 639-1 languages that are native to Africa (Arabic, French, English… are not counted). */
const AFRICAN_ISO_639_1 = new Set([
  'aa', 'af', 'ak', 'am', 'bm', 'ee', 'ff', 'ha', 'hz', 'ig', 'kg', 'ki', 'kj', 'kr', 'lg', 'ln',
  'lu', 'mg', 'nd', 'ng', 'nr', 'ny', 'om', 'rn', 'rw', 'sg', 'sn', 'so', 'ss', 'st', 'sw', 'ti',
  'tn', 'ts', 'tw', 've', 'wo', 'xh', 'yo', 'zu',
])

/**
 * Widely spoken African languages that have no ISO 639-1 code, so the package does
 * not name them. Codes are ISO 639-3.
 */
const AFRICAN_LANGUAGES_WITHOUT_ISO_639_1: ReadonlyArray<Omit<LanguageRow, 'isAfrican' | 'sortOrder'>> = [
  { code: 'dyu', nameFr: 'Dioula', nameEn: 'Dyula' },
  { code: 'fon', nameFr: 'Fon', nameEn: 'Fon' },
  { code: 'mos', nameFr: 'Mooré', nameEn: 'Mossi (Mooré)' },
  { code: 'bci', nameFr: 'Baoulé', nameEn: 'Baoulé' },
  { code: 'bev', nameFr: 'Bété', nameEn: 'Bété' },
  { code: 'sef', nameFr: 'Sénoufo', nameEn: 'Senufo' },
  { code: 'gej', nameFr: 'Mina', nameEn: 'Mina (Gen)' },
  { code: 'kbp', nameFr: 'Kabiyè', nameEn: 'Kabiye' },
  { code: 'gux', nameFr: 'Gourmantché', nameEn: 'Gourmanchéma' },
  { code: 'dje', nameFr: 'Zarma', nameEn: 'Zarma' },
  { code: 'taq', nameFr: 'Tamasheq', nameEn: 'Tamasheq' },
  { code: 'snk', nameFr: 'Soninké', nameEn: 'Soninke' },
  { code: 'srr', nameFr: 'Sérère', nameEn: 'Serer' },
  { code: 'dyo', nameFr: 'Diola', nameEn: 'Jola-Fonyi' },
  { code: 'mnk', nameFr: 'Mandingue', nameEn: 'Mandinka' },
  { code: 'emk', nameFr: 'Malinké', nameEn: 'Maninka' },
  { code: 'sus', nameFr: 'Soussou', nameEn: 'Susu' },
  { code: 'men', nameFr: 'Mendé', nameEn: 'Mende' },
  { code: 'tem', nameFr: 'Temné', nameEn: 'Temne' },
  { code: 'kri', nameFr: 'Krio', nameEn: 'Krio' },
  { code: 'pcm', nameFr: 'Pidgin nigérian', nameEn: 'Nigerian Pidgin' },
  { code: 'gaa', nameFr: 'Ga', nameEn: 'Ga' },
  { code: 'dag', nameFr: 'Dagbani', nameEn: 'Dagbani' },
  { code: 'efi', nameFr: 'Efik', nameEn: 'Efik' },
  { code: 'ibb', nameFr: 'Ibibio', nameEn: 'Ibibio' },
  { code: 'tiv', nameFr: 'Tiv', nameEn: 'Tiv' },
  { code: 'ewo', nameFr: 'Ewondo', nameEn: 'Ewondo' },
  { code: 'dua', nameFr: 'Douala', nameEn: 'Duala' },
  { code: 'bas', nameFr: 'Bassa', nameEn: 'Basaa' },
  { code: 'bum', nameFr: 'Boulou', nameEn: 'Bulu' },
  { code: 'lua', nameFr: 'Tshiluba', nameEn: 'Luba-Kasai' },
  { code: 'kmb', nameFr: 'Kimbundu', nameEn: 'Kimbundu' },
  { code: 'umb', nameFr: 'Umbundu', nameEn: 'Umbundu' },
  { code: 'luo', nameFr: 'Luo', nameEn: 'Dholuo' },
  { code: 'kam', nameFr: 'Kamba', nameEn: 'Kamba' },
  { code: 'nso', nameFr: 'Sotho du Nord', nameEn: 'Northern Sotho' },
  { code: 'kab', nameFr: 'Kabyle', nameEn: 'Kabyle' },
  { code: 'zgh', nameFr: 'Tamazight', nameEn: 'Standard Moroccan Tamazight' },
  { code: 'shi', nameFr: 'Tachelhit', nameEn: 'Tachelhit' },
  { code: 'kea', nameFr: 'Créole cap-verdien', nameEn: 'Cape Verdean Creole' },
  { code: 'mfe', nameFr: 'Créole mauricien', nameEn: 'Mauritian Creole' },
  { code: 'crs', nameFr: 'Créole seychellois', nameEn: 'Seychellois Creole' },
]

function packageLanguages(): Omit<LanguageRow, 'sortOrder'>[] {
  const french: Record<string, string> = frenchNames.languages
  const english: Record<string, string> = englishNames.languages
  return Object.keys(french).map((code) => ({
    code,
    nameFr: capitalizeFirst(french[code]),
    nameEn: english[code] ?? capitalizeFirst(french[code]),
    isAfrican: AFRICAN_ISO_639_1.has(code),
  }))
}

/** ISO 639-1 languages plus the African languages the package lacks; African ones first. */
export function buildLanguages(): LanguageRow[] {
  const known = packageLanguages()
  const knownCodes = new Set(known.map((language) => language.code))
  const extra = AFRICAN_LANGUAGES_WITHOUT_ISO_639_1.filter((language) => !knownCodes.has(language.code)).map(
    (language) => ({ ...language, isAfrican: true }),
  )

  return [...known, ...extra]
    .sort((a, b) => Number(b.isAfrican) - Number(a.isAfrican) || compareFrench(a.nameFr, b.nameFr))
    .map((language, index) => ({ ...language, sortOrder: index + 1 }))
}
