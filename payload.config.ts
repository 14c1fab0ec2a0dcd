import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Migration } from 'payload'
import sharp from 'sharp'

import { Cvs } from './collections/Cvs'
import { Outbox } from './collections/Outbox'
import { Photos } from './collections/Photos'
import { referenceCollections } from './collections/referenceCollections'
import { Talents } from './collections/Talents'
import { Users } from './collections/Users'
import { referenceEndpoints } from './endpoints/referenceEndpoints'
import { registerTalentEndpoint } from './endpoints/registerTalent'
import { talentSpaceEndpoints } from './endpoints/talentSpaceEndpoints'
import { migrations } from './migrations'
import { ensureFirstAdmin } from './src/auth/ensureFirstAdmin'
import { taalentioEmailAdapter } from './src/email'
import { adminTranslations } from './src/i18n/adminTranslations'
import { loadReferenceData } from './src/reference-data/loadReferenceData'

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
    },
  },
  collections: [Users, Talents, Photos, Cvs, Outbox, ...referenceCollections],
  endpoints: [...referenceEndpoints, registerTalentEndpoint, ...talentSpaceEndpoints],
  email: taalentioEmailAdapter(),
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
