import { REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { PNG } from 'pngjs'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { CARD, cardBoxOnSheet, SHEET } from '@/pdf/badgeLayout'
import { relationId } from '@/payload/relationId'
import { cinemaProfileUrl } from '@/qr/publicProfileUrl'
import type { CinemaTalent, Production, Project, User } from '../../payload-types'
import config from '../../payload.config'
import { createPortrait } from '../helpers/files'
import { decodeQr, pdfPageSizes, pdfPagesAsPng, pdfText } from '../helpers/pdf'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'
import { TEST_ADMIN } from '../helpers/testEnv'

const DPI = 200
const px = (points: number) => (points * DPI) / 72
/** The photo's colour in files.ts jpegPhoto: what the photo frame of the badge must show. */
const PHOTO_RGB = [180, 70, 31]

let payload: Payload
let admin: User
let place: { country: number; city: number; category: number }
let production: Production
let project: Project
let awa: CinemaTalent
let eloise: CinemaTalent
let declined: CinemaTalent
const assignmentIds: Record<string, number> = {}

async function tokenOf(user: { email: string; password: string }): Promise<string> {
  const result = await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })
  return result.token!
}

/** GET through Payload's real REST route handler, as Next serves /api/…. */
async function restGet(path: string, token?: string) {
  const [pathname] = path.split('?')
  const request = new Request(`http://localhost/api/${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
  const response = await REST_GET(config)(request, { params: Promise.resolve({ slug: pathname.split('/') }) })
  const isPdf = response.headers.get('content-type') === 'application/pdf'
  return {
    response,
    pdf: isPdf ? Buffer.from(await response.arrayBuffer()) : null,
    body: isPdf ? null : ((await response.json()) as { errors?: { message: string }[] }),
  }
}

async function createCinemaTalent(firstName: string, lastName: string, { withPhoto = false, stageName }: { withPhoto?: boolean; stageName?: string } = {}) {
  const user = await createUser(payload, { roles: ['talent'] })
  const photo = withPhoto
    ? await createPortrait(payload, user.id, firstName)
    : undefined
  const talent = await payload.create({
    collection: 'cinema-talents',
    data: {
      user: user.id,
      firstName,
      lastName,
      stageName,
      gender: 'F',
      dateOfBirth: '1994-02-03',
      country: place.country,
      city: place.city,
      categories: [place.category],
      availability: 'available',
      photo: photo?.id,
    },
  })
  return { talent, user }
}

/** A real PNG logo: a navy band with transparent corners. */
function logoPng(): Promise<Buffer> {
  return sharp({ create: { width: 360, height: 120, channels: 4, background: { r: 24, g: 44, b: 120, alpha: 1 } } })
    .png()
    .toBuffer()
}

async function createProject(title: string, extra: Partial<Project> = {}) {
  return payload.create({ collection: 'projects', data: { title, production: production.id, type: 'FLM', status: 'shooting', ...extra } })
}

async function assign(projectId: number, talentId: number, roleName: string, kind: 'cast' | 'crew' | 'extra', status: 'confirmed' | 'proposed' | 'declined' = 'confirmed') {
  const assignment = await payload.create({ collection: 'assignments', data: { project: projectId, cinemaTalent: talentId, roleName, kind, status } })
  return assignment.id
}

/** Pixel colour at a point (PDF points from the top left of the page) of a page image. */
function colourAt(png: Buffer, x: number, y: number): number[] {
  const image = PNG.sync.read(png)
  const offset = (Math.round(px(y)) * image.width + Math.round(px(x))) * 4
  return [...image.data.subarray(offset, offset + 3)]
}

function expectColourNear(actual: number[], expected: number[], tolerance = 24) {
  actual.forEach((channel, index) => expect(Math.abs(channel - expected[index])).toBeLessThanOrEqual(tolerance))
}

beforeAll(async () => {
  payload = await getTestPayload()
  // The first admin created at start-up, whose password the tests know (other files add admins of their own).
  admin = (await payload.find({ collection: 'users', where: { email: { equals: TEST_ADMIN.email } }, limit: 1 })).docs[0]
  const country = (await payload.find({ collection: 'countries', where: { iso2: { equals: 'CI' } }, limit: 1 })).docs[0]
  const city = (await payload.find({ collection: 'cities', where: { country: { equals: country.id } }, sort: '-population', limit: 1 })).docs[0]
  const category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]
  place = { country: country.id, city: city.id, category: category.id }

  const logo = await payload.create({
    collection: 'production-logos',
    data: { alt: 'Logo Akwaba' },
    file: { data: await logoPng(), mimetype: 'image/png', name: 'akwaba.png', size: 0 },
  })
  production = await payload.create({ collection: 'productions', data: { name: 'Akwaba Films Côte d’Ivoire', code: 'BDG', country: country.id, logo: logo.id } })
  project = await createProject('Le Retour d’Éloïse')

  awa = (await createCinemaTalent('Awa', 'Koné', { withPhoto: true })).talent
  eloise = (await createCinemaTalent('Éloïse', 'N’Guessan')).talent
  declined = (await createCinemaTalent('Mariam', 'Traoré', { withPhoto: true })).talent
  // Created crew first: the sheet must still put the cast first.
  assignmentIds.eloise = await assign(project.id, eloise.id, 'Chef opératrice', 'crew', 'proposed')
  assignmentIds.awa = await assign(project.id, awa.id, 'Commissaire Diallo', 'cast')
  assignmentIds.declined = await assign(project.id, declined.id, 'Passante', 'extra', 'declined')
})

describe('project badge sheet', () => {
  it('prints one card per active assignment on A4, each QR code decoding to its talent’s profile URL', async () => {
    const token = await tokenOf(TEST_ADMIN)
    const { response, pdf } = await restGet(`projects/${project.id}/badges.pdf`, token)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="badges-${project.code}.pdf"`)
    expect(pdf!.subarray(0, 5).toString()).toBe('%PDF-')

    const sizes = await pdfPageSizes(pdf!)
    expect(sizes).toHaveLength(1)
    expect(sizes[0].width).toBeCloseTo(SHEET.width, 0)
    expect(sizes[0].height).toBeCloseTo(SHEET.height, 0)

    const [page] = await pdfPagesAsPng(pdf!, { dpi: DPI })
    const decoded = [0, 1, 2].map((slot) => {
      const box = cardBoxOnSheet(slot)
      return decodeQr(page, { x: px(box.x), y: px(box.y), width: px(box.width), height: px(box.height) })
    })
    // Cast before crew; the declined assignment has no badge.
    expect(decoded).toEqual([cinemaProfileUrl(awa.code!), cinemaProfileUrl(eloise.code!), null])

    // Awa's photo fills her photo frame; Éloïse (no photo) gets her initials instead.
    const first = cardBoxOnSheet(0)
    expectColourNear(colourAt(page, first.x + CARD.width * 0.25, first.y + CARD.height * 0.33), PHOTO_RGB)
    const second = cardBoxOnSheet(1)
    expect(colourAt(page, second.x + CARD.width * 0.25, second.y + CARD.height * 0.33)).not.toEqual(PHOTO_RGB)

    const text = await pdfText(pdf!)
    for (const expected of [
      'Awa Koné',
      'Éloïse N’Guessan',
      'ÉN',
      'Commissaire Diallo',
      'Chef opératrice',
      'Distribution',
      'Équipe technique',
      'Rôle'.toUpperCase(),
      'PROJET',
      'Le Retour d’Éloïse',
      project.code!,
      'Akwaba Films Côte d’Ivoire',
      awa.code!,
      eloise.code!,
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(expected)
    }
    expect(text).not.toContain('Mariam')
  })

  it('keeps only the requested statuses with ?status=, and prints card-size pages with ?format=single', async () => {
    const token = await tokenOf(TEST_ADMIN)
    const confirmed = await restGet(`projects/${project.id}/badges.pdf?format=single&status=confirmed`, token)
    expect(confirmed.response.status).toBe(200)
    const sizes = await pdfPageSizes(confirmed.pdf!)
    expect(sizes).toHaveLength(1)
    expect(sizes[0].width).toBeCloseTo(CARD.width, 0)
    expect(sizes[0].height).toBeCloseTo(CARD.height, 0)
    const [card] = await pdfPagesAsPng(confirmed.pdf!, { dpi: DPI })
    expect(decodeQr(card)).toBe(cinemaProfileUrl(awa.code!))

    const all = await restGet(`projects/${project.id}/badges.pdf?format=single&status=confirmed,proposed,declined`, token)
    expect(await pdfPageSizes(all.pdf!)).toHaveLength(3)
    expect((await pdfText(all.pdf!)).replace(/\s+/g, ' ')).toContain('Mariam Traoré')
  })

  it('fills as many A4 pages as needed, nine cards a page', async () => {
    const big = await createProject('Grand tournage')
    const talents = await Promise.all(Array.from({ length: 10 }, (_, index) => createCinemaTalent('Figurant', `Numéro ${index + 1}`)))
    for (const [index, { talent }] of talents.entries()) await assign(big.id, talent.id, `Passant ${index + 1}`, 'extra')
    const token = await tokenOf(TEST_ADMIN)
    const { response, pdf } = await restGet(`projects/${big.id}/badges.pdf`, token)
    expect(response.status).toBe(200)
    const pages = await pdfPagesAsPng(pdf!, { dpi: DPI })
    expect(pages).toHaveLength(2)
    // Sorted by name: "Figurant Numéro 9" is the last one ("Numéro 10" sorts after "Numéro 1").
    const last = cardBoxOnSheet(0)
    const lastTalent = [...talents].sort((a, b) => a.talent.displayName!.localeCompare(b.talent.displayName!, 'fr')).at(-1)!.talent
    expect(decodeQr(pages[1], { x: px(last.x), y: px(last.y), width: px(last.width), height: px(last.height) })).toBe(cinemaProfileUrl(lastTalent.code!))
  })

  it('answers a clear 404 for a project without assignment, 400 for an unknown format or status', async () => {
    const empty = await createProject('Projet vide')
    const token = await tokenOf(TEST_ADMIN)
    const none = await restGet(`projects/${empty.id}/badges.pdf`, token)
    expect(none.response.status).toBe(404)
    expect(none.body?.errors?.[0].message).toContain(`Le projet ${empty.code} n’a encore aucun talent affecté`)

    const onlyCompleted = await restGet(`projects/${project.id}/badges.pdf?status=completed`, token)
    expect(onlyCompleted.response.status).toBe(404)
    expect(onlyCompleted.body?.errors?.[0].message).toMatch(/aucune affectation au statut demandé \(completed\)/)

    const badFormat = await restGet(`projects/${project.id}/badges.pdf?format=poster`, token)
    expect(badFormat.response.status).toBe(400)
    expect(badFormat.body?.errors?.[0].message).toMatch(/Format inconnu « poster »/)
    const badStatus = await restGet(`projects/${project.id}/badges.pdf?status=maybe`, token)
    expect(badStatus.response.status).toBe(400)
    expect(badStatus.body?.errors?.[0].message).toMatch(/Statut inconnu « maybe »/)

    const missing = await restGet(`projects/999999999/badges.pdf`, token)
    expect(missing.response.status).toBe(404)
  })
})

describe('single assignment badge', () => {
  it('prints one card-size badge whose QR code decodes to the talent’s profile URL', async () => {
    const token = await tokenOf(TEST_ADMIN)
    const { response, pdf } = await restGet(`assignments/${assignmentIds.eloise}/badge.pdf`, token)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="badge-${project.code}-${eloise.code}.pdf"`)
    const sizes = await pdfPageSizes(pdf!)
    expect(sizes).toEqual([{ width: expect.closeTo(CARD.width, 0), height: expect.closeTo(CARD.height, 0) }])
    const [card] = await pdfPagesAsPng(pdf!, { dpi: DPI })
    expect(decodeQr(card)).toBe(cinemaProfileUrl(eloise.code!))
    const text = (await pdfText(pdf!)).replace(/\s+/g, ' ')
    expect(text).toContain('Éloïse N’Guessan')
    expect(text).toContain('Chef opératrice')
    expect(text).toContain(eloise.code!)
  })
})

describe('who may print badges', () => {
  it('lets the project’s attendance staff in, and keeps out other attendance staff, talents and visitors', async () => {
    const scanner = await createUser(payload, { roles: ['presence'] })
    const otherScanner = await createUser(payload, { roles: ['presence'] })
    const seo = await createUser(payload, { roles: ['seo'] })
    await payload.update({ collection: 'projects', id: project.id, data: { presenceStaff: [scanner.id] } })
    const awaUser = await payload.findByID({ collection: 'users', id: relationId(awa.user)! })

    const scannerToken = await tokenOf(scanner)
    expect((await restGet(`projects/${project.id}/badges.pdf`, scannerToken)).response.status).toBe(200)
    expect((await restGet(`assignments/${assignmentIds.awa}/badge.pdf`, scannerToken)).response.status).toBe(200)

    const otherToken = await tokenOf(otherScanner)
    const notAssigned = await restGet(`projects/${project.id}/badges.pdf`, otherToken)
    expect(notAssigned.response.status).toBe(404)
    expect(notAssigned.pdf).toBeNull()
    expect((await restGet(`assignments/${assignmentIds.awa}/badge.pdf`, otherToken)).response.status).toBe(404)

    // Awa can read her own assignment, but printing badges is staff work.
    const awaToken = await tokenOf({ email: awaUser.email, password: 'Secret-Pass-42' })
    const talent = await restGet(`assignments/${assignmentIds.awa}/badge.pdf`, awaToken)
    expect(talent.response.status).toBe(403)
    expect(talent.body?.errors?.[0].message).toMatch(/Seuls les administrateurs et l’équipe présence/)
    expect((await restGet(`projects/${project.id}/badges.pdf`, awaToken)).response.status).toBe(403)
    expect((await restGet(`projects/${project.id}/badges.pdf`, await tokenOf(seo))).response.status).toBe(403)

    const visitor = await restGet(`projects/${project.id}/badges.pdf`)
    expect(visitor.response.status).toBe(401)
    expect(visitor.body?.errors?.[0].message).toMatch(/Connectez-vous/)
    expect((await restGet(`assignments/${assignmentIds.awa}/badge.pdf`)).response.status).toBe(401)
  })
})
