import type { CollectionBeforeChangeHook } from 'payload'

import { nationalityLabel } from '@/reference-data/nationalityLabel'

/** Keeps the picker label ("🇨🇮 Ivoirienne") in step with the flag and the French name. */
export const composeLabel: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const flag = data.flag ?? originalDoc?.flag
  const nameFr = data.nameFr ?? originalDoc?.nameFr
  if (typeof nameFr === 'string') data.label = nationalityLabel(flag, nameFr)
  return data
}
