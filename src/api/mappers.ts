import type { z } from 'zod'

import type { Assignment, CinemaTalent, City, Country, Production, Project, Talent, User } from '../../payload-types'
import type * as s from './schemas'

/**
 * Payload documents → API shapes. A key Payload left out (field access) stays out, so the
 * API never answers more than the caller may read; relations become small references.
 */

type Maybe<T> = number | T | null | undefined
const obj = <T>(value: Maybe<T>): T | null => (value && typeof value === 'object' ? value : null)
const idOf = (value: Maybe<{ id: number }>): number | null => (typeof value === 'number' ? value : (value?.id ?? null))

/** Copies the keys present in `doc` (withheld ones stay absent). */
function present<T extends object, K extends keyof T>(doc: T, keys: K[], nullable = true): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {}
  for (const key of keys) if (key in doc) out[key] = (doc[key] ?? (nullable ? null : undefined)) as T[K]
  return out
}

export function countryRefOf(value: Maybe<Country>): z.input<typeof s.countryRef> | null {
  const country = obj(value)
  return country ? { iso2: country.iso2, nameFr: country.nameFr, nameEn: country.nameEn, flag: country.flag ?? null } : null
}

export function cityRefOf(value: Maybe<City>): z.input<typeof s.cityRef> | null {
  const city = obj(value)
  return city ? { code: city.code, name: city.name } : null
}

function namedRefs(values: unknown): z.input<typeof s.namedRef>[] {
  if (!Array.isArray(values)) return []
  return values.flatMap((value) => (value && typeof value === 'object' && 'slug' in value ? [{ slug: value.slug, nameFr: value.nameFr, nameEn: value.nameEn }] : []))
}

export function userDto(user: User): z.input<typeof s.user> {
  return {
    id: user.id,
    email: user.email,
    username: user.username ?? null,
    name: user.name ?? null,
    roles: user.roles ?? [],
    preferredLanguage: user.preferredLanguage ?? null,
    createdAt: user.createdAt,
  }
}

export function talentDto(doc: Talent): z.input<typeof s.talent> {
  const out: z.input<typeof s.talent> = {
    id: doc.id,
    code: doc.code ?? null,
    displayName: doc.displayName ?? null,
    ...present(doc, ['stageName', 'dateOfBirth', 'phone', 'whatsapp', 'yearsOfExperience', 'experience']),
    ...present(doc, ['firstName', 'lastName', 'gender'], false),
    categories: namedRefs(doc.categories),
  }
  if ('country' in doc) out.country = countryRefOf(doc.country)
  if ('city' in doc) out.city = cityRefOf(doc.city)
  if ('skills' in doc) out.skills = namedRefs(doc.skills)
  if ('languages' in doc) {
    out.languages = (doc.languages ?? []).map((row) => {
      const language = obj(row.language as Maybe<{ code: string; nameFr: string; nameEn: string }>)
      return { language: language ? { code: language.code, nameFr: language.nameFr, nameEn: language.nameEn } : null, level: (row.level as string | null | undefined) ?? null }
    })
  }
  if ('isPublic' in doc) out.isPublic = Boolean(doc.isPublic)
  return out
}

export function cinemaTalentDto(doc: CinemaTalent): z.input<typeof s.cinemaTalent> {
  const out: z.input<typeof s.cinemaTalent> = {
    id: doc.id,
    code: doc.code ?? null,
    displayName: doc.displayName ?? null,
    ...present(doc, ['stageName', 'dateOfBirth', 'heightCm', 'phone']),
    ...present(doc, ['firstName', 'lastName', 'gender', 'availability'], false),
    categories: namedRefs(doc.categories),
  }
  if ('country' in doc) out.country = countryRefOf(doc.country)
  if ('city' in doc) out.city = cityRefOf(doc.city)
  if ('isPublic' in doc) out.isPublic = Boolean(doc.isPublic)
  return out
}

export function productionDto(doc: Production): z.input<typeof s.production> {
  return {
    id: doc.id,
    code: doc.code,
    name: doc.name,
    country: countryRefOf(doc.country),
    contactName: doc.contactName ?? null,
    contactEmail: doc.contactEmail ?? null,
    contactPhone: doc.contactPhone ?? null,
    website: doc.website ?? null,
  }
}

export function projectDto(doc: Project): z.input<typeof s.project> {
  return {
    id: doc.id,
    code: doc.code ?? null,
    title: doc.title,
    productionId: idOf(doc.production),
    type: doc.type,
    status: doc.status,
    startDate: doc.startDate ?? null,
    endDate: doc.endDate ?? null,
    director: doc.director ?? null,
  }
}

export function assignmentDto(doc: Assignment): z.input<typeof s.assignment> {
  return {
    id: doc.id,
    projectId: idOf(doc.project),
    cinemaTalentId: idOf(doc.cinemaTalent),
    kind: doc.kind,
    roleName: doc.roleName,
    status: doc.status,
    startDate: doc.startDate ?? null,
    endDate: doc.endDate ?? null,
  }
}
