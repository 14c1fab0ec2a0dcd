/**
 * Turns the OpenAPI document into what the /api-docs page shows: operations grouped by tag,
 * schemas as field tables, types as short readable text (`string | null`, `Talent[]`).
 */

export type JsonSchema = {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  items?: JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  description?: string
  default?: unknown
  minimum?: number
  maximum?: number
  maxLength?: number
  pattern?: string
}

export type DocParameter = { name: string; in: string; required?: boolean; description?: string; schema: JsonSchema }
export type DocOperation = {
  method: string
  path: string
  operationId: string
  summary: string
  description?: string
  tags: string[]
  parameters: DocParameter[]
  requestBody?: { content: Record<string, { schema: JsonSchema }> }
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>
}

export type OpenApiLike = {
  info: { title: string; version: string; description?: string }
  servers?: { url: string }[]
  paths: Record<string, Record<string, Omit<DocOperation, 'method' | 'path'>>>
  components: { schemas: Record<string, JsonSchema> }
}

const SAFE_INTEGER = 9007199254740991

export const refName = (ref: string): string => ref.split('/').at(-1) ?? ref

/** A one-line type: `string | null`, `"F" | "M" | "X"`, `Talent[]`, `object`. */
export function typeText(schema: JsonSchema | undefined): string {
  if (!schema) return 'any'
  if (schema.$ref) return refName(schema.$ref)
  if (schema.const !== undefined) return JSON.stringify(schema.const)
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ')
  const union = schema.anyOf ?? schema.oneOf
  if (union) return union.map(typeText).join(' | ')
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []
  if (!types.length) return 'any'
  return types.map((type) => (type === 'array' ? `${typeText(schema.items)}[]` : type)).join(' | ')
}

/** Bounds and defaults worth showing beside a type. */
export function constraintsText(schema: JsonSchema | undefined): string[] {
  if (!schema) return []
  const out: string[] = []
  if (schema.minimum !== undefined && Math.abs(schema.minimum) !== SAFE_INTEGER) out.push(`≥ ${schema.minimum}`)
  if (schema.maximum !== undefined && Math.abs(schema.maximum) !== SAFE_INTEGER) out.push(`≤ ${schema.maximum}`)
  if (schema.maxLength !== undefined) out.push(`max ${schema.maxLength}`)
  if (schema.default !== undefined && !(Array.isArray(schema.default) && schema.default.length === 0)) out.push(`default ${JSON.stringify(schema.default)}`)
  return out
}

export function schemaFields(schema: JsonSchema): { name: string; type: string; required: boolean; description?: string; constraints: string[] }[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    type: typeText(property),
    required: Boolean(schema.required?.includes(name)),
    description: property.description,
    constraints: constraintsText(property),
  }))
}

/** Operations grouped by their first tag, in document order. */
export function operationsByTag(document: OpenApiLike): { tag: string; operations: DocOperation[] }[] {
  const groups = new Map<string, DocOperation[]>()
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const tag = operation.tags?.[0] ?? 'other'
      if (!groups.has(tag)) groups.set(tag, [])
      groups.get(tag)!.push({ ...operation, method, path })
    }
  }
  return [...groups].map(([tag, operations]) => ({ tag, operations }))
}

/** Schema names an operation refers to directly, for links. */
export function referencedSchemas(schema: JsonSchema | undefined): string[] {
  if (!schema) return []
  const names = new Set<string>()
  JSON.stringify(schema).replace(/"\$ref":"#\/components\/schemas\/(\w+)"/g, (_, name: string) => {
    names.add(name)
    return ''
  })
  return [...names]
}
