import { APIError, getPayload, type PayloadRequest } from 'payload'
import sharp from 'sharp'

import { ASSIGNMENT_STATUS_OPTIONS } from '@/cinema/cinemaOptions'
import { format } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { getBadgeMessages } from '@/i18n/messages/badges'
import { relationId } from '@/payload/relationId'
import { QR_PIXELS } from '@/pdf/badgeLayout'
import type { Badge, BadgeImage, BadgeKind } from '@/pdf/badgeTypes'
import type { BadgeTexts } from '@/pdf/renderBadges'
import { cinemaProfileUrl } from '@/qr/publicProfileUrl'
import { qrPng } from '@/qr/qrCode'
import { readUploadFile } from '@/storage/uploadFiles'
import type { Assignment, CinemaTalent, Photo, ProductionLogo } from '../../payload-types'

/**
 * Gathers what the badges print, as the person asking: every read goes through the
 * collections' access rules (`overrideAccess: false`), so attendance staff get only the
 * projects they are assigned to. Photo and logo files are read here and nowhere else.
 *
 * A project's badges come back without their photos and QR codes (`PendingBadge`): the PDF
 * renderer asks for them through `loadBadgeImages` a chunk of sheets at a time, so that a
 * 500-person project never holds 500 photos at once (src/pdf/renderBadges.ts).
 */

export type AssignmentStatus = Assignment['status']
const STATUSES = ASSIGNMENT_STATUS_OPTIONS.map((option) => option.value) as AssignmentStatus[]
/** People who declined or were cancelled don't come on set: no badge unless asked for by status. */
export const DEFAULT_BADGE_STATUSES: AssignmentStatus[] = ['proposed', 'confirmed', 'completed']

/** Cast first, then crew, then extras; by name within each. */
const KIND_ORDER: Record<BadgeKind, number> = { cast: 0, crew: 1, extra: 2 }

type Caller = { req: PayloadRequest; locale: Locale }
/** A badge's texts and logo, with the photo document whose file is read when the badge is drawn. */
export type PendingBadge = BadgeTexts & { photoFile: Photo | null }
export type ProjectBadges = { projectTitle: string; projectCode: string; badges: PendingBadge[] }

/** `?status=confirmed` or `confirmed,proposed` → the statuses; a clear 400 for anything else. */
export function parseBadgeStatuses(value: string | null | undefined, locale: Locale): AssignmentStatus[] {
  if (!value?.trim()) return DEFAULT_BADGE_STATUSES
  const requested = value.split(',').map((status) => status.trim()).filter(Boolean)
  const unknown = requested.find((status) => !STATUSES.includes(status as AssignmentStatus))
  if (unknown !== undefined) {
    const { badStatus } = getBadgeMessages(locale).api
    throw new APIError(format(badStatus, { status: unknown.slice(0, 40), allowed: STATUSES.join(', ') }), 400, undefined, true)
  }
  return [...new Set(requested)] as AssignmentStatus[]
}

/** The badges of a project's assignments with one of `statuses`, in print order. 404 when there is none. */
export async function loadProjectBadges({ req, locale }: Caller, projectId: number, statuses = DEFAULT_BADGE_STATUSES): Promise<ProjectBadges> {
  const messages = getBadgeMessages(locale).api
  const project = await findProject(req, projectId)
  if (!project) throw new APIError(messages.projectNotFound, 404, undefined, true)

  const { docs: assignments } = await req.payload.find({
    collection: 'assignments',
    where: { and: [{ project: { equals: project.id } }, { status: { in: statuses } }] },
    select: { cinemaTalent: true, kind: true, roleName: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (assignments.length === 0) {
    const isDefault = statuses === DEFAULT_BADGE_STATUSES
    const message = isDefault ? messages.noAssignments : messages.noAssignmentsWithStatus
    throw new APIError(format(message, { code: project.code, status: statuses.join(', ') }), 404, undefined, true)
  }
  const badges = await buildBadges({ req, locale }, project, assignments)
  return { projectTitle: project.title, projectCode: project.code, badges: sortBadges(badges) }
}

/** The badge of one assignment (whatever its status: it was asked for by name). */
export async function loadAssignmentBadge({ req, locale }: Caller, assignmentId: number): Promise<ProjectBadges> {
  const messages = getBadgeMessages(locale).api
  const assignment = await req.payload.findByID({
    collection: 'assignments',
    id: assignmentId,
    select: { project: true, cinemaTalent: true, kind: true, roleName: true },
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const project = assignment ? await findProject(req, relationId(assignment.project)) : null
  if (!assignment || !project) throw new APIError(messages.assignmentNotFound, 404, undefined, true)
  const badges = await buildBadges({ req, locale }, project, [assignment])
  return { projectTitle: project.title, projectCode: project.code, badges }
}

type ProjectInfo = { id: number; title: string; code: string; productionId: number | undefined }

async function findProject(req: PayloadRequest, id: number | undefined): Promise<ProjectInfo | null> {
  if (!id) return null
  const project = await req.payload.findByID({
    collection: 'projects',
    id,
    select: { title: true, code: true, production: true },
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!project) return null
  return { id: project.id, title: project.title, code: project.code ?? String(project.id), productionId: relationId(project.production) }
}

type AssignmentPart = Pick<Assignment, 'id' | 'cinemaTalent' | 'kind' | 'roleName'>

async function buildBadges({ req, locale }: Caller, project: ProjectInfo, assignments: AssignmentPart[]): Promise<PendingBadge[]> {
  const production = project.productionId
    ? await req.payload.findByID({
        collection: 'productions',
        id: project.productionId,
        select: { name: true, logo: true },
        depth: 1,
        disableErrors: true,
        overrideAccess: false,
        user: req.user,
        req,
      })
    : null
  const logo = production && typeof production.logo === 'object' && production.logo ? await readLogo(production.logo) : null

  const talentIds = [...new Set(assignments.map((assignment) => relationId(assignment.cinemaTalent)).filter((id): id is number => Boolean(id)))]
  const { docs: talents } = await req.payload.find({
    collection: 'cinema-talents',
    where: { id: { in: talentIds } },
    select: { code: true, displayName: true, firstName: true, lastName: true, photo: true },
    depth: 1,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const talentsById = new Map(talents.map((talent) => [talent.id, talent]))

  const badges: PendingBadge[] = []
  for (const assignment of assignments) {
    const talent = talentsById.get(relationId(assignment.cinemaTalent) ?? -1)
    if (!talent) continue // a profile deleted since: its assignment has nothing to print
    const name = talent.displayName || [talent.firstName, talent.lastName].filter(Boolean).join(' ')
    if (!talent.code) {
      throw new APIError(format(getBadgeMessages(locale).api.missingCode, { name }), 409, undefined, true)
    }
    badges.push({
      name,
      initials: initialsOf(talent),
      photoFile: typeof talent.photo === 'object' && talent.photo ? talent.photo : null,
      roleName: assignment.roleName,
      kind: assignment.kind,
      projectTitle: project.title,
      projectCode: project.code,
      productionName: production?.name ?? '',
      productionLogo: logo,
      cinemaCode: talent.code,
      profileUrl: cinemaProfileUrl(talent.code),
    })
  }
  return badges
}

/** The photos and QR codes of `badges` (a chunk of the PDF), read one badge after the other. */
export async function loadBadgeImages(badges: PendingBadge[]): Promise<Badge[]> {
  const loaded: Badge[] = []
  for (const { photoFile, ...badge } of badges) {
    const photo = photoFile ? await readPhoto(photoFile) : null
    loaded.push({ ...badge, photo, qrDataUrl: `data:image/png;base64,${(await qrPngForPdf(badge.profileUrl)).toString('base64')}` })
  }
  return loaded
}

/**
 * The QR code as an opaque greyscale PNG. qrPng's PNG has an alpha channel, which the PDF writer
 * (pdfkit) can only embed by inflating the pixels and splitting them (1.2 MB per 544-pixel code,
 * every code of a document in flight at once: ≈ 600 MB for 500 badges); an opaque greyscale PNG
 * is copied into the PDF as it is, and weighs half as much there.
 */
async function qrPngForPdf(url: string): Promise<Buffer> {
  const png = await qrPng(url, { size: QR_PIXELS })
  return sharp(png).removeAlpha().toColourspace('b-w').png({ compressionLevel: 9 }).toBuffer()
}

function sortBadges<T extends Pick<Badge, 'kind' | 'name'>>(badges: T[]): T[] {
  return [...badges].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, 'fr'))
}

/** Two letters for the photo placeholder: first and last name, else the first two words of the name. */
export function initialsOf(talent: Pick<CinemaTalent, 'firstName' | 'lastName' | 'displayName'>): string {
  const words = talent.firstName && talent.lastName ? [talent.firstName, talent.lastName] : (talent.displayName ?? '').split(/\s+/)
  return words
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0]!.toLocaleUpperCase('fr'))
    .join('')
}

type UploadDoc = Pick<Photo | ProductionLogo, 'filename'> & { sizes?: Record<string, { filename?: string | null } | undefined> | null }

/** The bytes of an upload's resized version `size`, else of its original; null when the file is gone. */
async function readUpload(collection: 'photos' | 'production-logos', doc: UploadDoc, size: string): Promise<Buffer | null> {
  const names = [doc.sizes?.[size]?.filename, doc.filename].filter((name): name is string => Boolean(name))
  // Local disk or the S3 bucket, whichever the files are stored in (src/storage/uploadFiles.ts).
  const payload = names.length > 0 ? await getPayload({ config: (await import('@payload-config')).default }) : null
  for (const name of names) {
    try {
      const bytes = await readUploadFile(payload!, collection, name)
      if (bytes) return bytes
    } catch {
      // try the next one
    }
  }
  if (names.length > 0) console.warn(`[badges] fichier introuvable (${collection}) : ${names.join(', ')}`)
  return null
}

/** The talent's photo, cropped to the badge's 4:5 frame (the "card" size already is) as JPEG. */
export async function readPhoto(photo: Photo): Promise<BadgeImage | null> {
  const bytes = await readUpload('photos', photo as UploadDoc, 'card')
  if (!bytes) return null
  try {
    const data = await sharp(bytes).rotate().resize(480, 600, { fit: 'cover', position: 'attention' }).jpeg({ quality: 85 }).toBuffer()
    return { data, format: 'jpg' }
  } catch {
    return null
  }
}

/** The production logo as PNG (logos may be WEBP, which PDF cannot embed), transparency kept. */
async function readLogo(logo: ProductionLogo): Promise<BadgeImage | null> {
  const bytes = await readUpload('production-logos', logo as UploadDoc, 'badge')
  if (!bytes) return null
  try {
    const data = await sharp(bytes).resize(400, 160, { fit: 'inside', withoutEnlargement: true }).png().toBuffer()
    return { data, format: 'png' }
  } catch {
    return null
  }
}
