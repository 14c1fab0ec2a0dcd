import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'

import { apiKeyPrefix, generateApiKey, hashApiKey, sameHash } from '@/api/apiKeyCrypto'
import { operationsByTag, schemaFields, typeText, type OpenApiLike } from '@/api/docsView'
import { apiLocale } from '@/api/route'
import { apiV1Document, apiV1Routes } from '@endpoints/v1'

const doc = apiV1Document() as unknown as OpenApiLike & { openapi: string }

/** Every object schema reachable in `value`. */
function objectSchemas(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((item) => objectSchemas(item, found))
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (record.type === 'object' && record.properties) found.push(record)
    Object.values(record).forEach((item) => objectSchemas(item, found))
  }
  return found
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 whose schemas compile as JSON Schema 2020-12', () => {
    expect(doc.openapi).toBe('3.1.0')
    const ajv = new Ajv2020({ strict: false })
    ajv.addSchema(doc, 'openapi')
    for (const name of Object.keys(doc.components.schemas)) expect(() => ajv.getSchema(`openapi#/components/schemas/${name}`)).not.toThrow()
  })

  it('response schemas refuse undocumented fields', () => {
    const responses = Object.values(doc.paths).flatMap((methods) => Object.values(methods).map((operation) => operation.responses))
    const objects = objectSchemas([responses, doc.components.schemas])
    expect(objects.length).toBeGreaterThan(20)
    for (const schema of objects) expect(schema.additionalProperties, JSON.stringify(schema).slice(0, 120)).toBe(false)
  })

  it('documents each route with its success, its errors and the error body', () => {
    for (const route of apiV1Routes) {
      const operation = doc.paths[route.path][route.method]
      if (route.files) expect(Object.keys(operation.responses['200'].content!)).toEqual(route.files)
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '500', ...route.errors.map(String)]))
      expect(operation.responses['500'].content!['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' })
    }
  })

  it('documents the query parameters the endpoints validate (staff search included, languages as `language`)', () => {
    const names = (path: string) => doc.paths[path].get.parameters.map((parameter) => parameter.name)
    expect(names('/talents')).toEqual(expect.arrayContaining(['q', 'category', 'country', 'city', 'language', 'skill', 'gender', 'page', 'limit', 'lang']))
    expect(names('/cinema-talents')).toEqual(expect.arrayContaining(['ageMin', 'ageMax', 'heightMin', 'language', 'availability', 'sort', 'limit']))
    const limit = doc.paths['/users'].get.parameters.find((parameter) => parameter.name === 'limit')!
    expect(limit.schema).toMatchObject({ maximum: 100, default: 25 })
  })
})

describe('API keys', () => {
  it('are random, prefixed for lookup, and compared by SHA-256', () => {
    const a = generateApiKey()
    const b = generateApiKey()
    expect(a.key).not.toBe(b.key)
    expect(apiKeyPrefix(a.key)).toBe(a.prefix)
    expect(a.hash).toBe(hashApiKey(a.key))
    expect(a.hash).not.toContain(a.key.split('_').at(-1))
    expect(sameHash(a.hash, hashApiKey(a.key))).toBe(true)
    expect(sameHash(a.hash, b.hash)).toBe(false)
    expect(apiKeyPrefix('tk_short')).toBeNull()
  })
})

describe('API language', () => {
  const req = (url: string, accept?: string) => ({ searchParams: new URL(url).searchParams, headers: new Headers(accept ? { 'accept-language': accept } : {}) }) as never
  it('is French by default, English by ?lang=en or Accept-Language', () => {
    expect(apiLocale(req('http://x/api/v1/countries'))).toBe('fr')
    expect(apiLocale(req('http://x/api/v1/countries?lang=en'))).toBe('en')
    expect(apiLocale(req('http://x/api/v1/countries', 'en-US,en;q=0.8'))).toBe('en')
    expect(apiLocale(req('http://x/api/v1/countries?lang=fr', 'en'))).toBe('fr')
  })
})

describe('docs page view', () => {
  it('groups operations by tag and writes readable types', () => {
    const groups = operationsByTag(doc)
    expect(groups.map((group) => group.tag)).toEqual(['auth', 'reference', 'talents', 'cinema', 'users', 'statistics', 'exports', 'api-keys'])
    expect(typeText({ type: ['string', 'null'] })).toBe('string | null')
    expect(typeText({ type: 'array', items: { $ref: '#/components/schemas/Talent' } })).toBe('Talent[]')
    const talent = schemaFields(doc.components.schemas.Talent)
    expect(talent.find((field) => field.name === 'code')).toMatchObject({ required: true, type: 'string | null' })
    expect(talent.find((field) => field.name === 'phone')).toMatchObject({ required: false })
  })
})
