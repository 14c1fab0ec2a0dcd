import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { and, count, countDistinct, desc, eq, inArray, sql, sum, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { defineRoute } from '@/api/route'
import * as s from '@/api/schemas'
import { PROJECT_STATUS_OPTIONS } from '@/cinema/cinemaOptions'
import type { Locale } from '@/i18n/locales'
import { loadDirectoryReferences } from '@/talents/directoryReferences'
import { GENDER_OPTIONS } from '@/talents/profileOptions'

/** Age bands of the statistics; the last one is open. */
export const AGE_BANDS = [
  { key: '0-17', min: 0, max: 17 },
  { key: '18-24', min: 18, max: 24 },
  { key: '25-34', min: 25, max: 34 },
  { key: '35-44', min: 35, max: 44 },
  { key: '45-54', min: 45, max: 54 },
  { key: '55+', min: 55, max: 200 },
] as const

const UNKNOWN = { fr: 'Non renseigné', en: 'Not given' }

const db = (req: PayloadRequest) => req.payload.db as unknown as PostgresAdapter
const name = (row: { nameFr: string; nameEn: string }, locale: Locale) => (locale === 'en' ? row.nameEn : row.nameFr)

type Bucket = z.input<typeof s.bucket>

async function talentBuckets(req: PayloadRequest, locale: Locale, by: 'country' | 'category' | 'gender' | 'ageBand', profile: 'talents' | 'cinema-talents'): Promise<Bucket[]> {
  const { drizzle, tables } = db(req)
  const table = profile === 'talents' ? tables.talents : tables.cinema_talents
  const rels = profile === 'talents' ? tables.talents_rels : tables.cinema_talents_rels
  const references = await loadDirectoryReferences(req.payload)
  const sorted = (rows: Bucket[]) => rows.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))

  if (by === 'country') {
    const rows = await drizzle.select({ id: table.country, count: count() }).from(table).groupBy(table.country)
    return sorted(
      rows.map((row) => {
        const country = references.countries.find((item) => item.id === row.id)
        return { key: country?.iso2 ?? 'unknown', label: country ? name(country, locale) : UNKNOWN[locale], count: row.count }
      }),
    )
  }
  if (by === 'category') {
    const rows = await drizzle
      .select({ id: rels.categoriesID, count: countDistinct(rels.parent) })
      .from(rels)
      .where(eq(rels.path, 'categories'))
      .groupBy(rels.categoriesID)
    return sorted(
      rows.map((row) => {
        const category = references.categories.find((item) => item.id === row.id)
        return { key: category?.slug ?? 'unknown', label: category ? name(category, locale) : UNKNOWN[locale], count: row.count }
      }),
    )
  }
  if (by === 'gender') {
    const rows = await drizzle.select({ gender: table.gender, count: count() }).from(table).groupBy(table.gender)
    return GENDER_OPTIONS.map((option) => ({ key: option.value, label: option.label[locale], count: rows.find((row) => row.gender === option.value)?.count ?? 0 }))
  }
  const years = sql<number>`extract(year from age(current_date, ${table.dateOfBirth}::date))::int`
  const band = sql<string>`case ${sql.join(
    // Constants written into the SQL (not bound): the same expression must appear in GROUP BY.
    AGE_BANDS.map((item) => sql`when ${years} between ${sql.raw(String(item.min))} and ${sql.raw(String(item.max))} then ${sql.raw(`'${item.key}'`)}`),
    sql` `,
  )} else 'unknown' end`
  const rows = await drizzle.select({ band, count: count() }).from(table).groupBy(band)
  const bands = AGE_BANDS.map((item) => ({ key: item.key, label: item.key === '55+' ? (locale === 'en' ? '55 and over' : '55 ans et plus') : `${item.key.replace('-', '–')} ${locale === 'en' ? 'years' : 'ans'}`, count: rows.find((row) => row.band === item.key)?.count ?? 0 }))
  const unknown = rows.find((row) => row.band === 'unknown')?.count ?? 0
  return unknown ? [...bands, { key: 'unknown', label: UNKNOWN[locale], count: unknown }] : bands
}

export const talentStatistics = defineRoute({
  method: 'get',
  path: '/statistics/talents',
  tag: 'statistics',
  summary: 'Talents counted by country, category, gender or age band (staff)',
  access: 'staff',
  query: z.object({
    by: z.enum(['country', 'category', 'gender', 'ageBand']),
    profile: z.enum(['talents', 'cinema-talents']).default('talents').meta({ description: 'Main talent profiles or cinema profiles.' }),
  }),
  response: z.strictObject({ by: z.string(), profile: z.string(), total: z.number().int(), buckets: z.array(s.bucket) }).meta({ id: 'TalentStatistics' }),
  errors: [400, 401, 403, 429],
  handler: async ({ req, locale, query }) => {
    const { drizzle, tables } = db(req)
    const table = query.profile === 'talents' ? tables.talents : tables.cinema_talents
    const [[{ total }], buckets] = await Promise.all([drizzle.select({ total: count() }).from(table), talentBuckets(req, locale, query.by, query.profile)])
    return { by: query.by, profile: query.profile, total, buckets }
  },
})

/** The ids of the projects the caller may read (presence staff: theirs), through the collection's access. */
async function readableProjects(req: PayloadRequest) {
  const { docs } = await req.payload.find({
    collection: 'projects',
    pagination: false,
    depth: 0,
    select: { code: true, title: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs
}

export const projectStatistics = defineRoute({
  method: 'get',
  path: '/statistics/projects',
  tag: 'statistics',
  summary: 'Projects counted by status (staff; attendance staff: their projects)',
  access: 'staff',
  response: z.strictObject({ total: z.number().int(), buckets: z.array(s.bucket) }).meta({ id: 'ProjectStatistics' }),
  errors: [401, 403, 429],
  handler: async ({ req, locale }) => {
    const ids = (await readableProjects(req)).map((project) => project.id)
    const { drizzle, tables } = db(req)
    const rows = ids.length
      ? await drizzle.select({ status: tables.projects.status, count: count() }).from(tables.projects).where(inArray(tables.projects.id, ids)).groupBy(tables.projects.status)
      : []
    return {
      total: ids.length,
      buckets: PROJECT_STATUS_OPTIONS.map((option) => ({ key: option.value, label: option.label[locale], count: rows.find((row) => row.status === option.value)?.count ?? 0 })),
    }
  },
})

export const attendanceStatistics = defineRoute({
  method: 'get',
  path: '/statistics/attendance',
  tag: 'statistics',
  summary: 'Attendance per project: check-ins, distinct talents, minutes (staff; attendance staff: their projects)',
  access: 'staff',
  response: z
    .strictObject({
      projects: z.array(
        z.strictObject({ projectId: z.number().int(), code: z.string().nullable(), title: z.string(), checkIns: z.number().int(), talents: z.number().int(), minutes: z.number() }),
      ),
    })
    .meta({ id: 'AttendanceStatistics' }),
  errors: [401, 403, 429],
  handler: async ({ req }) => {
    const projects = await readableProjects(req)
    if (!projects.length) return { projects: [] }
    const { drizzle, tables } = db(req)
    const a = tables.attendances
    const where: SQL | undefined = and(inArray(a.project, projects.map((project) => project.id)))
    const rows = await drizzle
      .select({
        projectId: a.project,
        checkIns: count(),
        talents: countDistinct(sql`coalesce('c' || ${a.cinemaTalent}, 't' || ${a.talent})`),
        minutes: sum(a.durationMinutes),
      })
      .from(a)
      .where(where)
      .groupBy(a.project)
      .orderBy(desc(count()))
    const byId = new Map(projects.map((project) => [project.id, project]))
    return {
      projects: rows.map((row) => ({
        projectId: row.projectId as number,
        code: byId.get(row.projectId as number)?.code ?? null,
        title: byId.get(row.projectId as number)?.title ?? '',
        checkIns: row.checkIns,
        talents: row.talents,
        minutes: Number(row.minutes ?? 0),
      })),
    }
  },
})

export const statisticsRoutes = [talentStatistics, projectStatistics, attendanceStatistics]
