import type { OmdbFailure } from './omdbClient'

/** Messages of the film look-up endpoints, French first. */
export const FILM_LOOKUP_MESSAGES = {
  fr: {
    notConfigured: 'La recherche de films n’est pas activée : aucune clé OMDB n’est configurée. Saisissez le titre à la main.',
    queryTooShort: 'Saisissez au moins 2 caractères du titre.',
    invalidId: 'Identifiant IMDb invalide (attendu : tt suivi de chiffres).',
    notFound: 'Film introuvable dans OMDB.',
    tooManyRequests: 'Trop de recherches en peu de temps. Réessayez dans une minute.',
    failure: {
      invalidKey: 'La recherche OMDB a échoué : la clé API est refusée par OMDB. Prévenez l’administrateur ; en attendant, saisissez le film à la main.',
      limitReached: 'La recherche OMDB est momentanément indisponible (quota quotidien atteint). Saisissez le film à la main.',
      unavailable: 'OMDB ne répond pas correctement pour le moment. Réessayez plus tard ou saisissez le film à la main.',
      timeout: 'OMDB met trop de temps à répondre. Réessayez ou saisissez le film à la main.',
    } satisfies Record<OmdbFailure, string>,
  },
  en: {
    notConfigured: 'Film look-up is not enabled: no OMDB key is configured. Type the title by hand.',
    queryTooShort: 'Type at least 2 characters of the title.',
    invalidId: 'Invalid IMDb id (expected: tt followed by digits).',
    notFound: 'Film not found in OMDB.',
    tooManyRequests: 'Too many searches in a short time. Try again in a minute.',
    failure: {
      invalidKey: 'The OMDB search failed: OMDB refused the API key. Tell the administrator; meanwhile, type the film by hand.',
      limitReached: 'The OMDB search is unavailable for now (daily quota reached). Type the film by hand.',
      unavailable: 'OMDB is not answering properly right now. Try again later or type the film by hand.',
      timeout: 'OMDB is taking too long to answer. Try again or type the film by hand.',
    } satisfies Record<OmdbFailure, string>,
  },
} as const
