import type { AnalysisLocale } from './analysisResult'

/** Texts the analysis writes into its result and the pages that show it (French reference, English same keys). */
const fr = {
  label: { local: 'analyse locale', llm: 'analyse IA ({model})' },
  extraction: {
    noText: 'Aucun texte trouvé dans ce CV : il s’agit sans doute d’un document scanné (image). Déposez un PDF ou un document Word contenant du texte.',
    unreadable: 'Ce fichier n’a pas pu être lu (document endommagé ou protégé).',
    unsupported: 'Format de fichier non pris en charge pour l’analyse (PDF, DOCX ou DOC attendu).',
    missingFile: 'Le fichier du CV est introuvable sur le serveur.',
  },
  llmFailed: 'L’analyse IA a échoué ({reason}).',
  llmFailedFallback: 'L’analyse IA a échoué ({reason}) : le résultat vient de l’analyse locale.',
  llmReasons: {
    invalidJson: 'réponse invalide, même après une nouvelle demande',
    timeout: 'délai dépassé',
    rateLimited: 'trop de requêtes chez le fournisseur',
    server: 'erreur du fournisseur',
    refused: 'requête refusée par le fournisseur',
    network: 'fournisseur injoignable',
  },
  summary: {
    withYears: '{profile} avec environ {years} d’expérience.',
    withoutYears: '{profile} ; la durée d’expérience n’a pas pu être déterminée à partir des dates du CV.',
    profileOf: '{categories}',
    genericProfile: 'Profil',
    year: { one: '{count} an', other: '{count} ans' },
    skills: 'Compétences repérées : {skills}.',
    languages: 'Langues : {languages}.',
    score: 'Score de {score}/100 selon la grille transparente de l’analyse locale.',
  },
  rubric: {
    contact: { reason: 'Coordonnées (e-mail ou téléphone) : {points}/{max}', strength: 'Coordonnées faciles à trouver.', suggestion: 'Ajoutez une adresse e-mail ou un numéro de téléphone en haut du CV.' },
    length: { reason: 'Longueur du CV ({words} mots) : {points}/{max}', strength: 'CV suffisamment détaillé.', suggestion: 'Détaillez davantage votre CV (rôles, productions, formations) : visez au moins 250 mots.' },
    experience: { reason: 'Expériences datées ({count}) : {points}/{max}', strength: 'Expériences clairement datées.', suggestion: 'Indiquez les dates (mois et année de début et de fin) de chaque expérience.' },
    years: { reason: 'Années d’expérience ({years}) : {points}/{max}', strength: 'Expérience solide dans le métier.', suggestion: 'Mettez en avant toutes vos expériences, même courtes (courts métrages, théâtre, publicités).' },
    skills: { reason: 'Compétences reconnues ({count}) : {points}/{max}', strength: 'Compétences variées et clairement nommées.', suggestion: 'Ajoutez une rubrique « Compétences » qui nomme vos savoir-faire (danse, instruments, sports, permis…).' },
    languages: { reason: 'Langues ({count}, niveaux indiqués : {levels}) : {points}/{max}', strength: 'Langues parlées indiquées avec leur niveau.', suggestion: 'Listez vos langues (y compris les langues africaines) avec leur niveau : notions, intermédiaire, courant, langue maternelle.' },
    education: { reason: 'Rubrique formation : {points}/{max}', strength: 'Formation présentée.', suggestion: 'Ajoutez une rubrique « Formation » (écoles, ateliers, stages).' },
  },
  levels: { basic: 'notions', intermediate: 'intermédiaire', fluent: 'courant', native: 'langue maternelle' },
}

export type CvAnalysisMessages = typeof fr

const en: CvAnalysisMessages = {
  label: { local: 'local analysis', llm: 'AI analysis ({model})' },
  extraction: {
    noText: 'No text found in this CV: it is probably a scanned document (an image). Upload a PDF or Word document that contains text.',
    unreadable: 'This file could not be read (damaged or protected document).',
    unsupported: 'File format not supported for the analysis (PDF, DOCX or DOC expected).',
    missingFile: 'The CV file cannot be found on the server.',
  },
  llmFailed: 'The AI analysis failed ({reason}).',
  llmFailedFallback: 'The AI analysis failed ({reason}): the result comes from the local analysis.',
  llmReasons: {
    invalidJson: 'invalid answer, even after asking again',
    timeout: 'timed out',
    rateLimited: 'too many requests at the provider',
    server: 'provider error',
    refused: 'request refused by the provider',
    network: 'provider unreachable',
  },
  summary: {
    withYears: '{profile} with about {years} of experience.',
    withoutYears: '{profile}; the length of experience could not be determined from the dates in the CV.',
    profileOf: '{categories}',
    genericProfile: 'Profile',
    year: { one: '{count} year', other: '{count} years' },
    skills: 'Skills found: {skills}.',
    languages: 'Languages: {languages}.',
    score: 'Score of {score}/100 on the transparent rubric of the local analysis.',
  },
  rubric: {
    contact: { reason: 'Contact details (email or phone): {points}/{max}', strength: 'Contact details easy to find.', suggestion: 'Add an email address or phone number at the top of the CV.' },
    length: { reason: 'CV length ({words} words): {points}/{max}', strength: 'Detailed enough CV.', suggestion: 'Give more detail (roles, productions, training): aim for at least 250 words.' },
    experience: { reason: 'Dated experiences ({count}): {points}/{max}', strength: 'Clearly dated experience.', suggestion: 'Give the dates (start and end month and year) of each experience.' },
    years: { reason: 'Years of experience ({years}): {points}/{max}', strength: 'Solid experience in the trade.', suggestion: 'Show all your experience, even short jobs (short films, theatre, commercials).' },
    skills: { reason: 'Recognised skills ({count}): {points}/{max}', strength: 'Varied, clearly named skills.', suggestion: 'Add a “Skills” section naming what you can do (dance, instruments, sports, licences…).' },
    languages: { reason: 'Languages ({count}, levels given: {levels}): {points}/{max}', strength: 'Spoken languages listed with their level.', suggestion: 'List your languages (African languages too) with their level: basic, intermediate, fluent, native.' },
    education: { reason: 'Education section: {points}/{max}', strength: 'Training presented.', suggestion: 'Add an “Education” section (schools, workshops, internships).' },
  },
  levels: { basic: 'basic', intermediate: 'intermediate', fluent: 'fluent', native: 'native' },
}

export const cvAnalysisMessages: Record<AnalysisLocale, CvAnalysisMessages> = { fr, en }
