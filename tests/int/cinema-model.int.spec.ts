import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { parseCinemaCode, parseProjectCode } from '@/codes/formats'
import type { City, Country } from '../../payload-types'
import { relationId } from '@/payload/relationId'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

let payload: Payload
let ivoryCoast: Country
let abidjan: City
let categoryId: number

beforeAll(async () => {
  payload = await getTestPayload()
  ivoryCoast = (await payload.find({ collection: 'countries', where: { iso2: { equals: 'CI' } }, limit: 1 })).docs[0]
  abidjan = (await payload.find({ collection: 'cities', where: { code: { equals: 'ABJ' }, country: { equals: ivoryCoast.id } }, limit: 1 })).docs[0]
  categoryId = (await payload.find({ collection: 'categories', limit: 1 })).docs[0].id
})

/** A city of its own (one nobody else's tests register in), so its sequence starts from zero. */
async function quietCity(iso2: string): Promise<{ country: Country; city: City }> {
  const country = (await payload.find({ collection: 'countries', where: { iso2: { equals: iso2 } }, limit: 1 })).docs[0]
  const city = (await payload.find({ collection: 'cities', where: { country: { equals: country.id } }, sort: 'population', limit: 1 })).docs[0]
  return { country, city }
}

async function createCinemaTalent(place: { country: Country; city: City }, gender: 'F' | 'M' | 'X' = 'F', extra: Record<string, unknown> = {}) {
  const user = await createUser(payload, { roles: ['talent'] })
  return payload.create({
    collection: 'cinema-talents',
    data: {
      user: user.id,
      firstName: 'Awa',
      lastName: 'Koné',
      gender,
      dateOfBirth: '1995-04-12',
      country: place.country.id,
      city: place.city.id,
      categories: [categoryId],
      availability: 'available',
      ...extra,
    },
  })
}

async function createProduction(code: string) {
  return payload.create({ collection: 'productions', data: { name: `Production ${code}`, code, country: ivoryCoast.id } })
}

describe('cinema codes', () => {
  it('issues PPVVVNNNNNG from the country, the city and the gender', async () => {
    const talent = await createCinemaTalent({ country: ivoryCoast, city: abidjan }, 'M')
    expect(talent.code).toMatch(/^CIABJ\d{5}M$/)
    expect(parseCinemaCode(talent.code)).toMatchObject({ country: 'CI', cityCode: 'ABJ', gender: 'M' })
  })

  it('numbers each city on its own, apart from talent codes: the first in a quiet city is 00001', async () => {
    const place = await quietCity('IS')
    const first = await createCinemaTalent(place, 'X')
    expect(first.code).toBe(`IS${place.city.code}00001X`)
  })

  it('gives 50 simultaneous creations in one city 50 distinct consecutive codes', async () => {
    const place = await quietCity('LU')
    const talents = await Promise.all(Array.from({ length: 50 }, () => createCinemaTalent(place)))
    const numbers = talents.map((talent) => parseCinemaCode(talent.code)!.sequence).sort((a, b) => a - b)
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, index) => index + 1))
  })

  it('refuses a new profile with a clear message when the city’s 99,999 numbers are used, issuing nothing', async () => {
    const place = await quietCity('MT')
    await payload.db.drizzle.execute(
      sql`INSERT INTO code_sequences (scope, last_value) VALUES (${`cinema:MT:${place.city.code}`}, 99999) ON CONFLICT (scope) DO UPDATE SET last_value = 99999`,
    )
    const error = await createCinemaTalent(place).catch((caught) => caught)
    expect(error.status).toBe(409)
    expect(error.message).toMatch(/Plus aucun code disponible/)
    const { totalDocs } = await payload.count({ collection: 'cinema-talents', where: { city: { equals: place.city.id } } })
    expect(totalDocs).toBe(0)
  })

  it('signs in with the cinema code when the account’s username is its talent code', async () => {
    const talent = await createCinemaTalent({ country: ivoryCoast, city: abidjan })
    const user = await payload.findByID({ collection: 'users', id: relationId(talent.user)! })
    // A person who registered as a talent first keeps that code as username…
    await payload.update({ collection: 'users', id: user.id, data: { username: `CIF9${String(talent.id).padStart(3, '0').slice(-3)}ABJ` } })
    const password = 'Secret-Pass-42'
    // …and still signs in with the cinema code, in any case.
    const result = await payload.login({ collection: 'users', data: { username: talent.code!.toLowerCase(), password } })
    expect(result.user?.id).toBe(user.id)
  })
})

describe('productions and projects', () => {
  it('issues CCIIISSSNNN per production company, in sequence', async () => {
    const akwaba = await createProduction('AKW')
    const other = await createProduction('OTH')
    const first = await payload.create({ collection: 'projects', data: { title: 'Le Retour', production: akwaba.id, type: 'FLM', status: 'preproduction' } })
    const second = await payload.create({ collection: 'projects', data: { title: 'Saison 1', production: akwaba.id, type: 'SER', status: 'preproduction' } })
    const elsewhere = await payload.create({ collection: 'projects', data: { title: 'Clip', production: other.id, type: 'CLP', status: 'preproduction' } })
    expect([first.code, second.code, elsewhere.code]).toEqual(['CIAKWFLM001', 'CIAKWSER002', 'CIOTHCLP001'])
    expect(parseProjectCode(first.code)).toMatchObject({ companyCode: 'AKW', projectType: 'FLM', sequence: 1 })
  })

  it('gives 50 simultaneous projects of one company distinct consecutive codes', async () => {
    const production = await createProduction('CCR')
    const projects = await Promise.all(
      Array.from({ length: 50 }, (_, index) => payload.create({ collection: 'projects', data: { title: `P${index}`, production: production.id, type: 'PUB', status: 'preproduction' } })),
    )
    const numbers = projects.map((project) => parseProjectCode(project.code)!.sequence).sort((a, b) => a - b)
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, index) => index + 1))
  })

  it('refuses a 1,000th project of one company and locks the company code once projects exist', async () => {
    const production = await createProduction('FUL')
    await payload.db.drizzle.execute(
      sql`INSERT INTO code_sequences (scope, last_value) VALUES (${`project:${production.id}`}, 999) ON CONFLICT (scope) DO UPDATE SET last_value = 999`,
    )
    const error = await payload.create({ collection: 'projects', data: { title: 'Trop', production: production.id, type: 'DOC', status: 'preproduction' } }).catch((caught) => caught)
    expect(error.status).toBe(409)

    const withProject = await createProduction('LCK')
    await payload.create({ collection: 'projects', data: { title: 'Un', production: withProject.id, type: 'DOC', status: 'preproduction' } })
    await expect(payload.update({ collection: 'productions', id: withProject.id, data: { code: 'NEW' } })).rejects.toThrow(/ne peut plus changer/)
  })

  it('keeps one assignment per talent and project, and shows each person only what their role allows', async () => {
    const production = await createProduction('ASG')
    const project = await payload.create({ collection: 'projects', data: { title: 'Tournage', production: production.id, type: 'FLM', status: 'preproduction' } })
    const otherProject = await payload.create({ collection: 'projects', data: { title: 'Autre', production: production.id, type: 'FLM', status: 'preproduction' } })
    const talent = await createCinemaTalent({ country: ivoryCoast, city: abidjan })
    const assignment = await payload.create({
      collection: 'assignments',
      data: { project: project.id, cinemaTalent: talent.id, kind: 'cast', roleName: 'Commissaire Diallo', status: 'confirmed', fee: 250000, currency: 'XOF' },
    })
    expect(assignment.title).toBe('Awa Koné — Commissaire Diallo')
    await expect(
      payload.create({ collection: 'assignments', data: { project: project.id, cinemaTalent: talent.id, kind: 'cast', roleName: 'Autre rôle', status: 'confirmed' } }),
    ).rejects.toThrow()

    const scanner = await createUser(payload, { roles: ['presence'] })
    await payload.update({ collection: 'projects', id: project.id, data: { presenceStaff: [scanner.id] } })
    const seen = await payload.find({ collection: 'projects', where: { production: { equals: production.id } }, overrideAccess: false, user: scanner })
    expect(seen.docs.map((doc) => doc.id)).toEqual([project.id])
    expect(seen.docs.map((doc) => doc.id)).not.toContain(otherProject.id)

    const owner = await payload.findByID({ collection: 'users', id: relationId(talent.user)! })
    const own = await payload.find({ collection: 'assignments', overrideAccess: false, user: owner })
    expect(own.docs.map((doc) => doc.id)).toEqual([assignment.id])
    const stranger = await createUser(payload, { roles: ['talent'] })
    expect((await payload.find({ collection: 'assignments', overrideAccess: false, user: stranger })).totalDocs).toBe(0)
  })
})
