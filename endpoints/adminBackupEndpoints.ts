import { createReadStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { Readable } from 'node:stream'
import type { Endpoint, PayloadRequest } from 'payload'

import { isAdminUser } from '@/access'
import { createBackup } from '@/backup/createBackup'
import { OperationBusy, runExclusive } from '@/backup/exclusive'
import { backupMessages, describeProblem } from '@/backup/messages'
import { maxRestoreBytes, receiveBackupUpload, UploadTooLarge } from '@/backup/receiveUpload'
import { restoreBackup, RestoreRefused } from '@/backup/restoreBackup'
import { toLocale, type Locale } from '@/i18n/locales'
import { logActivity, logSecurity } from '@/logs'

const failure = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
  Response.json({ error: { code, message, ...extra } }, { status })

/** Admins only: answers the refusal, or null when the caller may go on. */
function refuseNonAdmin(req: PayloadRequest, locale: Locale): Response | null {
  const m = backupMessages[locale]
  if (!req.user) return failure(401, 'unauthenticated', m.signIn)
  if (!isAdminUser(req.user)) return failure(403, 'forbidden', m.adminOnly)
  return null
}

const localeOf = (req: PayloadRequest) => toLocale(new URL(req.url ?? 'http://x').searchParams.get('lang') ?? req.i18n?.language)

/**
 * GET /api/admin/backup — builds a full backup (every record, every uploaded file, manifest)
 * and sends it as a ZIP download; the temp file is removed once sent.
 */
export const downloadBackup: Endpoint = {
  path: '/admin/backup',
  method: 'get',
  handler: async (req) => {
    const locale = localeOf(req)
    const refusal = refuseNonAdmin(req, locale)
    if (refusal) return refusal
    try {
      const backup = await runExclusive('backup', () => createBackup(req.payload, { createdBy: req.user?.email ?? null }))
      const rows = backup.manifest.database.tables.reduce((sum, table) => sum + table.rows, 0)
      await logActivity(req, {
        action: 'backup.created',
        message: `Sauvegarde créée (${backup.manifest.files.length} fichiers, ${rows} lignes)`,
        metadata: {
          filename: backup.filename,
          bytes: backup.bytes,
          ms: backup.ms,
          tables: backup.manifest.database.tables.length,
          rows,
          files: backup.manifest.files.length,
          missingFiles: backup.manifest.missingFiles.length,
          migration: backup.manifest.migration,
        },
      })
      await logActivity(req, { action: 'backup.downloaded', metadata: { filename: backup.filename, bytes: backup.bytes } })
      const file = createReadStream(backup.path)
      const cleanUp = () => void rm(backup.path, { force: true })
      file.on('close', cleanUp)
      return new Response(Readable.toWeb(file) as ReadableStream, {
        headers: {
          'Content-Type': 'application/zip',
          'Content-Length': String(backup.bytes),
          'Content-Disposition': `attachment; filename="${backup.filename}"`,
          'Cache-Control': 'no-store',
          'X-Backup-Duration-Ms': String(backup.ms),
        },
      })
    } catch (error) {
      if (error instanceof OperationBusy) return failure(409, 'busy', backupMessages[locale].busy)
      throw error
    }
  },
}

/**
 * POST /api/admin/backup/restore — body: the backup ZIP (raw, or multipart field `file`).
 * Verified entirely before anything changes; refused with the list of problems (422), or
 * applied in one transaction with the files swapped in after it commits.
 */
export const restoreBackupEndpoint: Endpoint = {
  path: '/admin/backup/restore',
  method: 'post',
  handler: async (req) => {
    const locale = localeOf(req)
    const m = backupMessages[locale]
    const refusal = refuseNonAdmin(req, locale)
    if (refusal) return refusal
    const actor = { id: req.user!.id, email: req.user!.email, collection: 'users' }
    let upload: string | null = null
    try {
      return await runExclusive('restore', async () => {
        try {
          upload = await receiveBackupUpload(req)
        } catch (error) {
          if (error instanceof UploadTooLarge) {
            return failure(413, 'too_large', m.tooLarge.replace('{max}', `${Math.round(maxRestoreBytes() / 1024 / 1024)} Mo`))
          }
          throw error
        }
        if (!upload) return failure(400, 'no_file', m.noFile)
        try {
          const summary = await restoreBackup(req.payload, upload)
          await logSecurity(req, {
            action: 'backup.restored',
            severity: 'critical',
            actor,
            message: `Sauvegarde du ${summary.createdAt} restaurée (${summary.rows} lignes, ${summary.files} fichiers)`,
            metadata: summary,
          })
          return Response.json({ message: m.restored, summary })
        } catch (error) {
          if (error instanceof RestoreRefused) {
            const problems = error.problems.map((problem) => ({ ...problem, message: describeProblem(locale, problem) }))
            await logSecurity(req, {
              action: 'backup.restore_refused',
              severity: 'warning',
              actor,
              message: `Restauration refusée : ${problems.map((problem) => problem.code).join(', ')}`,
              metadata: { problems: error.problems },
            })
            return failure(422, 'backup_refused', m.refused, { problems })
          }
          req.payload.logger.error({ err: error, msg: '[backup] restore failed and was rolled back' })
          await logSecurity(req, {
            action: 'backup.restore_refused',
            severity: 'critical',
            actor,
            message: 'Restauration échouée et annulée',
            metadata: { error: String((error as Error)?.message ?? error) },
          })
          return failure(500, 'restore_failed', m.failed)
        }
      })
    } catch (error) {
      if (error instanceof OperationBusy) return failure(409, 'busy', m.busy)
      throw error
    } finally {
      if (upload) await rm(upload, { force: true })
    }
  },
}

export const adminBackupEndpoints: Endpoint[] = [downloadBackup, restoreBackupEndpoint]
