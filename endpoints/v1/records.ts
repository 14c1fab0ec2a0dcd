import type { Sort, Where } from 'payload'
import { z } from 'zod'

import { assignmentDto, productionDto, projectDto, userDto } from '@/api/mappers'
import { ApiError, defineRoute } from '@/api/route'
import * as s from '@/api/schemas'
import { normalizeCode } from '@/codes/formats'
import type { Assignment, Production, Project, User } from '../../payload-types'

const sortOf = <T extends string>(fields: readonly [T, ...T[]], fallback: T) =>
  z.enum([...fields, ...fields.map((field) => `-${field}` as `-${T}`)] as [string, ...string[]]).default(fallback).meta({ description: 'Field to sort on; `-` for descending.' })

const idParam = (value: string): number => {
  const id = Number(value)
  if (!Number.isInteger(id) || id < 1) throw new ApiError(404, 'notFound')
  return id
}

const page = <T>(result: { docs: T[]; totalDocs: number; page?: number; limit: number; totalPages: number }) => ({
  totalDocs: result.totalDocs,
  page: result.page ?? 1,
  limit: result.limit,
  totalPages: result.totalPages,
})

export const listUsers = defineRoute({
  method: 'get',
  path: '/users',
  tag: 'users',
  summary: 'Accounts (admins only)',
  access: 'admin',
  query: z.object({
    role: z.enum(['admin', 'seo', 'presence', 'talent']).optional(),
    sort: sortOf(['email', 'name', 'createdAt'], '-createdAt'),
    ...s.pagination,
  }),
  response: s.pageOf(s.user, 'UserPage'),
  errors: [400, 401, 403, 429],
  handler: async ({ req, query }) => {
    const result = await req.payload.find({
      collection: 'users',
      where: query.role ? { roles: { contains: query.role } } : undefined,
      sort: query.sort as Sort,
      page: query.page,
      limit: query.limit,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    return { docs: result.docs.map((doc) => userDto(doc as User)), ...page(result) }
  },
})

export const getUser = defineRoute({
  method: 'get',
  path: '/users/{id}',
  tag: 'users',
  summary: 'One account (admins only)',
  access: 'admin',
  response: s.user,
  errors: [401, 403, 404, 429],
  handler: async ({ req, params }) =>
    userDto((await req.payload.findByID({ collection: 'users', id: idParam(params.id), depth: 0, overrideAccess: false, user: req.user, req })) as User),
})

export const listProductions = defineRoute({
  method: 'get',
  path: '/productions',
  tag: 'cinema',
  summary: 'Production companies (staff)',
  access: 'staff',
  query: z.object({ sort: sortOf(['name', 'code', 'createdAt'], 'name'), ...s.pagination }),
  response: s.pageOf(s.production, 'ProductionPage'),
  errors: [400, 401, 403, 429],
  handler: async ({ req, query }) => {
    const result = await req.payload.find({
      collection: 'productions',
      sort: query.sort as Sort,
      page: query.page,
      limit: query.limit,
      depth: 1,
      select: { name: true, code: true, country: true, contactName: true, contactEmail: true, contactPhone: true, website: true },
      populate: { countries: { iso2: true, nameFr: true, nameEn: true, flag: true } },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return { docs: result.docs.map((doc) => productionDto(doc as Production)), ...page(result) }
  },
})

const projectStatuses = ['development', 'preproduction', 'shooting', 'postproduction', 'completed', 'cancelled'] as const

export const listProjects = defineRoute({
  method: 'get',
  path: '/projects',
  tag: 'cinema',
  summary: 'Projects (admins: all; attendance staff: the projects they work on)',
  access: 'staff',
  query: z.object({
    status: z.enum(projectStatuses).optional(),
    production: z.coerce.number().int().positive().optional().meta({ description: 'Production id.' }),
    sort: sortOf(['title', 'code', 'startDate', 'createdAt'], '-createdAt'),
    ...s.pagination,
  }),
  response: s.pageOf(s.project, 'ProjectPage'),
  errors: [400, 401, 403, 429],
  handler: async ({ req, query }) => {
    const and: Where[] = []
    if (query.status) and.push({ status: { equals: query.status } })
    if (query.production) and.push({ production: { equals: query.production } })
    const result = await req.payload.find({
      collection: 'projects',
      where: and.length ? { and } : undefined,
      sort: query.sort as Sort,
      page: query.page,
      limit: query.limit,
      depth: 0,
      select: { title: true, code: true, production: true, type: true, status: true, startDate: true, endDate: true, director: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return { docs: result.docs.map((doc) => projectDto(doc as Project)), ...page(result) }
  },
})

export const getProject = defineRoute({
  method: 'get',
  path: '/projects/{code}',
  tag: 'cinema',
  summary: 'One project by code',
  access: 'staff',
  response: s.project,
  errors: [401, 403, 404, 429],
  handler: async ({ req, params }) => {
    const { docs } = await req.payload.find({
      collection: 'projects',
      where: { code: { equals: normalizeCode(params.code.slice(0, 20)) } },
      limit: 1,
      depth: 0,
      select: { title: true, code: true, production: true, type: true, status: true, startDate: true, endDate: true, director: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    if (!docs[0]) throw new ApiError(404, 'notFound')
    return projectDto(docs[0] as Project)
  },
})

export const listAssignments = defineRoute({
  method: 'get',
  path: '/assignments',
  tag: 'cinema',
  summary: 'Assignments of cinema talents to projects',
  access: 'staff',
  query: z.object({
    project: z.coerce.number().int().positive().optional().meta({ description: 'Project id.' }),
    status: z.enum(['proposed', 'confirmed', 'declined', 'completed', 'cancelled']).optional(),
    sort: sortOf(['roleName', 'createdAt', 'startDate'], '-createdAt'),
    ...s.pagination,
  }),
  response: s.pageOf(s.assignment, 'AssignmentPage'),
  errors: [400, 401, 403, 429],
  handler: async ({ req, query }) => {
    const and: Where[] = []
    if (query.project) and.push({ project: { equals: query.project } })
    if (query.status) and.push({ status: { equals: query.status } })
    const result = await req.payload.find({
      collection: 'assignments',
      where: and.length ? { and } : undefined,
      sort: query.sort as Sort,
      page: query.page,
      limit: query.limit,
      depth: 0,
      select: { project: true, cinemaTalent: true, kind: true, roleName: true, status: true, startDate: true, endDate: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return { docs: result.docs.map((doc) => assignmentDto(doc as Assignment)), ...page(result) }
  },
})

export const recordRoutes = [listUsers, getUser, listProductions, listProjects, getProject, listAssignments]
