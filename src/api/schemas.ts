import { z } from 'zod'

/**
 * The shapes the API answers with. Strict objects: the OpenAPI document says
 * `additionalProperties: false`, so a field that is not documented here cannot be returned
 * without the contract test failing. Optional fields are those Payload's field access may
 * withhold from a caller (a private part of a profile): they are then absent, not null.
 */

export const errorBody = z
  .strictObject({
    error: z.strictObject({
      code: z.string().meta({ description: 'Stable machine-readable code, e.g. `unauthorized`, `rateLimited`.' }),
      message: z.string().meta({ description: 'Human message in the caller’s language (fr by default, en via `?lang=en` or Accept-Language).' }),
      details: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' })

export const pagination = {
  page: z.coerce.number().int().min(1).max(10_000).default(1).meta({ description: 'Page number, from 1.' }),
  limit: z.coerce.number().int().min(1).max(100).default(25).meta({ description: 'Items per page (at most 100).' }),
}

export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .strictObject({
      docs: z.array(item),
      totalDocs: z.number().int(),
      page: z.number().int(),
      limit: z.number().int(),
      totalPages: z.number().int(),
    })
    .meta({ id })
}

export const countryRef = z.strictObject({ iso2: z.string(), nameFr: z.string(), nameEn: z.string(), flag: z.string().nullable() }).meta({ id: 'CountryRef' })
export const cityRef = z.strictObject({ code: z.string(), name: z.string() }).meta({ id: 'CityRef' })
export const namedRef = z.strictObject({ slug: z.string(), nameFr: z.string(), nameEn: z.string() }).meta({ id: 'NamedRef' })
export const languageRef = z.strictObject({ code: z.string(), nameFr: z.string(), nameEn: z.string() }).meta({ id: 'LanguageRef' })

const gender = z.enum(['F', 'M', 'X'])

export const country = z
  .strictObject({
    id: z.number().int(),
    iso2: z.string(),
    nameFr: z.string(),
    nameEn: z.string(),
    flag: z.string().nullable(),
    phonePrefix: z.string().nullable(),
    isAfrican: z.boolean(),
  })
  .meta({ id: 'Country' })

export const city = z
  .strictObject({
    id: z.number().int(),
    name: z.string(),
    code: z.string(),
    population: z.number().nullable(),
    isCapital: z.boolean(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  })
  .meta({ id: 'City' })

export const category = z.strictObject({ id: z.number().int(), slug: z.string(), nameFr: z.string(), nameEn: z.string(), group: z.string() }).meta({ id: 'Category' })
export const skill = category.meta({ id: 'Skill' })
export const language = z.strictObject({ id: z.number().int(), code: z.string(), nameFr: z.string(), nameEn: z.string(), isAfrican: z.boolean() }).meta({ id: 'Language' })
export const nationality = z
  .strictObject({ id: z.number().int(), countryIso2: z.string().nullable(), nameFr: z.string(), nameEn: z.string(), flag: z.string().nullable() })
  .meta({ id: 'Nationality' })

export const user = z
  .strictObject({
    id: z.number().int(),
    email: z.string(),
    username: z.string().nullable(),
    name: z.string().nullable(),
    roles: z.array(z.enum(['admin', 'seo', 'presence', 'talent'])),
    preferredLanguage: z.enum(['fr', 'en']).nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' })

export const languageSkill = z.strictObject({ language: languageRef.nullable(), level: z.string().nullable() })

/** The identity both profile kinds (talent and cinema talent) expose, in the same order. */
const profileIdentity = {
  id: z.number().int(),
  code: z.string().nullable(),
  displayName: z.string().nullable(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  stageName: z.string().nullable().optional(),
  gender: gender.optional(),
  dateOfBirth: z.string().nullable().optional(),
}

export const talent = z
  .strictObject({
    ...profileIdentity,
    phone: z.string().nullable().optional(),
    whatsapp: z.string().nullable().optional(),
    country: countryRef.nullable().optional(),
    city: cityRef.nullable().optional(),
    categories: z.array(namedRef),
    languages: z.array(languageSkill).optional(),
    skills: z.array(namedRef).optional(),
    yearsOfExperience: z.number().nullable().optional(),
    experience: z.string().nullable().optional(),
    isPublic: z.boolean().optional(),
  })
  .meta({ id: 'Talent', description: 'Fields the caller may not read (private parts of a profile) are absent.' })

export const cinemaTalent = z
  .strictObject({
    ...profileIdentity,
    heightCm: z.number().nullable().optional(),
    phone: z.string().nullable().optional(),
    country: countryRef.nullable().optional(),
    city: cityRef.nullable().optional(),
    categories: z.array(namedRef),
    availability: z.enum(['available', 'limited', 'unavailable']).optional(),
    isPublic: z.boolean().optional(),
  })
  .meta({ id: 'CinemaTalent', description: 'Fields the caller may not read are absent.' })

export const production = z
  .strictObject({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    country: countryRef.nullable(),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    website: z.string().nullable(),
  })
  .meta({ id: 'Production' })

export const project = z
  .strictObject({
    id: z.number().int(),
    code: z.string().nullable(),
    title: z.string(),
    productionId: z.number().int().nullable(),
    type: z.string(),
    status: z.string(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    director: z.string().nullable(),
  })
  .meta({ id: 'Project' })

export const assignment = z
  .strictObject({
    id: z.number().int(),
    projectId: z.number().int().nullable(),
    cinemaTalentId: z.number().int().nullable(),
    kind: z.string(),
    roleName: z.string(),
    status: z.string(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
  })
  .meta({ id: 'Assignment' })

export const bucket = z.strictObject({ key: z.string(), label: z.string(), count: z.number().int() }).meta({ id: 'Bucket' })
