import type { Locale } from '@/i18n'

export const cvAnalysisEndpointMessages: Record<Locale, { signIn: string; staffOnly: string; badId: string; notFound: string; queued: string }> = {
  fr: {
    signIn: 'Connectez-vous pour relancer une analyse.',
    staffOnly: 'Seule l’équipe Taalentio peut relancer une analyse de CV.',
    badId: 'Identifiant de CV invalide.',
    notFound: 'CV introuvable.',
    queued: 'Analyse relancée : le résultat apparaîtra dans quelques instants.',
  },
  en: {
    signIn: 'Sign in to re-run an analysis.',
    staffOnly: 'Only the Taalentio team can re-run a CV analysis.',
    badId: 'Invalid CV id.',
    notFound: 'CV not found.',
    queued: 'Analysis re-run: the result will appear in a few moments.',
  },
}
