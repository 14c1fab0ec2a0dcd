/**
 * Every action the journal knows, with its French and English label (the admin list filter
 * offers them as a select). The names are stored as a Postgres enum: a new name needs a line
 * here and a migration. A name missing from this list is still recorded, as `other`, the
 * original name kept in the entry's metadata (`metadata.action`).
 */
export type LogSeverity = 'info' | 'warning' | 'critical'

type Label = { fr: string; en: string }

export const LOG_ACTIONS = {
  'auth.login': { fr: 'Connexion réussie', en: 'Signed in' },
  'auth.login_failed': { fr: 'Échec de connexion', en: 'Failed sign-in' },
  'auth.logout': { fr: 'Déconnexion', en: 'Signed out' },
  'auth.locked': { fr: 'Compte verrouillé', en: 'Account locked' },
  'auth.throttled': { fr: 'Connexions bloquées (adresse IP)', en: 'Sign-ins blocked (IP address)' },
  'auth.password_reset': { fr: 'Mot de passe réinitialisé', en: 'Password reset' },
  'user.created': { fr: 'Compte créé', en: 'Account created' },
  'user.role_changed': { fr: 'Rôles modifiés', en: 'Roles changed' },
  'user.deleted': { fr: 'Compte supprimé', en: 'Account deleted' },
  'talent.registered': { fr: 'Inscription talent', en: 'Talent registration' },
  'cinema_talent.registered': { fr: 'Inscription talent cinéma', en: 'Cinema talent registration' },
  'profile.updated': { fr: 'Profil modifié', en: 'Profile updated' },
  'cv.uploaded': { fr: 'CV déposé', en: 'CV uploaded' },
  'cv.analysis_failed': { fr: 'Échec de l’analyse de CV', en: 'CV analysis failed' },
  'film_lookup.failed': { fr: 'Échec de la recherche de film (OMDB)', en: 'Film look-up failed (OMDB)' },
  'settings.updated': { fr: 'Paramètres modifiés', en: 'Settings changed' },
  'settings.key_tested': { fr: 'Clé d’API testée', en: 'API key tested' },
  'api_key.created': { fr: 'Clé d’API créée', en: 'API key created' },
  'api_key.revoked': { fr: 'Clé d’API révoquée', en: 'API key revoked' },
  'export.created': { fr: 'Export', en: 'Export' },
  'backup.created': { fr: 'Sauvegarde créée', en: 'Backup created' },
  'backup.downloaded': { fr: 'Sauvegarde téléchargée', en: 'Backup downloaded' },
  'backup.restored': { fr: 'Sauvegarde restaurée', en: 'Backup restored' },
  'backup.restore_refused': { fr: 'Restauration refusée', en: 'Restore refused' },
  'maintenance.vacuum': { fr: 'Optimisation de la base', en: 'Database optimisation' },
  'maintenance.temp_cleanup': { fr: 'Nettoyage des fichiers temporaires', en: 'Temporary files clean-up' },
  'maintenance.snapshot': { fr: 'Relevé de performances', en: 'Performance snapshot' },
  'maintenance.integrity_check': { fr: 'Contrôle d’intégrité', en: 'Integrity check' },
  'maintenance.cache_cleared': { fr: 'Cache vidé', en: 'Cache cleared' },
  'logs.purged': { fr: 'Journaux purgés (rétention)', en: 'Logs purged (retention)' },
  'data.cleaned': { fr: 'Données nettoyées', en: 'Data cleaned' },
  'demo.seeded': { fr: 'Données de démonstration', en: 'Demo data seeded' },
  'contract.created': { fr: 'Contrat créé', en: 'Contract created' },
  'contract.sent': { fr: 'Contrat envoyé', en: 'Contract sent' },
  'contract.viewed': { fr: 'Contrat consulté', en: 'Contract viewed' },
  'contract.signed': { fr: 'Contrat signé', en: 'Contract signed' },
  'contract.declined': { fr: 'Contrat refusé', en: 'Contract declined' },
  'contract.expired': { fr: 'Contrat expiré', en: 'Contract expired' },
  'contract.cancelled': { fr: 'Contrat annulé', en: 'Contract cancelled' },
  'contract.archived': { fr: 'Contrat archivé', en: 'Contract archived' },
  'contract.reminder_sent': { fr: 'Relance de contrat', en: 'Contract reminder sent' },
  'contract.link_refused': { fr: 'Lien de signature refusé', en: 'Signing link refused' },
  'attendance.recorded': { fr: 'Présence enregistrée', en: 'Attendance recorded' },
  other: { fr: 'Autre', en: 'Other' },
} as const satisfies Record<string, Label>

export type LogAction = keyof typeof LOG_ACTIONS

export function isKnownAction(name: string): name is LogAction {
  return Object.prototype.hasOwnProperty.call(LOG_ACTIONS, name)
}

/** The label of an action in the given language (the name itself when unknown). */
export function actionLabel(name: string, language: string = 'fr'): string {
  if (!isKnownAction(name)) return name
  return LOG_ACTIONS[name][language === 'en' ? 'en' : 'fr']
}

export const actionOptions = Object.entries(LOG_ACTIONS).map(([value, label]) => ({ value, label }))

export const SEVERITY_LABELS: Record<LogSeverity, Label> = {
  info: { fr: 'Information', en: 'Information' },
  warning: { fr: 'Avertissement', en: 'Warning' },
  critical: { fr: 'Critique', en: 'Critical' },
}

export const severityOptions = (Object.keys(SEVERITY_LABELS) as LogSeverity[]).map((value) => ({
  value,
  label: SEVERITY_LABELS[value],
}))
