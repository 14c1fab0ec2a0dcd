import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '@/access'

/** A document someone creates is theirs; only staff may create one on behalf of another person. */
export const setOwnerOnCreate: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user) return data
  if (isStaffUser(req.user) && data.owner) return data
  return { ...data, owner: req.user.id }
}
