/** The id of a relationship value, whether Payload returned it populated (an object) or as an id. */
export function relationId(value: unknown): number | undefined {
  if (value && typeof value === 'object') return (value as { id: number }).id
  return typeof value === 'number' ? value : undefined
}
