import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Migration } from 'payload'
import sharp from 'sharp'

import { ActivityLogs } from './collections/ActivityLogs'
import { ApiKeys } from './collections/ApiKeys'
import { Assignments } from './collections/Assignments'
import { Attendances } from './collections/Attendances'
import { CinemaTalents } from './collections/CinemaTalents'
import { ContactMessages } from './collections/ContactMessages'
import { ContractFiles } from './collections/ContractFiles'
import { Contracts } from './collections/Contracts'
import { ContractSigningLinks } from './collections/ContractSigningLinks'
import { ContractTemplates } from './collections/ContractTemplates'
import { Cvs } from './collections/Cvs'
import { Outbox } from './collections/Outbox'
import { Pages } from './collections/Pages'
import { Photos } from './collections/Photos'
import { ProductionLogos } from './collections/ProductionLogos'
import { Productions } from './collections/Productions'
import { Projects } from './collections/Projects'
import { referenceCollections } from './collections/referenceCollections'
import { SecurityLogs } from './collections/SecurityLogs'
import { SeoImages } from './collections/SeoImages'
import { Talents } from './collections/Talents'
import { Users } from './collections/Users'
import { referenceEndpoints } from './endpoints/referenceEndpoints'
import { adminBackupEndpoints } from './endpoints/adminBackupEndpoints'
import { maintenanceEndpoints } from './endpoints/maintenanceEndpoints'
import { cinemaRegistrationEndpoints } from './endpoints/cinemaRegistrationEndpoints'
import { contractSigningEndpoints } from './endpoints/contractEndpoints'
import { cvAnalysisEndpoints } from './endpoints/cvAnalysisEndpoints'
import { presenceEndpoints } from './endpoints/presenceEndpoints'
import { apiV1Endpoints } from './endpoints/v1'
import { filmLookupEndpoints } from './endpoints/filmLookupEndpoints'
import { registerTalentEndpoint } from './endpoints/registerTalent'
import { settingsEndpoints } from './endpoints/settingsEndpoints'
import { talentSpaceEndpoints } from './endpoints/talentSpaceEndpoints'
import { Integrations } from './globals/Integrations'
import { SeoSettings } from './globals/SeoSettings'
import { SystemSettings } from './globals/SystemSettings'
import { migrations } from './migrations'
import { ensureFirstAdmin } from './src/auth/ensureFirstAdmin'
import { analyzeCvTask } from './src/jobs/analyzeCv'
import { contractRemindersTask } from './src/jobs/contractReminders'
import { purgeLogsTask } from './src/jobs/purgeLogs'
import { canRunJobs, staffOnlyJobs } from './src/jobs/jobAccess'
import { taalentioEmailAdapter } from './src/email'
import { adminTranslations } from './src/i18n/adminTranslations'
import { loadReferenceData } from './src/reference-data/loadReferenceData'
import { taalentioSeoPlugin } from './src/seo/seoPlugin'
import { healthEndpoint } from './src/ops/health'
import { loggerConfig } from './src/ops/logger'
import { storagePlugin } from './src/storage/storagePlugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const isProduction = process.env.NODE_ENV === 'production'

function requiredSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  // `next build` and type generation load the config without secrets; they sign nothing.
  const isBuilding = process.env.NEXT_PHASE === 'phase-production-build'
  if (isProduction && !isBuilding) throw new Error('PAYLOAD_SECRET est obligatoire en production.')
  return 'development-only-secret-not-for-production'
}

export default buildConfig({
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || undefined,
  secret: requiredSecret(),
  // Cookie-authenticated requests are accepted only from these origins (Payload adds serverURL);
  // CSRF_TRUSTED_ORIGINS adds others, comma-separated (e.g. https://www.example.org).
  csrf: (process.env.CSRF_TRUSTED_ORIGINS ?? '').split(',').map((origin) => origin.trim().replace(/\/$/, '')).filter(Boolean),
  // JSON lines in production (src/ops/logger.ts), Payload's readable lines in development.
  logger: loggerConfig(),
  telemetry: false,
  // A wrong password is an everyday event, not a server error.
  loggingLevels: { AuthenticationError: 'info', LockedAuth: 'warn' },
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Taalentio' },
    // Gravatar is an outside call (and a privacy leak); Payload's own avatar is enough.
    avatar: 'default',
    components: {
      graphics: {
        Logo: '/src/components/admin/AdminLogo',
        Icon: '/src/components/admin/AdminIcon',
      },
      // Admin-only tool pages (each checks the user on the server; their endpoints check again).
      views: {
        sauvegarde: { Component: '/src/components/admin/backup/BackupView', path: '/sauvegarde' },
        maintenance: { Component: '/src/components/admin/maintenance/MaintenanceView', path: '/maintenance' },
      },
      afterNavLinks: ['/src/components/admin/maintenance/AdminToolsNavLinks'],
      afterDashboard: ['/src/components/admin/maintenance/AdminToolsDashboard'],
    },
  },
  collections: [
    Users,
    Talents,
    CinemaTalents,
    Productions,
    Projects,
    Assignments,
    Attendances,
    ContactMessages,
    ContractTemplates,
    Contracts,
    ContractFiles,
    ContractSigningLinks,
    Photos,
    Cvs,
    ProductionLogos,
    Outbox,
    ApiKeys,
    Pages,
    SeoImages,
    ...referenceCollections,
    ActivityLogs,
    SecurityLogs,
  ],
  globals: [Integrations, SystemSettings, SeoSettings],
  endpoints: [...referenceEndpoints, registerTalentEndpoint, ...talentSpaceEndpoints, ...cinemaRegistrationEndpoints, ...filmLookupEndpoints, ...cvAnalysisEndpoints, ...presenceEndpoints, ...apiV1Endpoints, ...contractSigningEndpoints, ...settingsEndpoints, ...adminBackupEndpoints, ...maintenanceEndpoints, healthEndpoint],
  email: taalentioEmailAdapter(),
  jobs: {
    tasks: [analyzeCvTask, purgeLogsTask, contractRemindersTask],
    // The app runs queued jobs itself in development (and wherever JOBS_AUTORUN=true);
    // production runs them with `npm run jobs` or a scheduler calling /api/payload-jobs/run (README).
    autoRun: !isProduction || process.env.JOBS_AUTORUN === 'true' ? [{ cron: '*/5 * * * * *', queue: 'default', limit: 5 }] : undefined,
    access: { run: canRunJobs, queue: staffOnlyJobs, cancel: staffOnlyJobs },
  },
  // The largest upload (a CV); each collection checks its own limit and the real file type.
  upload: { limits: { fileSize: 10 * 1024 * 1024 }, responseOnLimit: 'Fichier trop volumineux (10 Mo maximum). / File too large (10 MB maximum).' },
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL || '' },
    // Schema changes only ever go through committed migrations (see README).
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  i18n: {
    supportedLanguages: { fr, en },
    fallbackLanguage: 'fr',
    translations: adminTranslations,
  },
  sharp,
  // Keep storagePlugin LAST: it sends the files of every upload collection above to S3 when S3_BUCKET is set.
  plugins: [taalentioSeoPlugin, storagePlugin()],
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'schema.graphql') },
  onInit: async (payload) => {
    // Production applies migrations through `prodMigrations` while connecting; the generic
    // `migrate` signature types migration arguments as unknown, hence the cast.
    if (!isProduction) await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    await loadReferenceData(payload)
    await ensureFirstAdmin(payload)
  },
})
