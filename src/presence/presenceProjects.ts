import type { PayloadRequest } from 'payload'

import { relationId } from '@/payload/relationId'
import { ACTIVE_ASSIGNMENT_STATUSES } from './people'
import type { PresenceProject } from './types'

/** Shooting first, then what comes before, then what is over. */
const STATUS_ORDER: Record<string, number> = { shooting: 0, preproduction: 1, development: 2, postproduction: 3, completed: 4, cancelled: 5 }

/**
 * The projects the user may scan: all for admins, those whose `presenceStaff` lists them for
 * attendance staff — the projects' read access decides (`overrideAccess: false`).
 */
export async function listPresenceProjects(req: PayloadRequest): Promise<PresenceProject[]> {
  const asUser = { overrideAccess: false, user: req.user, req } as const
  const { docs: projects } = await req.payload.find({
    collection: 'projects',
    select: { code: true, title: true, status: true, production: true },
    depth: 1,
    pagination: false,
    ...asUser,
  })
  if (projects.length === 0) return []
  const { docs: assignments } = await req.payload.find({
    collection: 'assignments',
    where: { and: [{ project: { in: projects.map((project) => project.id) } }, { status: { in: [...ACTIVE_ASSIGNMENT_STATUSES] } }] },
    select: { project: true },
    depth: 0,
    pagination: false,
    ...asUser,
  })
  const assigned = new Map<number, number>()
  for (const assignment of assignments) {
    const id = relationId(assignment.project)
    if (id) assigned.set(id, (assigned.get(id) ?? 0) + 1)
  }
  return projects
    .map((project) => ({
      id: project.id,
      code: project.code ?? String(project.id),
      title: project.title,
      production: typeof project.production === 'object' && project.production ? project.production.name : '',
      status: project.status,
      assignedCount: assigned.get(project.id) ?? 0,
    }))
    .sort((a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) || a.title.localeCompare(b.title, 'fr'))
}
