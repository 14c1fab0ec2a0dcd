import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { clearReferenceCache } from '@/reference-data/referenceCache'

/** An admin edit to countries or cities must show in the public pickers without waiting for the cache to expire. */
export const clearReferenceCacheAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  clearReferenceCache()
  return doc
}

export const clearReferenceCacheAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  clearReferenceCache()
  return doc
}
