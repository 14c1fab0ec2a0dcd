import type { Payload, TypedUser } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { cinemaTalentSelect } from '@/exports/cinemaTalentExport'
import { fastReadAllowed, readProfilesBySql } from '@/exports/sqlProfilePages'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

/**
 * The exports' (and the API list's) SQL read of profiles must return exactly what the Local API
 * returns as the same user at depth 0 — same keys, same values, private fields decrypted — and
 * must refuse itself (fastReadAllowed false) whenever access depends on the caller or the row.
 */
let payload: Payload
const ids: { cinema: number[]; talents: number[] } = { cinema: [], talents: [] }
let admin: TypedUser
let seo: TypedUser
let talentUser: TypedUser

const PRIVATE = { phone: '+225 07 11 22 33', whatsapp: '+225 05 44 55 66', address: 'Rue des Jardins, Cocody', idDocumentNumber: 'CNI-778899', emergencyContact: 'Mariam Ouattara' }
const TALENT_FIELDS = ['code', 'firstName', 'lastName', 'stageName', 'gender', 'dateOfBirth', 'nationality', 'country', 'city', 'categories', 'languages', 'skills', 'isPublic', 'createdAt', 'displayName', 'yearsOfExperience', ...Object.keys(PRIVATE)]

async function one(collection: 'categories' | 'skills' | 'languages' | 'countries' | 'nationalities', where: Record<string, unknown>) {
  const { docs } = await payload.find({ collection, where: where as never, limit: 2, depth: 0 })
  return docs.map((doc) => doc.id)
}

const asUser = (user: { id: number; roles?: string[] | null }) => ({ ...user, collection: 'users' }) as unknown as TypedUser

beforeAll(async () => {
  payload = await getTestPayload()
  const [country] = await one('countries', { iso2: { equals: 'CI' } })
  const { docs: cities } = await payload.find({ collection: 'cities', where: { country: { equals: country } }, limit: 1, depth: 0 })
  const categories = await one('categories', { slug: { in: ['acteur', 'figurant'] } })
  const skills = await one('skills', { slug: { in: ['chant', 'rap'] } })
  const [fr] = await one('languages', { code: { equals: 'fr' } })
  const [dyu] = await one('languages', { code: { equals: 'dyu' } })
  const [nationality] = await one('nationalities', {})
  const common = {
    gender: 'F' as const,
    dateOfBirth: '1991-07-30',
    nationality,
    country,
    city: cities[0].id,
    categories,
    skills,
    languages: [
      { language: fr, level: 'native' as const },
      { language: dyu, level: 'intermediate' as const },
    ],
    yearsOfExperience: 7,
    ...PRIVATE,
  }
  for (const [index, stageName] of [['0', 'La Voix'], ['1', undefined]] as const) {
    const owner = await createUser(payload, { roles: ['talent'] })
    const cinema = await payload.create({
      collection: 'cinema-talents',
      data: { ...common, user: owner.id, firstName: `Awa ${index}`, lastName: 'Sangaré', stageName, heightCm: 168, weightKg: 61, availability: 'limited', rate: 90000, rateCurrency: 'XOF', rateUnit: 'day', isPublic: index === '0' },
    })
    ids.cinema.push(cinema.id)
    const other = await createUser(payload, { roles: ['talent'] })
    const talent = await payload.create({ collection: 'talents', data: { ...common, user: other.id, firstName: `Awa ${index}`, lastName: 'Sangaré', stageName, experience: 'Théâtre', isPublic: index === '1' } })
    ids.talents.push(talent.id)
  }
  admin = asUser(await createUser(payload, { roles: ['admin'] }))
  seo = asUser(await createUser(payload, { roles: ['seo'] }))
  talentUser = asUser(await createUser(payload, { roles: ['talent'] }))
})

describe('export pages read by SQL', () => {
  it('cinema talents: the same documents as the Local API at depth 0, for an admin (private fields decrypted) and an SEO manager', async () => {
    for (const [user, withPrivate] of [[admin, true], [seo, false]] as const) {
      const select = cinemaTalentSelect(withPrivate)
      const fields = Object.keys(select)
      expect(await fastReadAllowed(payload, 'cinema-talents', user, fields)).toBe(true)
      const viaSql = await readProfilesBySql(payload, 'cinema-talents', fields, [...ids.cinema].reverse())
      const { docs } = await payload.find({ collection: 'cinema-talents', where: { id: { in: ids.cinema } }, select, depth: 0, pagination: false, overrideAccess: false, user })
      const viaApi = [...ids.cinema].reverse().map((id) => docs.find((doc) => doc.id === id))
      expect(viaSql).toEqual(viaApi)
      if (withPrivate) expect(viaSql[0]).toMatchObject(PRIVATE)
    }
  })

  it('talents: the same documents as the Local API at depth 0', async () => {
    const viaSql = await readProfilesBySql<{ languages: unknown[] }>(payload, 'talents', TALENT_FIELDS, ids.talents)
    const select = Object.fromEntries(TALENT_FIELDS.map((name) => [name, true]))
    const { docs } = await payload.find({ collection: 'talents', where: { id: { in: ids.talents } }, select, depth: 0, pagination: false, overrideAccess: false, user: admin, sort: 'id' })
    expect(viaSql).toEqual(docs)
    expect(viaSql[0].languages).toHaveLength(2)
  })

  it('is refused when access depends on the reader: a talent (row constraint, owner-only fields) keeps the Local API read', async () => {
    expect(await fastReadAllowed(payload, 'cinema-talents', talentUser, ['code', 'displayName'])).toBe(false)
    expect(await fastReadAllowed(payload, 'talents', talentUser, ['code'])).toBe(false)
    // A field the SQL read does not know (a computed or upload field) is refused too.
    expect(await fastReadAllowed(payload, 'cinema-talents', admin, ['code', 'photo'])).toBe(false)
  })
})
