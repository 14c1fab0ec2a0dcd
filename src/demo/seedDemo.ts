import { randomBytes } from 'node:crypto'
import type { CollectionSlug, Payload, Where } from 'payload'

import type { Talent } from '../../payload-types'

import { demoLogo, demoPortrait } from './portrait'
import { seedDemoContracts } from './seedContracts'
import { DEMO_CINEMA_TALENTS, DEMO_EMAIL_DOMAIN, DEMO_MARK, DEMO_PRODUCTIONS, DEMO_PROJECTS, DEMO_TALENTS, type DemoPerson } from './demoData'

export type DemoReport = {
  /** True when this run created at least one record (false: the demo was already complete). */
  created: boolean
  createdRecords: number
  counts: Record<string, number>
  ms: number
}

const DAY_MS = 24 * 60 * 60 * 1000
/** Days of attendance on the project being shot: the six days before today, and today (still on set). */
const ATTENDANCE_DAYS = 7

const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '')

export const demoEmail = (person: Pick<DemoPerson, 'firstName' | 'lastName'>, prefix = '') => `${prefix}${ascii(person.firstName)}.${ascii(person.lastName)}@${DEMO_EMAIL_DOMAIN}`

/** A fresh password nobody knows, unless DEMO_PASSWORD sets one (to sign in as the demo people). */
const demoPassword = () => process.env.DEMO_PASSWORD || `${randomBytes(18).toString('base64url')}-Aa1!`

/**
 * Fills the instance with a realistic, clearly fictitious demo: talents and cinema talents from
 * several African countries (portrait placeholders drawn from their initials), productions with
 * logos, projects with assignments, a week of attendance on the project being shot. Everything
 * goes through the Local API, so codes are issued and checked by the same hooks as real
 * records. Idempotent: each record is looked up by its natural key (e-mail, production code,
 * project title, talent + project, scan id) before being created.
 */
export async function seedDemo(payload: Payload, { now = new Date() }: { now?: Date } = {}): Promise<DemoReport> {
  const started = Date.now()
  let createdRecords = 0

  async function findOrCreate<T extends { id: number }>(collection: CollectionSlug, where: Where, create: () => Promise<T>): Promise<T> {
    const found = await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true, pagination: false })
    if (found.docs[0]) return found.docs[0] as unknown as T
    createdRecords += 1
    return create()
  }

  const byField = async (collection: CollectionSlug, field: string, value: string) => {
    const result = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, overrideAccess: true, pagination: false })
    const doc = result.docs[0] as { id: number } | undefined
    if (!doc) throw new Error(`Démo : ${collection}.${field} = ${value} introuvable dans les données de référence`)
    return doc.id
  }
  const countries = new Map<string, number>()
  const countryId = async (iso2: string) => {
    if (!countries.has(iso2)) countries.set(iso2, await byField('countries', 'iso2', iso2))
    return countries.get(iso2)!
  }
  const cityId = async (iso2: string, name: string) => {
    const country = await countryId(iso2)
    const found = await payload.find({ collection: 'cities', where: { and: [{ country: { equals: country } }, { name: { equals: name } }] }, limit: 1, depth: 0, pagination: false })
    if (found.docs[0]) return found.docs[0].id
    const any = await payload.find({ collection: 'cities', where: { country: { equals: country } }, sort: '-population', limit: 1, depth: 0, pagination: false })
    return any.docs[0].id
  }
  const nationalityId = async (iso2: string) => {
    const found = await payload.find({ collection: 'nationalities', where: { country: { equals: await countryId(iso2) } }, limit: 1, depth: 0, pagination: false })
    return found.docs[0]?.id
  }

  async function account(person: DemoPerson, prefix: string) {
    const email = demoEmail(person, prefix)
    return findOrCreate('users', { email: { equals: email } }, () =>
      payload.create({
        collection: 'users',
        data: { email, password: demoPassword(), roles: ['talent'], name: `${person.firstName} ${person.lastName} ${DEMO_MARK}` } as never,
        overrideAccess: true,
        context: { demoSeed: true },
      }),
    )
  }

  async function portrait(person: DemoPerson, owner: number, index: number) {
    const alt = `Portrait de démonstration — ${person.firstName} ${person.lastName}`
    return findOrCreate('photos', { and: [{ owner: { equals: owner } }, { alt: { equals: alt } }] }, async () =>
      payload.create({
        collection: 'photos',
        data: { owner, alt } as never,
        file: { data: await demoPortrait(person.firstName, person.lastName, index), mimetype: 'image/jpeg', name: `demo-${ascii(person.firstName)}-${ascii(person.lastName)}.jpg`, size: 0 },
        overrideAccess: true,
        context: { demoSeed: true },
      }),
    )
  }

  async function profileData(person: DemoPerson, user: number, photo: number) {
    const categories = await Promise.all(person.categories.map((slug) => byField('categories', 'slug', slug)))
    const languages = await Promise.all(person.languages.map(async (language) => ({ language: await byField('languages', 'code', language.code), level: language.level })))
    return {
      user,
      firstName: person.firstName,
      lastName: `${person.lastName} ${DEMO_MARK}`,
      gender: person.gender,
      dateOfBirth: person.born,
      nationality: await nationalityId(person.country),
      country: await countryId(person.country),
      city: await cityId(person.country, person.city),
      categories,
      languages,
      photo,
      isPublic: true,
    }
  }

  // Talents (main profiles).
  const talents: Talent[] = []
  for (const [index, person] of DEMO_TALENTS.entries()) {
    const user = await account(person, '')
    const photo = await portrait(person, user.id, index)
    const talent = await findOrCreate<Talent>('talents', { user: { equals: user.id } }, async () =>
      payload.create({
        collection: 'talents',
        data: {
          ...(await profileData(person, user.id, photo.id)),
          yearsOfExperience: 3 + (index % 7),
          experience: `Profil fictif créé pour la démonstration de Taalentio ${DEMO_MARK}.`,
        } as never,
        overrideAccess: true,
        context: { demoSeed: true },
      }) as Promise<Talent>,
    )
    talents.push(talent)
  }

  // Cinema talents.
  const cinemaIds: number[] = []
  for (const [index, person] of DEMO_CINEMA_TALENTS.entries()) {
    const user = await account(person, 'cinema.')
    const photo = await portrait(person, user.id, index + 3)
    const profile = await findOrCreate('cinema-talents', { user: { equals: user.id } }, async () =>
      payload.create({
        collection: 'cinema-talents',
        data: {
          ...(await profileData(person, user.id, photo.id)),
          availability: index % 4 === 3 ? 'limited' : 'available',
          heightCm: 158 + ((index * 7) % 30),
          yearsOfExperience: 2 + (index % 12),
          willingToTravel: index % 2 === 0,
          filmography: [{ title: `Court métrage fictif n° ${index + 1} ${DEMO_MARK}`, year: 2020 + (index % 5), role: 'Rôle de démonstration' }],
        } as never,
        overrideAccess: true,
        context: { demoSeed: true },
      }),
    )
    cinemaIds.push(profile.id)
  }

  // Attendance staff for the project being shot.
  const presenceEmail = `regie.presence@${DEMO_EMAIL_DOMAIN}`
  const presenceUser = await findOrCreate('users', { email: { equals: presenceEmail } }, () =>
    payload.create({
      collection: 'users',
      data: { email: presenceEmail, password: demoPassword(), roles: ['presence'], name: `Régie présence ${DEMO_MARK}` } as never,
      overrideAccess: true,
      context: { demoSeed: true },
    }),
  )

  // Productions with their logos.
  const productions = new Map<string, number>()
  for (const [index, production] of DEMO_PRODUCTIONS.entries()) {
    const alt = `Logo ${production.name}`
    const logo = await findOrCreate('production-logos', { alt: { equals: alt } }, async () =>
      payload.create({
        collection: 'production-logos',
        data: { alt } as never,
        file: { data: await demoLogo(production.code, index), mimetype: 'image/png', name: `demo-logo-${production.code.toLowerCase()}.png`, size: 0 },
        overrideAccess: true,
        context: { demoSeed: true },
      }),
    )
    const doc = await findOrCreate('productions', { code: { equals: production.code } }, async () =>
      payload.create({
        collection: 'productions',
        data: { name: production.name, code: production.code, country: await countryId(production.country), logo: logo.id, contactEmail: `contact.${production.code.toLowerCase()}@${DEMO_EMAIL_DOMAIN}` } as never,
        overrideAccess: true,
        context: { demoSeed: true },
      }),
    )
    productions.set(production.code, doc.id)
  }

  // Projects, assignments and a week of attendance.
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  for (const project of DEMO_PROJECTS) {
    const start = new Date(today - (project.status === 'completed' ? 60 : project.status === 'shooting' ? ATTENDANCE_DAYS - 1 : -20) * DAY_MS)
    const doc = await findOrCreate('projects', { title: { equals: project.title } }, async () =>
      payload.create({
        collection: 'projects',
        data: {
          title: project.title,
          production: productions.get(project.production),
          type: project.type,
          status: project.status,
          director: project.director,
          startDate: start.toISOString(),
          endDate: new Date(start.getTime() + 30 * DAY_MS).toISOString(),
          locations: [{ country: await countryId(project.city.country), city: await cityId(project.city.country, project.city.name), place: 'Lieu de tournage fictif' }],
          description: `Projet fictif pour la démonstration de Taalentio ${DEMO_MARK}.`,
          presenceStaff: project.attendance ? [presenceUser.id] : [],
        } as never,
        overrideAccess: true,
        context: { demoSeed: true },
      }),
    )
    const currency = project.production === 'LSS' ? 'NGN' : 'XOF'
    for (const member of project.cast) {
      const cinemaTalent = cinemaIds[member.talent]
      await findOrCreate('assignments', { and: [{ project: { equals: doc.id } }, { cinemaTalent: { equals: cinemaTalent } }] }, () =>
        payload.create({
          collection: 'assignments',
          data: { project: doc.id, cinemaTalent, kind: member.kind, roleName: member.roleName, status: member.status, fee: member.fee, currency } as never,
          overrideAccess: true,
          context: { demoSeed: true },
        }),
      )
      if (!project.attendance || member.status !== 'confirmed') continue
      for (let day = 0; day < ATTENDANCE_DAYS; day += 1) {
        // Everyone works the week except one day off each, staggered; today nobody has left yet.
        if ((member.talent + day) % 6 === 5) continue
        const date = today - (ATTENDANCE_DAYS - 1 - day) * DAY_MS
        const isToday = day === ATTENDANCE_DAYS - 1
        const checkInAt = new Date(date + (7 * 60 + ((member.talent * 13 + day * 7) % 75)) * 60_000)
        const checkOutAt = new Date(date + (17 * 60 + ((member.talent * 11 + day * 17) % 120)) * 60_000)
        if (isToday && checkInAt.getTime() > now.getTime()) continue
        const clientScanId = `demo-${doc.id}-${cinemaTalent}-j${day}`
        await findOrCreate('attendances', { clientScanId: { equals: clientScanId } }, () =>
          payload.create({
            collection: 'attendances',
            data: {
              project: doc.id,
              cinemaTalent,
              checkInAt: checkInAt.toISOString(),
              checkOutAt: isToday ? undefined : checkOutAt.toISOString(),
              method: day % 3 === 0 ? 'manual' : 'camera',
              checkOutMethod: isToday ? undefined : 'camera',
              recordedBy: presenceUser.id,
              checkedOutBy: isToday ? undefined : presenceUser.id,
              clientScanId,
              checkOutScanId: isToday ? undefined : `${clientScanId}-depart`,
              notes: `Pointage fictif ${DEMO_MARK}`,
            } as never,
            overrideAccess: true,
            context: { demoSeed: true },
          }),
        )
      }
    }
  }

  // Contracts in each status, through the contracts workflow.
  const contracts = await seedDemoContracts(payload, talents, now)
  createdRecords += contracts.created

  return { created: createdRecords > 0, createdRecords, counts: await demoCounts(payload), ms: Date.now() - started }
}

/** How many demo records of each kind exist (found by their markers). */
export async function demoCounts(payload: Payload): Promise<Record<string, number>> {
  const count = async (collection: CollectionSlug, where: Where) => (await payload.count({ collection, where, overrideAccess: true })).totalDocs
  const mark = { like: DEMO_MARK }
  return {
    users: await count('users', { email: { like: `@${DEMO_EMAIL_DOMAIN}` } }),
    talents: await count('talents', { lastName: mark }),
    cinemaTalents: await count('cinema-talents', { lastName: mark }),
    photos: await count('photos', { alt: { like: 'Portrait de démonstration' } }),
    productions: await count('productions', { name: mark }),
    projects: await count('projects', { title: mark }),
    assignments: await count('assignments', { 'project.title': mark }),
    attendances: await count('attendances', { clientScanId: { like: 'demo-' } }),
    contracts: await count('contracts', { title: mark }),
  }
}
