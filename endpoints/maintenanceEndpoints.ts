import type { Endpoint, PayloadRequest } from 'payload'

import { isAdminUser } from '@/access'
import { OperationBusy, runExclusive } from '@/backup/exclusive'
import { seedDemo } from '@/demo/seedDemo'
import { toLocale, type Locale } from '@/i18n/locales'
import { logActivity, logSecurity } from '@/logs'
import { cacheSize, clearCaches } from '@/maintenance/cache'
import { cleanData } from '@/maintenance/cleanData'
import { checkIntegrity } from '@/maintenance/integrity'
import { CLEAN_CONFIRMATION, maintenanceMessages } from '@/maintenance/messages'
import { performanceSnapshot } from '@/maintenance/snapshot'
import { cleanTempFiles } from '@/maintenance/tempFiles'
import { vacuumAnalyze } from '@/maintenance/vacuum'

const failure = (status: number, code: string, message: string) => Response.json({ error: { code, message } }, { status })
const localeOf = (req: PayloadRequest): Locale => toLocale(new URL(req.url ?? 'http://x').searchParams.get('lang') ?? req.i18n?.language)

/**
 * One admin-only maintenance action: checks the caller, runs `work` (one at a time when
 * `exclusive`), answers its report as JSON. Every action is logged by `work` itself.
 */
function adminAction(
  path: string,
  method: 'get' | 'post',
  work: (req: PayloadRequest, locale: Locale) => Promise<Response | Record<string, unknown>>,
  { exclusive = false }: { exclusive?: boolean } = {},
): Endpoint {
  return {
    path: `/admin/maintenance/${path}`,
    method,
    handler: async (req) => {
      const locale = localeOf(req)
      const m = maintenanceMessages[locale]
      if (!req.user) return failure(401, 'unauthenticated', m.signIn)
      if (!isAdminUser(req.user)) return failure(403, 'forbidden', m.adminOnly)
      try {
        const result = exclusive ? await runExclusive(path, () => work(req, locale)) : await work(req, locale)
        return result instanceof Response ? result : Response.json(result)
      } catch (error) {
        if (error instanceof OperationBusy) return failure(409, 'busy', m.busy)
        req.payload.logger.error({ err: error, msg: `[maintenance] ${path} failed` })
        return failure(500, 'failed', m.failed)
      }
    },
  }
}

const adminRoute = (req: PayloadRequest) => req.payload.config.routes.admin || '/admin'

export const maintenanceEndpoints: Endpoint[] = [
  adminAction('snapshot', 'get', async (req) => {
    const snapshot = await performanceSnapshot(req.payload)
    await logActivity(req, {
      action: 'maintenance.snapshot',
      metadata: { databaseBytes: snapshot.database.sizeBytes, loadAverage: snapshot.cpu.loadAverage, slowQueries: snapshot.database.slowQueries ? 'available' : snapshot.database.slowQueriesUnavailable },
    })
    return snapshot
  }),
  adminAction(
    'vacuum',
    'post',
    async (req) => {
      const report = await vacuumAnalyze(req.payload)
      await logActivity(req, { action: 'maintenance.vacuum', message: `VACUUM ANALYZE en ${report.ms} ms`, metadata: report })
      return report
    },
    { exclusive: true },
  ),
  adminAction(
    'temp-cleanup',
    'post',
    async (req) => {
      const report = await cleanTempFiles(req.payload)
      await logActivity(req, {
        action: 'maintenance.temp_cleanup',
        message: `Fichiers temporaires : ${report.files} fichiers, ${report.bytes} octets supprimés`,
        metadata: { files: report.files, bytes: report.bytes, kept: report.kept, removed: report.removed.map((item) => ({ kind: item.kind, files: item.files, bytes: item.bytes })) },
      })
      return report
    },
    { exclusive: true },
  ),
  adminAction('integrity', 'get', async (req) => {
    const report = await checkIntegrity(req.payload, adminRoute(req))
    await logActivity(req, {
      action: 'maintenance.integrity_check',
      severity: report.problems ? 'warning' : 'info',
      message: `Contrôle d’intégrité : ${report.problems} problème(s)`,
      metadata: Object.fromEntries(report.checks.map((check) => [check.key, check.count])),
    })
    return report
  }),
  adminAction('cache', 'get', async () => cacheSize()),
  adminAction('cache/clear', 'post', async (req) => {
    const report = await clearCaches()
    await logActivity(req, { action: 'maintenance.cache_cleared', metadata: { freedFiles: report.freedFiles, freedBytes: report.freedBytes, pagesRevalidated: report.pagesRevalidated } })
    return report
  }),
  adminAction(
    'data-clean',
    'post',
    async (req, locale) => {
      const body = (await req.json?.().catch(() => null)) as { confirm?: unknown } | null
      if (body?.confirm !== CLEAN_CONFIRMATION) return failure(400, 'confirmation_required', maintenanceMessages[locale].confirmClean)
      const actor = { id: req.user!.id, email: req.user!.email, collection: 'users' }
      const report = await cleanData(req.payload)
      // After the wipe, so that this entry is the one the emptied logs keep.
      await logSecurity(req, { action: 'data.cleaned', severity: 'critical', actor, message: `Données utilisateur supprimées (${report.removedUsers} comptes, ${report.files} fichiers)`, metadata: report })
      return report
    },
    { exclusive: true },
  ),
  adminAction(
    'demo-seed',
    'post',
    async (req) => {
      const report = await seedDemo(req.payload)
      await logActivity(req, { action: 'demo.seeded', message: report.created ? 'Données de démonstration créées' : 'Données de démonstration déjà présentes', metadata: report })
      return report
    },
    { exclusive: true },
  ),
]
