import type { Locale } from '@/i18n'
import type { RestoreProblem, RestoreProblemCode } from './restoreBackup'

type Messages = {
  signIn: string
  adminOnly: string
  busy: string
  noFile: string
  tooLarge: string
  refused: string
  failed: string
  restored: string
  problems: Record<RestoreProblemCode, string>
}

export const backupMessages: Record<Locale, Messages> = {
  fr: {
    signIn: 'Connectez-vous en tant qu’administrateur.',
    adminOnly: 'Réservé aux administrateurs.',
    busy: 'Une sauvegarde ou une restauration est déjà en cours : réessayez dans un instant.',
    noFile: 'Choisissez le fichier ZIP de sauvegarde à restaurer.',
    tooLarge: 'Fichier trop volumineux pour une restauration en ligne ({max}) : utilisez pg_restore (voir README).',
    refused: 'Sauvegarde refusée : rien n’a été modifié.',
    failed: 'La restauration a échoué et a été annulée : rien n’a été modifié.',
    restored: 'Restauration terminée.',
    problems: {
      zip_unreadable: 'Le fichier n’est pas un ZIP lisible (tronqué ou endommagé).',
      manifest_missing: 'Le ZIP ne contient pas de manifeste : ce n’est pas une sauvegarde Taalentio.',
      manifest_invalid: 'Le manifeste de la sauvegarde est illisible ou incohérent{part}.',
      foreign_app: 'Cette sauvegarde ne vient pas de Taalentio{actual}.',
      format_unsupported: 'Format de sauvegarde {actual} non pris en charge (attendu : {expected}).',
      migration_mismatch: 'La sauvegarde a été faite avec le schéma « {actual} », cette instance est au schéma « {expected} ».',
      schema_mismatch: 'La table {part} ne correspond pas au schéma de cette instance.',
      part_missing: 'Élément manquant dans le ZIP : {part}.',
      part_unexpected: 'Élément inattendu dans le ZIP : {part}.',
      part_unreadable: 'Élément illisible (données compressées endommagées) : {part}.',
      size_mismatch: 'Taille incorrecte pour {part} : {actual} octets au lieu de {expected}.',
      hash_mismatch: 'Empreinte SHA-256 incorrecte pour {part} : le contenu a été modifié.',
      count_mismatch: 'Nombre de lignes incorrect pour {part} : {actual} au lieu de {expected}.',
    },
  },
  en: {
    signIn: 'Sign in as an administrator.',
    adminOnly: 'Administrators only.',
    busy: 'A backup or restore is already running: try again in a moment.',
    noFile: 'Choose the backup ZIP file to restore.',
    tooLarge: 'File too large for an online restore ({max}): use pg_restore (see README).',
    refused: 'Backup refused: nothing was changed.',
    failed: 'The restore failed and was rolled back: nothing was changed.',
    restored: 'Restore complete.',
    problems: {
      zip_unreadable: 'The file is not a readable ZIP (truncated or damaged).',
      manifest_missing: 'The ZIP has no manifest: it is not a Taalentio backup.',
      manifest_invalid: 'The backup manifest is unreadable or inconsistent{part}.',
      foreign_app: 'This backup does not come from Taalentio{actual}.',
      format_unsupported: 'Backup format {actual} is not supported (expected: {expected}).',
      migration_mismatch: 'The backup was made with schema “{actual}”, this instance is at schema “{expected}”.',
      schema_mismatch: 'Table {part} does not match this instance’s schema.',
      part_missing: 'Missing from the ZIP: {part}.',
      part_unexpected: 'Unexpected in the ZIP: {part}.',
      part_unreadable: 'Unreadable part (damaged compressed data): {part}.',
      size_mismatch: 'Wrong size for {part}: {actual} bytes instead of {expected}.',
      hash_mismatch: 'Wrong SHA-256 for {part}: its content was changed.',
      count_mismatch: 'Wrong row count for {part}: {actual} instead of {expected}.',
    },
  },
}

/** One sentence per problem, in the reader's language. */
export function describeProblem(locale: Locale, problem: RestoreProblem): string {
  const template = backupMessages[locale].problems[problem.code]
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = problem[name as 'part' | 'expected' | 'actual']
    if (name === 'part' && problem.code === 'manifest_invalid') return value === undefined ? '' : ` (${value})`
    if (name === 'actual' && problem.code === 'foreign_app') return value === undefined ? '' : ` (« ${value} »)`
    return value === undefined ? '?' : String(value)
  })
}
