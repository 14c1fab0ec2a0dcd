import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { FlattenedField, Payload, PayloadRequest, TypedUser } from 'payload'

import { decryptAfterRead } from '@/crypto/encryptedField'
import { decrypt, isEncrypted } from '@/crypto/encryption'

/**
 * The fast read of an export's pages: the profiles' exported columns straight from Payload's
 * tables in one SQL statement per page, instead of a Local API `find` per page. Measured at
 * 100,000 profiles (bench/, README "Performance"): a Local API page of 500 profiles at depth 0
 * took 130–500 ms, this statement ~10 ms.
 *
 * It only runs when it cannot return anything the Local API would not: `fastReadAllowed`
 * checks, as the exporting user, that the collection's read access is `true` (no `Where`
 * constraint), that every exported field's read access is `true` without looking at the
 * document, and that no exported field has an afterRead hook other than decryption (which
 * is applied here) and the collection none. Otherwise the export keeps the Local API read
 * (`overrideAccess: false`), page by page.
 */

type Kind = 'cinema-talents' | 'talents'

const TABLES: Record<Kind, { table: string; rels: string; languages: string; levelRank: boolean }> = {
  'cinema-talents': { table: 'cinema_talents', rels: 'cinema_talents_rels', languages: 'cinema_talents_languages', levelRank: true },
  talents: { table: 'talents', rels: 'talents_rels', languages: 'talents_languages', levelRank: false },
}

type ColumnKind = 'text' | 'number' | 'date' | 'id' | 'boolean'

/** Exported scalar fields: column and how its value is returned (as the Local API returns it at depth 0). */
const COLUMNS: Record<string, [string, ColumnKind]> = {
  code: ['code', 'text'],
  firstName: ['first_name', 'text'],
  lastName: ['last_name', 'text'],
  stageName: ['stage_name', 'text'],
  displayName: ['display_name', 'text'],
  gender: ['gender', 'text'],
  dateOfBirth: ['date_of_birth', 'date'],
  nationality: ['nationality_id', 'id'],
  country: ['country_id', 'id'],
  city: ['city_id', 'id'],
  isPublic: ['is_public', 'boolean'],
  createdAt: ['created_at', 'date'],
  heightCm: ['height_cm', 'number'],
  weightKg: ['weight_kg', 'number'],
  availability: ['availability', 'text'],
  yearsOfExperience: ['years_of_experience', 'number'],
  experience: ['experience', 'text'],
  phone: ['phone', 'text'],
  whatsapp: ['whatsapp', 'text'],
  address: ['address', 'text'],
  idDocumentNumber: ['id_document_number', 'text'],
  emergencyContact: ['emergency_contact', 'text'],
  rate: ['rate', 'number'],
  rateCurrency: ['rate_currency', 'text'],
  rateUnit: ['rate_unit', 'text'],
}
const RELATIONS = ['categories', 'skills'] as const

async function readAllowed(field: FlattenedField, req: PayloadRequest): Promise<boolean> {
  const access = field.access?.read
  if (access && (await access({ req, data: undefined, doc: undefined, siblingData: undefined, id: undefined } as never)) !== true) return false
  const hooks: unknown[] = ('hooks' in field ? (field.hooks as { afterRead?: unknown[] } | undefined)?.afterRead : undefined) ?? []
  if (hooks.some((hook) => hook !== decryptAfterRead)) return false
  if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
    for (const sub of field.flattenedFields as FlattenedField[]) if (!(await readAllowed(sub, req))) return false
  }
  return true
}

/**
 * `SQL_READS=off` turns every SQL read of profiles off (exports, API list, API profile
 * selection): the Local API path then runs alone. A switch for operations, and how
 * `npm run bench -- --baseline` measures the Local API path on the same build.
 */
export function sqlReadsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.SQL_READS?.trim().toLowerCase() !== 'off'
}

/** Whether `fields` of `kind` may be read by SQL for `user` with exactly the Local API's result (see above). */
export async function fastReadAllowed(payload: Payload, kind: Kind, user: TypedUser, fields: string[]): Promise<boolean> {
  if (!sqlReadsEnabled()) return false
  if (!('drizzle' in payload.db)) return false
  const config = payload.collections[kind]?.config
  if (!config) return false
  const req = { user, payload, context: {}, i18n: undefined, locale: undefined } as unknown as PayloadRequest
  const collectionAccess = config.access?.read ? await config.access.read({ req } as never) : true
  if (collectionAccess !== true) return false
  if ((config.hooks?.afterRead ?? []).length) return false
  for (const name of fields) {
    if (!(name in COLUMNS) && !RELATIONS.includes(name as (typeof RELATIONS)[number]) && name !== 'languages') return false
    const field = config.flattenedFields.find((candidate) => 'name' in candidate && candidate.name === name)
    if (!field || !(await readAllowed(field, req))) return false
  }
  return true
}

type Row = Record<string, unknown>

/**
 * The documents of `ids`, in that order, with the `fields` the Local API would return at
 * depth 0 (relations as ids, languages as `{ id, language, level[, levelRank] }` rows,
 * dates as ISO strings, numbers as numbers, encrypted values decrypted).
 */
export async function readProfilesBySql<T>(payload: Payload, kind: Kind, fields: string[], ids: number[]): Promise<T[]> {
  if (!ids.length) return []
  const { table, rels, languages, levelRank } = TABLES[kind]
  const scalars = fields.filter((name) => name in COLUMNS)
  const selected = scalars.map((name) => {
    const [column, type] = COLUMNS[name]
    return type === 'date'
      ? `to_char(t."${column}" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "${name}"`
      : `t."${column}" AS "${name}"`
  })
  for (const relation of RELATIONS) {
    if (!fields.includes(relation)) continue
    selected.push(
      `coalesce((SELECT json_agg(r."${relation}_id" ORDER BY r."order") FROM "${rels}" r WHERE r.parent_id = t.id AND r.path = '${relation}'), '[]'::json) AS "${relation}"`,
    )
  }
  if (fields.includes('languages')) {
    const rank = levelRank ? `, 'levelRank', l.level_rank` : ''
    selected.push(
      `coalesce((SELECT json_agg(json_build_object('id', l.id, 'language', l.language_id, 'level', l.level${rank}) ORDER BY l._order) FROM "${languages}" l WHERE l._parent_id = t.id), '[]'::json) AS "languages"`,
    )
  }
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const statement = `SELECT t.id${selected.length ? ', ' : ''}${selected.join(', ')} FROM "${table}" t WHERE t.id = ANY(`
  const { rows } = (await drizzle.execute(sql`${sql.raw(statement)}${`{${ids.join(',')}}`}::int[])`)) as unknown as { rows: Row[] }

  const numbers = scalars.filter((name) => COLUMNS[name][1] === 'number' || COLUMNS[name][1] === 'id')
  const byId = new Map<number, T>()
  for (const row of rows) {
    for (const name of numbers) if (row[name] !== null && row[name] !== undefined) row[name] = Number(row[name])
    for (const name of scalars) if (isEncrypted(row[name])) row[name] = decrypt(row[name] as string)
    if (levelRank && Array.isArray(row.languages))
      for (const language of row.languages as Row[]) if (language.levelRank !== null) language.levelRank = Number(language.levelRank)
    byId.set(row.id as number, row as T)
  }
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** Ids read per page on the Local API path: one SQL page of ids, then one `find` of those profiles. */
export const EXPORT_PAGE_SIZE = 500
/** Profiles per statement on the SQL path. */
export const SQL_PAGE_SIZE = 1000

/**
 * An export's profiles, page by page, in the order `matchingIds` gives. By SQL when
 * `fastReadAllowed` says the result is the same; otherwise each page of ids is read through
 * the Local API as the exporting user (`overrideAccess: false`), so access applies to every value.
 * `matchingIds()` returns every matching id; `matchingIds({ limit, offset })` one page of them.
 */
export async function* exportedProfilePages<T extends { id: number }>(options: {
  payload: Payload
  user: TypedUser
  kind: Kind
  select: Record<string, true>
  matchingIds: (page?: { limit: number; offset: number }) => Promise<number[]>
  hydrate: (doc: T) => T
  pageSize?: number
}): AsyncGenerator<T[]> {
  const { payload, user, kind, select, matchingIds, hydrate, pageSize = EXPORT_PAGE_SIZE } = options
  const fields = Object.keys(select)
  if (await fastReadAllowed(payload, kind, user, fields)) {
    // Every matching id in one ordered statement (8 bytes each), then pages read by SQL.
    const ids = await matchingIds()
    for (let start = 0; start < ids.length; start += SQL_PAGE_SIZE) {
      const docs = await readProfilesBySql<T>(payload, kind, fields, ids.slice(start, start + SQL_PAGE_SIZE))
      yield docs.map(hydrate)
    }
    return
  }
  for (let offset = 0; ; offset += pageSize) {
    const ids = await matchingIds({ limit: pageSize, offset })
    if (ids.length === 0) return
    const { docs } = await payload.find({ collection: kind, where: { id: { in: ids } }, pagination: false, depth: 0, select, overrideAccess: false, user })
    const byId = new Map(docs.map((doc) => [doc.id, hydrate(doc as unknown as T)]))
    yield ids.flatMap((id) => byId.get(id) ?? [])
    if (ids.length < pageSize) return
  }
}
