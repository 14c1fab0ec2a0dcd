import type { PayloadRequest } from 'payload'

import { relationId } from '@/payload/relationId'
import type { CinemaTalent, Photo, Talent } from '../../payload-types'
import type { ScannedCode } from './scannedCode'
import type { ScanTalent } from './types'

/**
 * The people the scanner meets, read as the staff member (`overrideAccess: false` + `user`):
 * a badge carries the cinema profile's code, a person may also give their main talent code;
 * both lead to the cinema profile, which is what projects assign.
 */

export type PresencePerson = {
  /** the cinema profile: set whenever the person has one */
  cinemaTalentId?: number
  /** the main profile: set when its code was scanned (alone when there is no cinema profile) */
  talentId?: number
  code: string
  name: string
  photoUrl?: string
}

/** Statuses of an assignment that let a person on set (declined and cancelled ones don't). */
export const ACTIVE_ASSIGNMENT_STATUSES = ['proposed', 'confirmed', 'completed'] as const
/** Statuses counted as "expected" on the live list. */
export const EXPECTED_ASSIGNMENT_STATUSES = ['proposed', 'confirmed'] as const

const PERSON_SELECT = { code: true, displayName: true, firstName: true, lastName: true, photo: true, user: true } as const

type ProfileDoc = Pick<CinemaTalent | Talent, 'id' | 'code' | 'displayName' | 'firstName' | 'lastName' | 'photo' | 'user'>

function photoUrl(photo: ProfileDoc['photo']): string | undefined {
  if (!photo || typeof photo !== 'object') return undefined
  const { sizes, url } = photo as Photo
  return sizes?.card?.url || sizes?.thumbnail?.url || url || undefined
}

const nameOf = (doc: ProfileDoc) => doc.displayName || [doc.firstName, doc.lastName].filter(Boolean).join(' ') || doc.code || `#${doc.id}`

function fromCinema(doc: ProfileDoc, talentId?: number): PresencePerson {
  return { cinemaTalentId: doc.id, talentId, code: doc.code ?? '', name: nameOf(doc), photoUrl: photoUrl(doc.photo) }
}

function fromTalent(doc: ProfileDoc): PresencePerson {
  return { talentId: doc.id, code: doc.code ?? '', name: nameOf(doc), photoUrl: photoUrl(doc.photo) }
}

export function scanTalentOf(person: PresencePerson, role?: string | null): ScanTalent {
  const talent: ScanTalent = person.cinemaTalentId
    ? { kind: 'cinema', id: person.cinemaTalentId, code: person.code, name: person.name }
    : { kind: 'talent', id: person.talentId as number, code: person.code, name: person.name }
  if (person.photoUrl) talent.photoUrl = person.photoUrl
  if (role) talent.role = role
  return talent
}

/** The lock and query key of a person: their cinema profile, or their main profile alone. */
export function personKey(person: PresencePerson): string {
  return person.cinemaTalentId ? `c${person.cinemaTalentId}` : `t${person.talentId}`
}

const asUser = (req: PayloadRequest) => ({ overrideAccess: false, user: req.user, req }) as const

async function cinemaProfileOfUser(req: PayloadRequest, userId: number | undefined): Promise<ProfileDoc | undefined> {
  if (!userId) return undefined
  const { docs } = await req.payload.find({
    collection: 'cinema-talents',
    where: { user: { equals: userId } },
    select: PERSON_SELECT,
    depth: 1,
    limit: 1,
    sort: 'createdAt',
    ...asUser(req),
  })
  return docs[0]
}

/** The person behind a scanned code, or null when no profile the user may see has it. */
export async function findPersonByCode(req: PayloadRequest, scanned: ScannedCode): Promise<PresencePerson | null> {
  const collection = scanned.kind === 'cinema' ? 'cinema-talents' : 'talents'
  const { docs } = await req.payload.find({
    collection,
    where: { code: { equals: scanned.code } },
    select: PERSON_SELECT,
    depth: 1,
    limit: 1,
    ...asUser(req),
  })
  const doc = docs[0] as ProfileDoc | undefined
  if (!doc) return null
  if (scanned.kind === 'cinema') return fromCinema(doc)
  // A main code: the same person's cinema profile holds the project assignments.
  const cinema = await cinemaProfileOfUser(req, relationId(doc.user))
  return cinema ? fromCinema(cinema, doc.id) : fromTalent(doc)
}

/** Cinema profiles by id (the bulk actions and the live list name people by cinema profile). */
export async function findCinemaPeople(req: PayloadRequest, ids: number[]): Promise<Map<number, PresencePerson>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'cinema-talents',
    where: { id: { in: [...new Set(ids)] } },
    select: PERSON_SELECT,
    depth: 1,
    pagination: false,
    ...asUser(req),
  })
  return new Map(docs.map((doc) => [doc.id, fromCinema(doc as ProfileDoc)]))
}

/** Main profiles by id (attendances forced for someone with no cinema profile). */
export async function findTalentPeople(req: PayloadRequest, ids: number[]): Promise<Map<number, PresencePerson>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'talents',
    where: { id: { in: [...new Set(ids)] } },
    select: PERSON_SELECT,
    depth: 1,
    pagination: false,
    ...asUser(req),
  })
  return new Map(docs.map((doc) => [doc.id, fromTalent(doc as ProfileDoc)]))
}

/** The person's active assignment on the project (its role), or null when they are not on it. */
export async function findActiveAssignment(
  req: PayloadRequest,
  projectId: number,
  cinemaTalentId: number | undefined,
): Promise<{ id: number; roleName: string } | null> {
  if (!cinemaTalentId) return null
  const { docs } = await req.payload.find({
    collection: 'assignments',
    where: {
      and: [{ project: { equals: projectId } }, { cinemaTalent: { equals: cinemaTalentId } }, { status: { in: [...ACTIVE_ASSIGNMENT_STATUSES] } }],
    },
    select: { roleName: true },
    depth: 0,
    limit: 1,
    ...asUser(req),
  })
  return docs[0] ? { id: docs[0].id, roleName: docs[0].roleName } : null
}
