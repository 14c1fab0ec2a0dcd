import type { PayloadRequest } from 'payload'

import { hasRole, isAdminUser } from '@/access/roles'
import type { PresenceMessages } from '@/i18n/messages/presence'

export type PresenceErrorCode = keyof Pick<
  PresenceMessages['api'],
  'signIn' | 'forbidden' | 'projectForbidden' | 'badRequest' | 'tooMany' | 'badRange'
>

/** A refusal of the presence API; the endpoint answers `{ error: { code, message } }` in the user's language. */
export class PresenceError extends Error {
  constructor(
    readonly status: number,
    readonly code: PresenceErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code)
    this.name = 'PresenceError'
  }
}

export type PresenceProjectRef = { id: number; code: string; title: string }

/** Admins and attendance staff only (SPEC §1); which projects is left to the projects' read access. */
export function assertPresenceUser(req: PayloadRequest): void {
  if (!req.user) throw new PresenceError(401, 'signIn')
  if (!hasRole(req.user, 'admin', 'presence')) throw new PresenceError(403, 'forbidden')
}

export const canForceCheckIn = (req: PayloadRequest): boolean => isAdminUser(req.user)

/**
 * The project, read as the user (`overrideAccess: false`): attendance staff see only the
 * projects whose `presenceStaff` lists them, so another project is refused here.
 */
export async function loadPresenceProject(req: PayloadRequest, id: unknown): Promise<PresenceProjectRef> {
  const projectId = Number(id)
  if (!Number.isInteger(projectId) || projectId <= 0) throw new PresenceError(403, 'projectForbidden')
  const project = await req.payload.findByID({
    collection: 'projects',
    id: projectId,
    select: { code: true, title: true },
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!project) throw new PresenceError(403, 'projectForbidden')
  return { id: project.id, code: project.code ?? String(project.id), title: project.title }
}
