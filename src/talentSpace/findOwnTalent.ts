import type { Payload, PayloadRequest } from 'payload'

import type { Talent, User } from '../../payload-types'

/**
 * The signed-in person's talent profile, read *as them* (access rules applied, so encrypted
 * fields come back in plaintext for their owner), or null when they have none.
 */
export async function findOwnTalent(
  payload: Payload,
  user: User,
  { depth = 0, req }: { depth?: number; req?: PayloadRequest } = {},
): Promise<Talent | null> {
  // The `user` field is readable only once a document is at hand (owner or staff), so Payload
  // refuses it as a query path for a talent: find the id by the caller's own id without
  // access rules, then read the profile with them.
  const { docs } = await payload.find({
    collection: 'talents',
    where: { user: { equals: user.id } },
    limit: 1,
    depth: 0,
    select: { code: true },
    req,
  })
  if (!docs[0]) return null
  return payload.findByID({ collection: 'talents', id: docs[0].id, depth, overrideAccess: false, user, req })
}
