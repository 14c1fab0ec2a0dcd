import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { asc, count } from '@payloadcms/db-postgres/drizzle'
import { z } from 'zod'

import { cinemaTalentDto, talentDto } from '@/api/mappers'
import { ApiError, defineRoute } from '@/api/route'
import * as s from '@/api/schemas'
import { searchCinemaTalentIds, searchCinemaTalents, StaffSearchReferenceError } from '@/cinema/staffSearch/searchCinemaTalents'
import { staffSearchSchema } from '@/cinema/staffSearch/staffSearchFilters'
import { normalizeCode } from '@/codes/formats'
import { referenceNames } from '@/exports/referenceNames'
import { fastReadAllowed, readProfilesBySql, sqlReadsEnabled } from '@/exports/sqlProfilePages'
import { loadDirectoryReferences } from '@/talents/directoryReferences'
import { MAX_QUERY_LENGTH } from '@/talents/searchText'
import { directoryCriteria, publicDirectoryCondition } from '@/talents/searchPublicTalents'
import type { CinemaTalent, Talent } from '../../payload-types'

const SLUG_OR_ID = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\d+)$/i

/** The public directory's filters (src/talents/directoryFilters.ts), validated strictly. */
export const talentQuery = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH).optional().meta({ description: 'Free-text words (name, code, category, place…), accents ignored.' }),
  category: z.string().regex(SLUG_OR_ID).max(80).optional().meta({ description: 'Category slug or id.' }),
  country: z.string().regex(/^[a-z]{2}$/i).transform((v) => v.toUpperCase()).optional().meta({ description: 'ISO 3166-1 alpha-2.' }),
  city: z.string().regex(/^(?:[a-z]{3}|\d+)$/i).transform((v) => v.toUpperCase()).optional().meta({ description: 'City code (with `country`) or id.' }),
  language: z.string().regex(/^(?:[a-z]{2,3}|\d+)$/i).transform((v) => v.toLowerCase()).optional().meta({ description: 'Language ISO code or id.' }),
  skill: z.string().regex(SLUG_OR_ID).max(80).optional().meta({ description: 'Skill slug or id.' }),
  gender: z.enum(['F', 'M', 'X']).optional(),
  ...s.pagination,
})

const codeParam = (value: string) => normalizeCode(value.slice(0, 20))

/**
 * What the DTOs (src/api/mappers) read of a profile, plus what field access looks at (owner,
 * visibility, chosen parts): the full profile with its filmography, gallery and photo sizes
 * is not read for a handful of fields (p95 at 100,000 profiles: README "Performance").
 */
const ACCESS_SELECT = { user: true, isPublic: true, publicParts: true } as const
const TALENT_DTO_SELECT = {
  ...ACCESS_SELECT,
  code: true, displayName: true, firstName: true, lastName: true, stageName: true, gender: true, dateOfBirth: true, phone: true, whatsapp: true,
  yearsOfExperience: true, experience: true, country: true, city: true, categories: true, skills: true, languages: true,
} as const
const CINEMA_DTO_SELECT = {
  ...ACCESS_SELECT,
  code: true, displayName: true, firstName: true, lastName: true, stageName: true, gender: true, dateOfBirth: true, heightCm: true, phone: true,
  availability: true, country: true, city: true, categories: true,
} as const
const DTO_POPULATE = {
  countries: { iso2: true, nameFr: true, nameEn: true, flag: true },
  cities: { code: true, name: true },
  categories: { slug: true, nameFr: true, nameEn: true },
  skills: { slug: true, nameFr: true, nameEn: true },
  languages: { code: true, nameFr: true, nameEn: true },
} as const

/** What an entry of GET /cinema-talents carries (cinemaTalentDto), read by SQL when allowed. */
const API_LIST_FIELDS = ['code', 'displayName', 'firstName', 'lastName', 'stageName', 'gender', 'dateOfBirth', 'heightCm', 'country', 'city', 'categories', 'availability', 'isPublic']

/**
 * Same search as /talents (public profiles, public parts only): the page of ids from the
 * directory's SQL condition, then the profiles read as the caller (overrideAccess: false).
 */
export const listTalents = defineRoute({
  method: 'get',
  path: '/talents',
  tag: 'talents',
  summary: 'Public talent directory (same filters as /talents)',
  access: 'public',
  query: talentQuery,
  response: s.pageOf(s.talent, 'TalentPage'),
  errors: [400, 401, 429],
  handler: async ({ req, query }) => {
    const { page, limit } = query
    const empty = { docs: [], totalDocs: 0, page, limit, totalPages: 0 }
    const criteria = directoryCriteria({ ...query, page }, await loadDirectoryReferences(req.payload))
    if (!criteria) return empty
    const { drizzle, tables } = req.payload.db as unknown as PostgresAdapter
    const condition = publicDirectoryCondition(drizzle, tables, criteria)
    const [rows, [{ total }]] = await Promise.all([
      drizzle.select({ id: tables.talents.id }).from(tables.talents).where(condition).orderBy(asc(tables.talents.displayName), asc(tables.talents.id)).limit(limit).offset((page - 1) * limit),
      drizzle.select({ total: count() }).from(tables.talents).where(condition),
    ])
    const ids = rows.map((row) => row.id as number)
    const totals = { totalDocs: total, page, limit, totalPages: Math.ceil(total / limit) }
    if (!ids.length) return { ...empty, ...totals }
    const { docs } = await req.payload.find({
      collection: 'talents',
      where: { and: [{ id: { in: ids } }, { isPublic: { equals: true } }] },
      pagination: false,
      depth: 1,
      select: { code: true, displayName: true, gender: true, categories: true, country: true, city: true, isPublic: true, publicParts: true, user: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    const byId = new Map(docs.map((doc) => [doc.id, doc as Talent]))
    return { docs: ids.flatMap((id) => (byId.has(id) ? [talentDto(byId.get(id)!)] : [])), ...totals }
  },
})

export const getTalent = defineRoute({
  method: 'get',
  path: '/talents/{code}',
  tag: 'talents',
  summary: 'One talent profile by code (what the caller may read)',
  access: 'public',
  response: s.talent,
  errors: [401, 404, 429],
  handler: async ({ req, params }) => {
    const { docs } = await req.payload.find({
      collection: 'talents',
      where: { code: { equals: codeParam(params.code) } },
      limit: 1,
      depth: 1,
      ...(sqlReadsEnabled() ? { select: TALENT_DTO_SELECT, populate: DTO_POPULATE, pagination: false } : {}),
      overrideAccess: false,
      user: req.user,
      req,
    })
    if (!docs[0]) throw new ApiError(404, 'notFound')
    return talentDto(docs[0] as Talent)
  },
})

export const listCinemaTalents = defineRoute({
  method: 'get',
  path: '/cinema-talents',
  tag: 'cinema',
  summary: 'Staff search of cinema talents (same filters as /cinema/talents)',
  description: 'Repeatable filters (`category`, `language`, `skill`, `availability`) may be repeated or comma-separated. `language=wo:3` = Wolof at level 3 (fluent) or above.',
  access: 'staff',
  query: staffSearchSchema,
  // `lang` is the API's language switch; the staff search's language filter is `language` here, as on the pages.
  queryAliases: { lang: 'language' },
  response: s.pageOf(s.cinemaTalent, 'CinemaTalentPage'),
  errors: [400, 401, 403, 429],
  handler: async ({ req, user, query, locale }) => {
    try {
      // The profiles of the page by SQL when that returns exactly what the Local API would
      // (src/exports/sqlProfilePages.ts: access `true` for every field): measured at 100,000
      // profiles, p50 ~3× lower than reading the 25 profiles at depth 1 (README "Performance").
      if (await fastReadAllowed(req.payload, 'cinema-talents', user!, API_LIST_FIELDS)) {
        const { ids, ...totals } = await searchCinemaTalentIds(req.payload, query, { locale })
        const [hydrate, docs] = await Promise.all([
          referenceNames(req.payload, { nationalities: false }),
          readProfilesBySql<CinemaTalent>(req.payload, 'cinema-talents', API_LIST_FIELDS, ids),
        ])
        return { ...totals, docs: docs.map((doc) => cinemaTalentDto(hydrate(doc))) }
      }
      const result = await searchCinemaTalents(req.payload, query, user!, { locale })
      return { ...result, docs: result.docs.map(cinemaTalentDto) }
    } catch (error) {
      if (error instanceof StaffSearchReferenceError) throw new ApiError(400, 'badRequest', {}, error.errors)
      throw error
    }
  },
})

export const getCinemaTalent = defineRoute({
  method: 'get',
  path: '/cinema-talents/{code}',
  tag: 'cinema',
  summary: 'One cinema profile by code (what the caller may read)',
  access: 'public',
  response: s.cinemaTalent,
  errors: [401, 404, 429],
  handler: async ({ req, params }) => {
    const { docs } = await req.payload.find({
      collection: 'cinema-talents',
      where: { code: { equals: codeParam(params.code) } },
      limit: 1,
      depth: 1,
      ...(sqlReadsEnabled() ? { select: CINEMA_DTO_SELECT, populate: DTO_POPULATE, pagination: false } : {}),
      overrideAccess: false,
      user: req.user,
      req,
    })
    if (!docs[0]) throw new ApiError(404, 'notFound')
    return cinemaTalentDto(docs[0] as CinemaTalent)
  },
})

export const talentRoutes = [listTalents, getTalent, listCinemaTalents, getCinemaTalent]
