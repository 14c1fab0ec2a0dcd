import { LANGUAGE_LEVELS, type AnalysisLocale } from '../analysisResult'
import { referenceTerms } from '../referenceLists'
import { ANSWER_SHAPE } from './llmAnswer'

/** Longest CV text sent, in characters (a CV rarely needs more; it bounds the cost). */
export const MAX_CV_CHARACTERS = 20_000

const LANGUAGE_NAMES: Record<AnalysisLocale, Record<AnalysisLocale, string>> = {
  fr: { fr: 'français', en: 'anglais' },
  en: { fr: 'French', en: 'English' },
}

const list = (terms: { id: string; name: { fr: string; en: string } }[], locale: AnalysisLocale) =>
  terms.map((term) => `${term.id}: ${term.name[locale]}`).join('\n')

/**
 * The messages asking for the analysis, written in the CV's language (the model answers best
 * in it), the summary asked in the platform language of the talent.
 */
export function analysisPrompt(cvText: string, { cvLanguage, locale }: { cvLanguage: AnalysisLocale; locale: AnalysisLocale }) {
  const { skills, categories } = referenceTerms()
  const summaryLanguage = LANGUAGE_NAMES[cvLanguage][locale]
  const levels = LANGUAGE_LEVELS.join(', ')
  const system =
    cvLanguage === 'fr'
      ? `Tu analyses des CV de talents du cinéma et du spectacle en Afrique pour la plateforme Taalentio.
Réponds uniquement par un objet JSON valide, sans texte autour, de cette forme :
${ANSWER_SHAPE}
Règles :
- skills : les compétences du CV ; "slug" = le code de notre liste ci-dessous si elle correspond, sinon null.
- languages : chaque langue parlée ; "code" = code ISO 639-1 (ou 639-3 pour les langues africaines sans code à deux lettres) ; "level" parmi ${levels}, ou null si le CV ne le dit pas.
- summary : 2 à 4 phrases, en ${summaryLanguage}.
- yearsOfExperience : années d'expérience professionnelle d'après les dates, ou null.
- score : qualité du profil de 0 à 100 ; scoreReasons : les raisons de ce score ; strengths : points forts ; suggestions : conseils concrets pour améliorer le profil. Ces trois listes en ${summaryLanguage}.
- categories : les codes de nos catégories (liste ci-dessous) qui décrivent le métier du talent.
N'invente rien qui ne soit pas dans le CV.`
      : `You analyse CVs of film and performing-arts talents in Africa for the Taalentio platform.
Answer only with one valid JSON object, no text around it, of this shape:
${ANSWER_SHAPE}
Rules:
- skills: the skills in the CV; "slug" = the code from our list below when it matches, otherwise null.
- languages: each spoken language; "code" = ISO 639-1 code (or ISO 639-3 for African languages without a two-letter code); "level" one of ${levels}, or null when the CV does not say.
- summary: 2 to 4 sentences, in ${summaryLanguage}.
- yearsOfExperience: years of professional experience from the dates, or null.
- score: profile quality from 0 to 100; scoreReasons: the reasons for that score; strengths; suggestions: concrete advice to improve the profile. These three lists in ${summaryLanguage}.
- categories: the codes of our categories (list below) that describe the talent's trade.
Do not invent anything that is not in the CV.`

  const lists =
    cvLanguage === 'fr'
      ? `Nos compétences (code: nom) :\n${list(skills, 'fr')}\n\nNos catégories (code: nom) :\n${list(categories, 'fr')}`
      : `Our skills (code: name):\n${list(skills, 'en')}\n\nOur categories (code: name):\n${list(categories, 'en')}`
  const intro = cvLanguage === 'fr' ? 'Voici le CV :' : 'Here is the CV:'

  return [
    { role: 'system' as const, content: `${system}\n\n${lists}` },
    { role: 'user' as const, content: `${intro}\n\n${cvText.slice(0, MAX_CV_CHARACTERS)}` },
  ]
}

/** Sent after an answer the schema refused: once, with what was wrong. */
export function correctionPrompt(problem: string, cvLanguage: AnalysisLocale) {
  return cvLanguage === 'fr'
    ? `Ta réponse n'est pas un JSON valide de la forme demandée (${problem}). Renvoie uniquement l'objet JSON corrigé.`
    : `Your answer is not valid JSON of the requested shape (${problem}). Send back only the corrected JSON object.`
}
