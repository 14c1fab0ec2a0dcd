import type { FieldHook } from 'payload'

/** "ci " typed in the admin becomes "CI", so unique codes compare as the loader writes them. */
export const normalizeUpperCaseCode: FieldHook = ({ value }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value
