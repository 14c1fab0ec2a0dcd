import type { Payload } from 'payload'

import { withClient } from '@/backup/createBackup'
import { qualified, schemaName } from '@/backup/schema'
import { collectionTableName, listStoredFiles, storedFileExists } from '@/backup/uploadStore'
import { CINEMA_CODE_PATTERN, PROJECT_CODE_PATTERN, TALENT_CODE_PATTERN } from '@/codes/formats'

export type IntegrityCheckKey = 'broken_relations' | 'missing_files' | 'malformed_codes' | 'duplicate_codes' | 'orphan_accounts'
export type IntegrityItem = { collection: string; id: number | string; label: string; detail: string; href: string }
export type IntegrityReport = { ms: number; problems: number; checks: { key: IntegrityCheckKey; count: number; items: IntegrityItem[] }[] }

/** Items listed per check; the count is always complete. */
const MAX_ITEMS = 50

const CODED = [
  { collection: 'talents', pattern: TALENT_CODE_PATTERN },
  { collection: 'cinema-talents', pattern: CINEMA_CODE_PATTERN },
  { collection: 'projects', pattern: PROJECT_CODE_PATTERN },
] as const

type Row = { id: number; label: string | null; detail?: string | null }

/**
 * Read-only checks of the data, each with links to the records in the admin panel:
 * required relations left empty (the database keeps foreign keys valid, but a deleted
 * record leaves NULL behind), stored files the records name but that are missing, codes
 * that do not match their SPEC §2 format or appear twice, and talent accounts with no
 * profile at all.
 */
export async function checkIntegrity(payload: Payload, adminRoute = '/admin'): Promise<IntegrityReport> {
  const started = Date.now()
  const schema = schemaName(payload)
  const href = (collection: string, id: number | string) => `${adminRoute}/collections/${collection}/${id}`
  const item = (collection: string, row: Row, detail: string): IntegrityItem => ({
    collection,
    id: row.id,
    label: row.label || `#${row.id}`,
    detail,
    href: href(collection, row.id),
  })

  return withClient(payload, async (client) => {
    const columnsOf = async (table: string) =>
      new Set((await client.query<{ c: string }>('SELECT column_name AS c FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2', [schema, table])).rows.map((row) => row.c))
    const labelExpression = (columns: Set<string>) =>
      ['code', 'display_name', 'title', 'name', 'email', 'filename'].filter((column) => columns.has(column)).map((column) => `"${column}"::text`).join(', ') || 'NULL'

    // 1. Required relations that are empty.
    const broken: IntegrityItem[] = []
    let brokenCount = 0
    for (const collection of payload.config.collections) {
      const table = collectionTableName(payload, collection.slug)
      const columns = await columnsOf(table)
      if (columns.size === 0) continue
      for (const field of collection.flattenedFields) {
        if ((field.type !== 'relationship' && field.type !== 'upload') || !field.required || field.hasMany || Array.isArray(field.relationTo)) continue
        const column = `${field.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()}_id`
        if (!columns.has(column)) continue
        const { rows } = await client.query<Row>(
          `SELECT id, coalesce(${labelExpression(columns)}) AS label FROM ${qualified(schema, table)} WHERE "${column}" IS NULL ORDER BY id`,
        )
        brokenCount += rows.length
        for (const row of rows.slice(0, MAX_ITEMS - broken.length)) broken.push(item(collection.slug, row, `${field.name} → ${field.relationTo} : vide`))
      }
    }

    // 2. Files the records name that are not stored.
    const missing: IntegrityItem[] = []
    let missingCount = 0
    for (const file of await listStoredFiles(client, payload, schema)) {
      if (await storedFileExists(payload, file)) continue
      missingCount += 1
      if (missing.length >= MAX_ITEMS) continue
      missing.push({
        collection: file.collection,
        id: file.recordId ?? '',
        label: file.filename,
        detail: 'fichier absent',
        href: file.recordId ? href(file.collection, file.recordId) : `${adminRoute}/collections/${file.collection}`,
      })
    }

    // 3 and 4. Codes: format and uniqueness.
    const malformed: IntegrityItem[] = []
    const duplicates: IntegrityItem[] = []
    let malformedCount = 0
    let duplicateCount = 0
    for (const { collection, pattern } of CODED) {
      const table = collectionTableName(payload, collection)
      const columns = await columnsOf(table)
      if (!columns.has('code')) continue
      const label = columns.has('display_name') ? 'display_name' : 'title'
      const { rows: bad } = await client.query<Row>(
        `SELECT id, coalesce("${label}"::text, code) AS label, code AS detail FROM ${qualified(schema, table)} WHERE code IS NULL OR code !~ $1 ORDER BY id`,
        [pattern.source],
      )
      malformedCount += bad.length
      for (const row of bad.slice(0, MAX_ITEMS - malformed.length)) malformed.push(item(collection, row, row.detail ? `code « ${row.detail} »` : 'code absent'))
      const { rows: twice } = await client.query<Row>(
        `SELECT id, coalesce("${label}"::text, code) AS label, code AS detail FROM ${qualified(schema, table)}
          WHERE code IN (SELECT code FROM ${qualified(schema, table)} WHERE code IS NOT NULL GROUP BY code HAVING count(*) > 1) ORDER BY code, id`,
      )
      duplicateCount += twice.length
      for (const row of twice.slice(0, MAX_ITEMS - duplicates.length)) duplicates.push(item(collection, row, `code « ${row.detail} » en double`))
    }

    // 5. Talent accounts with neither a talent nor a cinema profile, and no staff role.
    const { rows: orphans } = await client.query<Row>(
      `SELECT u.id, u.email AS label FROM ${qualified(schema, 'users')} u
        WHERE EXISTS (SELECT 1 FROM ${qualified(schema, 'users_roles')} r WHERE r.parent_id = u.id AND r.value = 'talent')
          AND NOT EXISTS (SELECT 1 FROM ${qualified(schema, 'users_roles')} r WHERE r.parent_id = u.id AND r.value <> 'talent')
          AND NOT EXISTS (SELECT 1 FROM ${qualified(schema, 'talents')} t WHERE t.user_id = u.id)
          AND NOT EXISTS (SELECT 1 FROM ${qualified(schema, 'cinema_talents')} c WHERE c.user_id = u.id)
        ORDER BY u.id`,
    )

    const checks: IntegrityReport['checks'] = [
      { key: 'broken_relations', count: brokenCount, items: broken },
      { key: 'missing_files', count: missingCount, items: missing },
      { key: 'malformed_codes', count: malformedCount, items: malformed },
      { key: 'duplicate_codes', count: duplicateCount, items: duplicates },
      { key: 'orphan_accounts', count: orphans.length, items: orphans.slice(0, MAX_ITEMS).map((row) => item('users', row, 'compte talent sans profil')) },
    ]
    return { ms: Date.now() - started, problems: checks.reduce((sum, check) => sum + check.count, 0), checks }
  })
}
