import type { CollectionBeforeChangeHook } from 'payload'

/** The name shown everywhere: the stage name when there is one, else first and last name. */
export const setDisplayName: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  const fullName = [merged.firstName, merged.lastName].filter(Boolean).join(' ').trim()
  return { ...data, displayName: (merged.stageName as string | undefined)?.trim() || fullName }
}
