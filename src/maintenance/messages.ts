import type { Locale } from '@/i18n'

export const maintenanceMessages: Record<Locale, { signIn: string; adminOnly: string; busy: string; confirmClean: string; failed: string }> = {
  fr: {
    signIn: 'Connectez-vous en tant qu’administrateur.',
    adminOnly: 'Réservé aux administrateurs.',
    busy: 'Une autre opération de maintenance est en cours : réessayez dans un instant.',
    confirmClean: 'Confirmez en tapant SUPPRIMER.',
    failed: 'L’opération a échoué : rien n’a été modifié. Le journal du serveur en donne la raison.',
  },
  en: {
    signIn: 'Sign in as an administrator.',
    adminOnly: 'Administrators only.',
    busy: 'Another maintenance operation is running: try again in a moment.',
    confirmClean: 'Confirm by typing SUPPRIMER.',
    failed: 'The operation failed: nothing was changed. The server log says why.',
  },
}

/** The word an admin types to confirm a data clean-up (the command asks for it too). */
export const CLEAN_CONFIRMATION = 'SUPPRIMER'
