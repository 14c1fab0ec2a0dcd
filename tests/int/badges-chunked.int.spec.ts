import { REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { PNG } from 'pngjs'
import { beforeAll, describe, expect, it } from 'vitest'

import { CARD, CARDS_PER_SHEET, cardBoxOnSheet, SHEET } from '@/pdf/badgeLayout'
import { BADGES_PER_CHUNK } from '@/pdf/renderBadges'
import { cinemaProfileUrl } from '@/qr/publicProfileUrl'
import type { CinemaTalent, Project } from '../../payload-types'
import config from '../../payload.config'
import { createPortrait } from '../helpers/files'
import { decodeQr, pdfPageSizes, pdfPagesAsPng, pdfText } from '../helpers/pdf'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'
import { TEST_ADMIN } from '../helpers/testEnv'

/**
 * A project with more badges than one react-pdf chunk draws (src/pdf/renderBadges.ts): the
 * download must still be one PDF whose pages, texts, QR codes and photos follow the print order.
 */
const DPI = 200
const px = (points: number) => (points * DPI) / 72
/** The colour of tests/helpers/files.ts jpegPhoto, which fills a badge's photo frame. */
const PHOTO_RGB = [180, 70, 31]
/** Two chunks and a half-filled last sheet. */
const EXTRAS = BADGES_PER_CHUNK + 7

let payload: Payload
let project: Project
/** Every badge's talent, in print order: the cast member first, then the extras by name. */
let printOrder: CinemaTalent[]

async function pdfOf(path: string) {
  const login = await payload.login({ collection: 'users', data: { email: TEST_ADMIN.email, password: TEST_ADMIN.password } })
  const request = new Request(`http://localhost/api/${path}`, { headers: { Authorization: `JWT ${login.token}` } })
  const [pathname] = path.split('?')
  const response = await REST_GET(config)(request, { params: Promise.resolve({ slug: pathname.split('/') }) })
  return { response, pdf: Buffer.from(await response.arrayBuffer()) }
}

/** The talents' codes in the order pdftotext reads them (row by row, page by page). */
function codesInText(text: string): string[] {
  const anyCode = new RegExp(printOrder.map((talent) => talent.code!.replace(/[^A-Za-z0-9]/g, '\\$&')).join('|'), 'g')
  return [...text.matchAll(anyCode)].map((match) => match[0])
}

function qrOnSheet(page: Buffer, slot: number): string | null {
  const box = cardBoxOnSheet(slot)
  return decodeQr(page, { x: px(box.x), y: px(box.y), width: px(box.width), height: px(box.height) })
}

function photoColourOnSheet(page: Buffer, slot: number): number[] {
  const box = cardBoxOnSheet(slot)
  const image = PNG.sync.read(page)
  const offset = (Math.round(px(box.y + CARD.height * 0.33)) * image.width + Math.round(px(box.x + CARD.width * 0.25))) * 4
  return [...image.data.subarray(offset, offset + 3)]
}

function expectColourNear(actual: number[], expected: number[], tolerance = 24) {
  actual.forEach((channel, index) => expect(Math.abs(channel - expected[index])).toBeLessThanOrEqual(tolerance))
}

beforeAll(async () => {
  payload = await getTestPayload()
  const country = (await payload.find({ collection: 'countries', where: { iso2: { equals: 'SN' } }, limit: 1 })).docs[0]
  const city = (await payload.find({ collection: 'cities', where: { country: { equals: country.id } }, sort: '-population', limit: 1 })).docs[0]
  const category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0]
  const production = await payload.create({ collection: 'productions', data: { name: 'Téranga Pictures', code: 'TRG', country: country.id } })
  project = await payload.create({ collection: 'projects', data: { title: 'La Foule de Dakar', production: production.id, type: 'FLM', status: 'shooting' } })

  async function talent(firstName: string, lastName: string, withPhoto: boolean) {
    const user = await createUser(payload, { roles: ['talent'] })
    const photo = withPhoto
      ? await createPortrait(payload, user.id, firstName)
      : undefined
    const data = { user: user.id, firstName, lastName, gender: 'M' as const, dateOfBirth: '1990-06-01', availability: 'available' as const }
    const place = { country: country.id, city: city.id, categories: [category.id] }
    return payload.create({ collection: 'cinema-talents', data: { ...data, ...place, photo: photo?.id } })
  }

  // Extras named so that French sorting gives their creation order; the last one, on the last
  // sheet of the second chunk, has a photo, read only when that chunk is drawn.
  const extras: CinemaTalent[] = []
  for (let index = 1; index <= EXTRAS; index += 1) {
    const extra = await talent('Figurant', `Numéro ${String(index).padStart(3, '0')}`, index === EXTRAS)
    await payload.create({ collection: 'assignments', data: { project: project.id, cinemaTalent: extra.id, roleName: `Passant ${index}`, kind: 'extra', status: 'confirmed' } })
    extras.push(extra)
  }
  // Assigned last, printed first: cast comes before extras, whatever the chunk it was read in.
  const lead = await talent('Ousmane', 'Sow', true)
  await payload.create({ collection: 'assignments', data: { project: project.id, cinemaTalent: lead.id, roleName: 'Le commissaire', kind: 'cast', status: 'confirmed' } })
  printOrder = [lead, ...extras]
}, 600_000)

describe('badge PDF of a project larger than one chunk', () => {
  it('is one A4 PDF with every badge in print order, numbered sheets, QR codes and photos on the first and last sheets', async () => {
    expect(printOrder.length).toBeGreaterThan(BADGES_PER_CHUNK)
    const { response, pdf } = await pdfOf(`projects/${project.id}/badges.pdf`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="badges-${project.code}.pdf"`)
    expect(response.headers.get('content-length')).toBe(String(pdf.length))
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')

    const sheets = Math.ceil(printOrder.length / CARDS_PER_SHEET)
    const sizes = await pdfPageSizes(pdf)
    expect(sizes).toHaveLength(sheets)
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(SHEET.width, 0)
      expect(size.height).toBeCloseTo(SHEET.height, 0)
    }

    const text = await pdfText(pdf)
    expect(codesInText(text)).toEqual(printOrder.map((talent) => talent.code))
    // Sheets are numbered over the whole document, not per chunk.
    const footers = [...text.matchAll(/planche (\d+)\/(\d+)/g)].map((match) => `${match[1]}/${match[2]}`)
    expect(footers).toEqual(Array.from({ length: sheets }, (_, index) => `${index + 1}/${sheets}`))
    expect(text.replace(/\s+/g, ' ')).toContain('La Foule de Dakar')

    const pages = await pdfPagesAsPng(pdf, { dpi: DPI })
    expect(pages).toHaveLength(sheets)
    const first = pages[0]
    const last = pages.at(-1)!
    expect(qrOnSheet(first, 0)).toBe(cinemaProfileUrl(printOrder[0].code!))
    expect(qrOnSheet(first, 1)).toBe(cinemaProfileUrl(printOrder[1].code!))
    const lastSlot = (printOrder.length - 1) % CARDS_PER_SHEET
    expect(qrOnSheet(last, lastSlot)).toBe(cinemaProfileUrl(printOrder.at(-1)!.code!))
    expect(qrOnSheet(last, lastSlot + 1)).toBeNull()
    // Photos of the first chunk and of the last one; initials for the others.
    expectColourNear(photoColourOnSheet(first, 0), PHOTO_RGB)
    expect(photoColourOnSheet(first, 1)).not.toEqual(PHOTO_RGB)
    expectColourNear(photoColourOnSheet(last, lastSlot), PHOTO_RGB)
  })

  it('prints one card-size page per badge with ?format=single, in the same order', async () => {
    const { response, pdf } = await pdfOf(`projects/${project.id}/badges.pdf?format=single`)
    expect(response.status).toBe(200)
    const sizes = await pdfPageSizes(pdf)
    expect(sizes).toHaveLength(printOrder.length)
    expect(sizes.every((size) => Math.abs(size.width - CARD.width) < 1 && Math.abs(size.height - CARD.height) < 1)).toBe(true)
    expect(codesInText(await pdfText(pdf))).toEqual(printOrder.map((talent) => talent.code))
  })
})
