import type { Locale } from '@/i18n/locales'

/** Texts of the admin's Sauvegarde and Maintenance pages (French first, English). */
const fr = {
  nav: { heading: 'Outils', backup: 'Sauvegarde', maintenance: 'Maintenance', backupHelp: 'Télécharger ou restaurer toutes les données et fichiers', maintenanceHelp: 'Optimisation, nettoyage, performance, intégrité, cache, démo' },
  adminOnly: 'Cette page est réservée aux administrateurs.',
  backup: {
    title: 'Sauvegarde et restauration',
    intro: 'Une sauvegarde est un fichier ZIP qui contient tous les enregistrements, tous les fichiers envoyés (photos, CV, logos, contrats…) et un manifeste (version, schéma, nombres, empreintes SHA-256). Elle contient des données personnelles : conservez-la en lieu sûr.',
    downloadTitle: 'Télécharger une sauvegarde',
    downloadHelp: 'La sauvegarde est préparée puis téléchargée ; cela peut prendre un moment sur une grosse base.',
    download: 'Télécharger la sauvegarde (ZIP)',
    restoreTitle: 'Restaurer une sauvegarde',
    restoreHelp: 'Le fichier est entièrement vérifié (manifeste, schéma, empreintes, nombres de lignes) avant toute modification. S’il est valide, TOUTES les données actuelles sont remplacées par celles de la sauvegarde, en une seule transaction. Les personnes connectées après la sauvegarde devront se reconnecter.',
    file: 'Fichier de sauvegarde (.zip)',
    confirm: 'Je comprends que toutes les données actuelles seront remplacées.',
    restore: 'Vérifier et restaurer',
    restoring: 'Vérification et restauration en cours…',
    restored: 'Restauration terminée : {rows} lignes dans {tables} tables et {files} fichiers de la sauvegarde du {date}.',
    timing: 'Vérification {verify} s, application {apply} s.',
    refused: 'Sauvegarde refusée — rien n’a été modifié :',
    error: 'La restauration a échoué.',
    largeTitle: 'Grosses bases de production',
    largeHelp: 'Au-delà de quelques Go, sauvegardez la base avec pg_dump et les fichiers (dossier uploads ou bucket S3) séparément : voir la section « Sauvegarde, maintenance et données de démo » du README.',
  },
  maintenance: {
    title: 'Maintenance',
    intro: 'Opérations d’entretien de la plateforme. Chacune est enregistrée dans le journal d’activité.',
    run: 'Lancer',
    running: 'En cours…',
    error: 'L’opération a échoué.',
    vacuum: { title: 'Optimiser la base de données', help: 'VACUUM ANALYZE : récupère l’espace des lignes supprimées et met à jour les statistiques.', done: 'Terminé en {ms} ms ({tables} tables). Taille de la base : {before} → {after}.' },
    temp: { title: 'Nettoyer les fichiers temporaires', help: 'Sauvegardes préparées, dossiers de restauration interrompue, cache des images optimisées. Les fichiers de moins d’une heure sont conservés.', done: '{files} fichier(s) supprimé(s), {bytes} libérés ({kept} élément(s) récent(s) conservé(s)).', nothing: 'Aucun fichier temporaire à supprimer.' },
    snapshot: {
      title: 'Instantané de performance',
      help: 'Processeur, mémoire, disque, taille de la base et des tables, requêtes les plus lentes.',
      cpu: 'Processeur',
      cores: '{cores} cœur(s), charge moyenne {load}',
      memory: 'Mémoire',
      memoryValue: '{free} libres sur {total} ; application : {rss}',
      disk: 'Disque (fichiers envoyés)',
      diskValue: '{free} libres sur {total}',
      database: 'Base de données',
      databaseValue: '{size}, PostgreSQL {version}, {connections} connexion(s)',
      tables: 'Tables les plus volumineuses',
      table: 'Table',
      rows: 'Lignes',
      size: 'Taille',
      slow: 'Requêtes les plus lentes',
      slowMissing: 'Non disponible : l’extension pg_stat_statements n’est pas installée sur ce serveur PostgreSQL (voir README).',
      slowUnreadable: 'Non disponible : pg_stat_statements est installée mais illisible pour l’utilisateur de l’application.',
      query: 'Requête',
      calls: 'Appels',
      mean: 'Moyenne (ms)',
    },
    integrity: {
      title: 'Contrôle d’intégrité des données',
      help: 'Relations obligatoires vides, fichiers manquants, codes mal formés ou en double, comptes talents sans profil.',
      ok: 'Aucun problème trouvé ({ms} ms).',
      found: '{count} problème(s) trouvé(s) ({ms} ms).',
      more: '… et {count} autre(s).',
      checks: {
        broken_relations: 'Relations cassées',
        missing_files: 'Fichiers manquants',
        malformed_codes: 'Codes mal formés',
        duplicate_codes: 'Codes en double',
        orphan_accounts: 'Comptes orphelins',
      } as Record<string, string>,
    },
    cache: { title: 'Cache', help: 'Cache de Next.js (pages, données, images optimisées) et cache des données de référence.', size: 'Taille actuelle : {files} fichier(s), {bytes}.', clear: 'Vider le cache', done: 'Cache vidé : {bytes} libérés ; pages revalidées : {pages} ; données de référence rechargées.' },
    clean: {
      title: 'Supprimer toutes les données utilisateur',
      help: 'Supprime profils, fichiers, productions, projets, présences, contrats, messages et journaux. Conserve les comptes administrateurs, les données de référence et la configuration. Irréversible : faites d’abord une sauvegarde.',
      confirm: 'Tapez SUPPRIMER pour confirmer',
      run: 'Tout supprimer',
      done: 'Supprimé : {users} compte(s), {files} fichier(s) ({bytes}), {rows} ligne(s). {admins} administrateur(s) conservé(s).',
    },
    demo: {
      title: 'Données de démonstration',
      help: 'Ajoute des talents, talents cinéma, productions, projets, affectations et une semaine de présences fictifs (marqués « (démo) »). Sans effet si la démo est déjà là.',
      run: 'Ajouter la démo',
      done: '{created} enregistrement(s) créé(s) : {counts}.',
      already: 'La démo est déjà complète : rien ajouté ({counts}).',
    },
    yes: 'oui',
    no: 'non',
  },
}

export type AdminToolsMessages = typeof fr

const en: AdminToolsMessages = {
  nav: { heading: 'Tools', backup: 'Backup', maintenance: 'Maintenance', backupHelp: 'Download or restore all data and files', maintenanceHelp: 'Optimisation, clean-up, performance, integrity, cache, demo' },
  adminOnly: 'This page is for administrators only.',
  backup: {
    title: 'Backup and restore',
    intro: 'A backup is a ZIP file holding every record, every uploaded file (photos, CVs, logos, contracts…) and a manifest (version, schema, counts, SHA-256 checksums). It holds personal data: keep it somewhere safe.',
    downloadTitle: 'Download a backup',
    downloadHelp: 'The backup is prepared, then downloaded; this may take a while on a large database.',
    download: 'Download the backup (ZIP)',
    restoreTitle: 'Restore a backup',
    restoreHelp: 'The file is fully checked (manifest, schema, checksums, row counts) before anything changes. If it is valid, ALL current data is replaced by the backup’s, in one transaction. People who signed in after the backup will have to sign in again.',
    file: 'Backup file (.zip)',
    confirm: 'I understand that all current data will be replaced.',
    restore: 'Check and restore',
    restoring: 'Checking and restoring…',
    restored: 'Restore complete: {rows} rows in {tables} tables and {files} files from the backup of {date}.',
    timing: 'Check {verify} s, apply {apply} s.',
    refused: 'Backup refused — nothing was changed:',
    error: 'The restore failed.',
    largeTitle: 'Large production databases',
    largeHelp: 'Beyond a few GB, back up the database with pg_dump and the files (uploads folder or S3 bucket) separately: see the “Sauvegarde, maintenance et données de démo” section of the README.',
  },
  maintenance: {
    title: 'Maintenance',
    intro: 'Upkeep operations for the platform. Each one is recorded in the activity log.',
    run: 'Run',
    running: 'Running…',
    error: 'The operation failed.',
    vacuum: { title: 'Optimise the database', help: 'VACUUM ANALYZE: reclaims the space of deleted rows and refreshes statistics.', done: 'Done in {ms} ms ({tables} tables). Database size: {before} → {after}.' },
    temp: { title: 'Clean up temporary files', help: 'Prepared backups, folders of interrupted restores, optimised image cache. Files younger than an hour are kept.', done: '{files} file(s) removed, {bytes} freed ({kept} recent item(s) kept).', nothing: 'No temporary files to remove.' },
    snapshot: {
      title: 'Performance snapshot',
      help: 'CPU, memory, disk, database and table sizes, slowest queries.',
      cpu: 'CPU',
      cores: '{cores} core(s), load average {load}',
      memory: 'Memory',
      memoryValue: '{free} free of {total}; app: {rss}',
      disk: 'Disk (uploaded files)',
      diskValue: '{free} free of {total}',
      database: 'Database',
      databaseValue: '{size}, PostgreSQL {version}, {connections} connection(s)',
      tables: 'Largest tables',
      table: 'Table',
      rows: 'Rows',
      size: 'Size',
      slow: 'Slowest queries',
      slowMissing: 'Not available: the pg_stat_statements extension is not installed on this PostgreSQL server (see README).',
      slowUnreadable: 'Not available: pg_stat_statements is installed but not readable by the app’s database user.',
      query: 'Query',
      calls: 'Calls',
      mean: 'Mean (ms)',
    },
    integrity: {
      title: 'Data integrity check',
      help: 'Empty required relations, missing files, malformed or duplicate codes, talent accounts without a profile.',
      ok: 'No problem found ({ms} ms).',
      found: '{count} problem(s) found ({ms} ms).',
      more: '… and {count} more.',
      checks: {
        broken_relations: 'Broken relations',
        missing_files: 'Missing files',
        malformed_codes: 'Malformed codes',
        duplicate_codes: 'Duplicate codes',
        orphan_accounts: 'Orphan accounts',
      },
    },
    cache: { title: 'Cache', help: 'Next.js cache (pages, data, optimised images) and the reference data cache.', size: 'Current size: {files} file(s), {bytes}.', clear: 'Clear the cache', done: 'Cache cleared: {bytes} freed; pages revalidated: {pages}; reference data reloaded.' },
    clean: {
      title: 'Delete all user data',
      help: 'Deletes profiles, files, productions, projects, attendance, contracts, messages and logs. Keeps administrator accounts, reference data and configuration. Irreversible: make a backup first.',
      confirm: 'Type SUPPRIMER to confirm',
      run: 'Delete everything',
      done: 'Deleted: {users} account(s), {files} file(s) ({bytes}), {rows} row(s). {admins} administrator(s) kept.',
    },
    demo: {
      title: 'Demo data',
      help: 'Adds fictitious talents, cinema talents, productions, projects, assignments and a week of attendance (marked “(démo)”). Does nothing if the demo is already there.',
      run: 'Add the demo',
      done: '{created} record(s) created: {counts}.',
      already: 'The demo is already complete: nothing added ({counts}).',
    },
    yes: 'yes',
    no: 'no',
  },
}

export function adminToolsMessages(locale: Locale): AdminToolsMessages {
  return locale === 'en' ? en : fr
}

/** "1,5 Mo" / "1.5 MB". */
export function formatBytes(locale: Locale, bytes: number): string {
  const units = locale === 'en' ? ['B', 'KB', 'MB', 'GB', 'TB'] : ['o', 'Ko', 'Mo', 'Go', 'To']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${units[unit]}`
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match))
}
