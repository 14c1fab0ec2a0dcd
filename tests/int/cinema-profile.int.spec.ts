import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import jsQR from 'jsqr'
import type { Payload } from 'payload'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CONTACT_RATE_LIMIT } from '@/cinema/contactMessage'
import { findCinemaProfile, toCinemaProfileView } from '@/cinema/publicProfile'
import { cinemaProfileUrl } from '@/qr/publicProfileUrl'
import type { CinemaTalent, User } from '../../payload-types'
import config from '../../payload.config'
import { jpegPhoto, pdfCv } from '../helpers/files'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

let payload: Payload
let admin: User
const ids: Record<string, number> = {}
type Person = { user: User & { password: string }; talent: CinemaTalent }
const people = {} as Record<'aya' | 'kofi' | 'nadia', Person>

/** Secrets that must never reach a visitor, whatever they look at. */
const SECRETS = {
  phone: '+225 07 11 22 33 44',
  whatsapp: '+225 05 99 88 77 66',
  address: '12 rue des Jardins, Cocody',
  idDocumentNumber: 'CI-ID-778899',
  emergencyContact: 'Mariam Traoré +225 01 02 03 04',
  unionName: 'Syndicat des acteurs ivoiriens',
  availabilityNotes: 'Pas de tournage le dimanche',
}

async function idOf(collection: 'countries' | 'categories' | 'skills' | 'languages' | 'nationalities', where: Record<string, unknown>) {
  const { docs } = await payload.find({ collection, where: where as never, depth: 0, limit: 1 })
  if (!docs[0]) throw new Error(`${collection} missing from the reference data`)
  return docs[0].id
}

async function createCinemaTalent(data: Partial<CinemaTalent>, { photo = false, cv = false, preferredLanguage }: { photo?: boolean; cv?: boolean; preferredLanguage?: 'fr' | 'en' } = {}): Promise<Person> {
  const user = await createUser(payload, { roles: ['talent'] })
  if (preferredLanguage) await payload.update({ collection: 'users', id: user.id, data: { preferredLanguage } })
  const photoDoc = photo
    ? await payload.create({ collection: 'photos', data: { owner: user.id, alt: 'portrait' }, file: { data: await jpegPhoto(1000, 1250), mimetype: 'image/jpeg', name: 'portrait.jpg', size: 0 } })
    : undefined
  const cvDoc = cv
    ? await payload.create({ collection: 'cvs', data: { owner: user.id }, file: { data: pdfCv(), mimetype: 'application/pdf', name: 'cv.pdf', size: 0 } })
    : undefined
  const talent = await payload.create({
    collection: 'cinema-talents',
    data: {
      user: user.id,
      firstName: 'Test',
      lastName: 'Cinema',
      gender: 'F',
      dateOfBirth: '1991-03-20T12:00:00.000Z',
      country: ids.CI,
      city: ids.bouake,
      categories: [ids.acteur],
      availability: 'available',
      ...(photoDoc ? { photo: photoDoc.id } : {}),
      ...(cvDoc ? { cv: cvDoc.id } : {}),
      ...data,
    } as CinemaTalent,
  })
  return { user, talent }
}

function decodePng(png: Buffer): string {
  const image = PNG.sync.read(png)
  const result = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)
  if (!result) throw new Error('QR code not decoded')
  return result.data
}

/** Goes through Payload's real REST route handler, as Next does for /api/…. */
async function get(pathname: string, token?: string) {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request(`http://localhost/api${pathname}`, { headers })
  return REST_GET(config)(request, { params: Promise.resolve({ slug: pathname.split('/').filter(Boolean) }) })
}

async function postContact(code: string, json: unknown, { ip, lang, raw }: { ip: string; lang?: 'en'; raw?: string }) {
  const headers = new Headers({ 'content-type': 'application/json', 'x-forwarded-for': ip })
  if (lang) headers.set('cookie', `payload-lng=${lang}`)
  const request = new Request(`http://localhost/api/cinema-talents/${code}/contact`, { method: 'POST', headers, body: raw ?? JSON.stringify(json) })
  const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: ['cinema-talents', code, 'contact'] }) })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as any }
}

async function tokenOf(person: Person): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email: person.user.email, password: person.user.password } })
  return token as string
}

let ipCounter = 0
const freshIp = () => `203.0.113.${(ipCounter += 1)}`

const validMessage = (overrides: Record<string, unknown> = {}) => ({
  senderName: 'Claire Mensah',
  senderEmail: 'claire.mensah@akwaba-films.test',
  organisation: 'Akwaba Films',
  subject: 'Casting « Les Sentinelles »',
  message: 'Bonjour,\nnous préparons un long métrage à Abidjan et votre profil nous intéresse.\n\nÊtes-vous disponible en mars ?',
  consent: true,
  ...overrides,
})

type SendGridBody = {
  personalizations: { to: { email: string; name?: string }[] }[]
  reply_to?: { email: string; name?: string }
  subject: string
  content: { type: string; value: string }[]
}

/** Stands in for SendGrid's API: records each request. */
async function startSendGridStandIn() {
  const requests: SendGridBody[] = []
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    requests.push(JSON.parse(Buffer.concat(chunks).toString('utf8')))
    response.writeHead(202, { 'x-message-id': `sg-${requests.length}` })
    response.end()
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

let sendgrid: Awaited<ReturnType<typeof startSendGridStandIn>>
const savedEnv = { key: process.env.SENDGRID_API_KEY, url: process.env.SENDGRID_API_URL }

beforeAll(async () => {
  payload = await getTestPayload()
  admin = (await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } }, limit: 1 })).docs[0]
  ids.CI = await idOf('countries', { iso2: { equals: 'CI' } })
  ids.bouake = (await payload.find({ collection: 'cities', where: { and: [{ country: { equals: ids.CI } }, { name: { equals: 'Bouaké' } }] }, limit: 1 })).docs[0].id
  ids.acteur = await idOf('categories', { slug: { equals: 'acteur' } })
  ids.chant = await idOf('skills', { slug: { equals: 'chant' } })
  ids.djembe = await idOf('skills', { slug: { equals: 'djembe' } })
  ids.dioula = await idOf('languages', { code: { equals: 'dyu' } })
  ids.french = await idOf('languages', { code: { equals: 'fr' } })
  ids.ivorian = (await payload.find({ collection: 'nationalities', limit: 1 })).docs[0].id

  sendgrid = await startSendGridStandIn()
  process.env.SENDGRID_API_KEY = 'SG.test-key'
  process.env.SENDGRID_API_URL = sendgrid.url

  // Public, every part shown, with everything private filled in too.
  people.aya = await createCinemaTalent(
    {
      firstName: 'Aya',
      lastName: 'Kouamé',
      stageName: 'Aya K.',
      nationality: ids.ivorian,
      heightCm: 172,
      weightKg: 61,
      build: 'athletic',
      eyeColour: 'dark-brown',
      languages: [
        { language: ids.french, level: 'native' },
        { language: ids.dioula, level: 'fluent' },
      ],
      accents: 'Nouchi',
      roleTypes: ['lead', 'supporting'],
      playingAgeMin: 25,
      playingAgeMax: 35,
      skills: [ids.chant, ids.djembe],
      yearsOfExperience: 8,
      training: 'INSAAC Abidjan',
      filmography: [
        { title: 'Les Sentinelles', year: 2022, type: 'feature', role: 'Commissaire Diallo', posterUrl: 'https://img.example.test/sentinelles.jpg' },
        { title: 'Akwaba', year: 2019, type: 'series', role: 'Mariam' },
      ],
      availability: 'limited',
      willingToTravel: true,
      hasPassport: true,
      unionMember: true,
      rate: 150000,
      rateCurrency: 'XOF',
      rateUnit: 'day',
      showreelUrl: 'https://video.example.test/aya-reel',
      socialLinks: { instagram: 'https://instagram.com/aya.k' },
      isPublic: true,
      publicParts: ['age', 'nationality', 'location', 'physical', 'languages', 'skills', 'filmography', 'availability', 'media'],
      ...SECRETS,
    },
    { photo: true, cv: true, preferredLanguage: 'en' },
  )
  // Public, but shows only languages and filmography: no age, place, body, skills or media.
  people.kofi = await createCinemaTalent({
    firstName: 'Kofi',
    lastName: 'Asante',
    gender: 'M',
    heightCm: 185,
    languages: [{ language: ids.french, level: 'fluent' }],
    skills: [ids.djembe],
    filmography: [{ title: 'Le Retour', year: 2021 }],
    showreelUrl: 'https://video.example.test/kofi',
    isPublic: true,
    publicParts: ['languages', 'filmography'],
    phone: '+225 07 00 00 00 01',
  })
  // Private: only she and staff see it.
  people.nadia = await createCinemaTalent({ firstName: 'Nadia', lastName: 'Bamba', isPublic: false, phone: '+225 07 55 55 55 55' }, { photo: true })
})

afterAll(async () => {
  process.env.SENDGRID_API_KEY = savedEnv.key
  process.env.SENDGRID_API_URL = savedEnv.url
  if (!savedEnv.key) delete process.env.SENDGRID_API_KEY
  if (!savedEnv.url) delete process.env.SENDGRID_API_URL
  await sendgrid?.close()
})

describe('public cinema profile data', () => {
  it('gives a visitor the public parts, with the age and never the date of birth, contact details, rates or CV', async () => {
    const found = await findCinemaProfile(payload, people.aya.talent.code!, null)
    expect(found?.viewer).toBe('public')
    const view = toCinemaProfileView(found!.talent, { locale: 'fr', viewer: 'public', now: new Date('2026-03-19T10:00:00Z') })
    expect(view).toMatchObject({ name: 'Aya K.', code: people.aya.talent.code, isPublic: true, categories: ['Acteur·rice'] })
    // Born 20 March 1991: still 34 the day before her birthday.
    expect(view.age).toEqual({ value: 34, hidden: false })
    expect(view.location?.value).toMatchObject({ city: 'Bouaké', country: "Côte d'Ivoire" })
    expect(view.physical?.value).toMatchObject({ heightCm: 172, weightKg: 61, build: 'Athlétique' })
    expect(view.languages?.value.list.map((language) => language.levelLabel)).toContain('Langue maternelle')
    expect(view.skills?.value.groups.flatMap((group) => group.skills)).toEqual(expect.arrayContaining(['Chant']))
    expect(view.experience?.value.filmography.map((film) => film.title)).toEqual(['Les Sentinelles', 'Akwaba'])
    expect(view.experience?.value.filmography[0].posterUrl).toBe('https://img.example.test/sentinelles.jpg')
    expect(view.availability?.value).toMatchObject({ label: 'Disponibilité limitée', willingToTravel: true })
    expect(view.media?.value.showreelUrl).toBe('https://video.example.test/aya-reel')
    expect(view.photo?.url).toMatch(/\/api\/photos\/file\//)
    expect(view.ogImage).toMatchObject({ width: 1200, height: 630 })
    expect(view.privateDetails).toBeUndefined()

    // Field access removed them from the document itself, not only from the page.
    const doc = found!.talent as unknown as Record<string, unknown>
    for (const field of ['phone', 'whatsapp', 'address', 'idDocumentNumber', 'emergencyContact', 'rate', 'rateCurrency', 'unionName', 'unionMember', 'hasPassport', 'cv', 'user', 'availabilityNotes', 'searchText']) {
      expect(doc[field], field).toBeUndefined()
    }
    const everything = JSON.stringify({ doc, view })
    for (const secret of [...Object.values(SECRETS), '150000', people.aya.user.email]) expect(everything).not.toContain(secret)
    // The page data carries the age, never the date itself.
    expect(JSON.stringify(view)).not.toMatch(/1991/)
  })

  it('hides the parts the talent keeps to themself, including the date of birth when the age is hidden', async () => {
    const found = await findCinemaProfile(payload, people.kofi.talent.code!.toLowerCase(), null)
    const view = toCinemaProfileView(found!.talent, { locale: 'en', viewer: 'public' })
    expect(view.languages?.value.list).toEqual([{ name: 'French', level: 'fluent', levelLabel: 'Fluent', levelRank: 3 }])
    expect(view.experience?.value.filmography).toEqual([expect.objectContaining({ title: 'Le Retour', year: 2021 })])
    for (const part of ['age', 'location', 'physical', 'skills', 'media', 'availability', 'nationality'] as const) expect(view[part], part).toBeUndefined()
    const doc = found!.talent as unknown as Record<string, unknown>
    for (const field of ['dateOfBirth', 'heightCm', 'city', 'country', 'skills', 'showreelUrl', 'phone', 'availability']) expect(doc[field], field).toBeUndefined()
    // Categories and roles are what the profile is for: always public.
    expect(view.categories).toEqual(['Actor'])
  })

  it('keeps a private profile from visitors and other talents, but shows it whole to its owner and staff', async () => {
    const code = people.nadia.talent.code!
    expect(await findCinemaProfile(payload, code, null)).toBeNull()
    expect(await findCinemaProfile(payload, code, people.kofi.user)).toBeNull()

    const owner = await findCinemaProfile(payload, code, people.nadia.user)
    expect(owner?.viewer).toBe('owner')
    const ownView = toCinemaProfileView(owner!.talent, { locale: 'fr', viewer: 'owner' })
    expect(ownView.isPublic).toBe(false)
    expect(ownView.privateDetails).toMatchObject({ phone: '+225 07 55 55 55 55', email: people.nadia.user.email, legalName: 'Nadia Bamba' })
    expect(ownView.age?.hidden).toBe(true)

    const staff = await findCinemaProfile(payload, people.aya.talent.code!, admin)
    expect(staff?.viewer).toBe('staff')
    const staffView = toCinemaProfileView(staff!.talent, { locale: 'fr', viewer: 'staff' })
    expect(staffView.privateDetails).toMatchObject({ phone: SECRETS.phone, idDocumentNumber: SECRETS.idDocumentNumber, rate: expect.stringContaining('XOF') })
    expect(staffView.privateDetails?.cvUrl).toMatch(/\/api\/cvs\/file\//)
  })

  it('finds nothing for a malformed or unknown code', async () => {
    expect(await findCinemaProfile(payload, 'nope', admin)).toBeNull()
    expect(await findCinemaProfile(payload, 'ZWQQQ99999X', admin)).toBeNull()
  })
})

describe('cinema QR codes', () => {
  it('answer a PNG at /api/cinema-talents/:code/qr.png that decodes to the absolute /cinema/profile/{code} URL', async () => {
    const code = people.aya.talent.code!
    const response = await get(`/cinema-talents/${code}/qr.png`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400, immutable')
    const text = decodePng(Buffer.from(await response.arrayBuffer()))
    expect(text).toBe(cinemaProfileUrl(code))
    expect(text).toMatch(new RegExp(`^https?://[^/]+/cinema/profile/${code}$`))
  })

  it('answer an SVG download, 400 for a malformed code', async () => {
    const code = people.aya.talent.code!
    const svg = await get(`/cinema-talents/${code}/qr.svg`)
    expect(svg.status).toBe(200)
    expect(svg.headers.get('content-type')).toBe('image/svg+xml')
    expect(await svg.text()).toMatch(/^<svg /)
    const bad = await get('/cinema-talents/CIF0001ABJ/qr.png')
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/Code cinéma invalide/)
  })

  it('answer 404 to a visitor for a private profile, 200 to its owner', async () => {
    const code = people.nadia.talent.code!
    expect((await get(`/cinema-talents/${code}/qr.png`)).status).toBe(404)
    const owner = await get(`/cinema-talents/${code}/qr.png`, await tokenOf(people.nadia))
    expect(owner.status).toBe(200)
    expect(owner.headers.get('cache-control')).toBe('private, max-age=86400, immutable')
  })
})

describe('contacting a talent', () => {
  it('stores the message for the talent, emails them once with the message and Reply-To the sender, and never reveals their address', async () => {
    const code = people.aya.talent.code!
    const before = sendgrid.requests.length
    const response = await postContact(code, validMessage(), { ip: freshIp() })
    expect(response.status).toBe(201)
    expect(response.body).toMatchObject({ ok: true })
    expect(response.text).not.toContain(people.aya.user.email)
    expect(response.text).not.toContain(SECRETS.phone)

    const { docs } = await payload.find({ collection: 'contact-messages', where: { cinemaTalent: { equals: people.aya.talent.id } } })
    expect(docs).toHaveLength(1)
    const stored = docs[0]
    expect(stored).toMatchObject({ senderName: 'Claire Mensah', senderEmail: 'claire.mensah@akwaba-films.test', organisation: 'Akwaba Films', status: 'new' })
    expect(typeof stored.recipient === 'object' ? stored.recipient.id : stored.recipient).toBe(people.aya.user.id)
    expect(stored.senderIp).toMatch(/^203\.0\.113\./)
    expect(stored.emailedAt).toBeTruthy()

    const sent = sendgrid.requests.slice(before)
    expect(sent).toHaveLength(1)
    const [email] = sent
    expect(email.personalizations[0].to).toEqual([{ email: people.aya.user.email }])
    expect(email.reply_to).toEqual({ email: 'claire.mensah@akwaba-films.test', name: 'Claire Mensah' })
    // Her account prefers English.
    expect(email.subject).toBe('New message through Taalentio: Casting « Les Sentinelles »')
    const html = email.content.find((part) => part.type === 'text/html')!.value
    const text = email.content.find((part) => part.type === 'text/plain')!.value
    expect(text).toContain('nous préparons un long métrage à Abidjan')
    expect(text).toContain('Êtes-vous disponible en mars ?')
    expect(html).toContain('Akwaba Films')
    expect(html).toContain('/mon-espace/messages')
  })

  it('refuses invalid input with 400 and localized field messages, storing nothing', async () => {
    const code = people.kofi.talent.code!
    const french = await postContact(code, { senderName: '', senderEmail: 'pas-un-email', subject: 'x'.repeat(200), message: 'court', consent: false }, { ip: freshIp() })
    expect(french.status).toBe(400)
    const messages = Object.fromEntries((french.body.errors as { path: string; message: string }[]).map((error) => [error.path, error.message]))
    expect(messages).toMatchObject({
      senderName: 'Ce champ est obligatoire.',
      senderEmail: 'Adresse e-mail invalide.',
      subject: '160 caractères maximum.',
      message: '10 caractères minimum.',
      consent: expect.stringMatching(/Cochez cette case/),
    })
    const english = await postContact(code, { ...validMessage(), senderEmail: 'nope' }, { ip: freshIp(), lang: 'en' })
    expect(english.status).toBe(400)
    expect(english.body.errors).toEqual([{ path: 'senderEmail', message: 'Invalid email address.' }])
    const unreadable = await postContact(code, null, { ip: freshIp(), raw: '{not json' })
    expect(unreadable.status).toBe(400)
    expect((await payload.count({ collection: 'contact-messages', where: { cinemaTalent: { equals: people.kofi.talent.id } } })).totalDocs).toBe(0)
  })

  it('answers 404 for a private, unknown or malformed profile, storing nothing', async () => {
    for (const code of [people.nadia.talent.code!, 'ZWQQQ99999X', 'not-a-code']) {
      const response = await postContact(code, validMessage(), { ip: freshIp() })
      expect(response.status, code).toBe(404)
    }
    expect((await payload.count({ collection: 'contact-messages', where: { cinemaTalent: { equals: people.nadia.talent.id } } })).totalDocs).toBe(0)
  })

  it('pretends to accept what a robot typed into the hidden field, and stores nothing', async () => {
    const code = people.kofi.talent.code!
    const before = sendgrid.requests.length
    const response = await postContact(code, validMessage({ website: 'https://spam.example' }), { ip: freshIp() })
    expect(response.status).toBe(201)
    expect(sendgrid.requests.length).toBe(before)
    expect((await payload.count({ collection: 'contact-messages', where: { cinemaTalent: { equals: people.kofi.talent.id } } })).totalDocs).toBe(0)
  })

  it(`answers 429 after ${CONTACT_RATE_LIMIT.max} messages from one address within the hour`, async () => {
    const code = people.kofi.talent.code!
    const ip = freshIp()
    for (let index = 0; index < CONTACT_RATE_LIMIT.max; index += 1) {
      expect((await postContact(code, validMessage({ subject: `Message ${index}` }), { ip })).status).toBe(201)
    }
    const refused = await postContact(code, validMessage({ subject: 'One too many' }), { ip })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('3600')
    expect(refused.body.errors[0].message).toMatch(/Trop de messages/)
    // Another address is not affected.
    expect((await postContact(code, validMessage({ subject: 'Other office' }), { ip: freshIp() })).status).toBe(201)
    const { docs } = await payload.find({ collection: 'contact-messages', where: { cinemaTalent: { equals: people.kofi.talent.id } }, limit: 20 })
    expect(docs.map((doc) => doc.subject)).not.toContain('One too many')
  })

  it('lets the talent read only their own messages, and mark them read', async () => {
    const own = await payload.find({ collection: 'contact-messages', overrideAccess: false, user: people.aya.user })
    expect(own.docs.length).toBeGreaterThan(0)
    expect(own.docs.every((doc) => (typeof doc.recipient === 'object' ? doc.recipient.id : doc.recipient) === people.aya.user.id)).toBe(true)
    const others = await payload.find({ collection: 'contact-messages', where: { cinemaTalent: { equals: people.aya.talent.id } }, overrideAccess: false, user: people.kofi.user })
    expect(others.docs).toHaveLength(0)
    const updated = await payload.update({ collection: 'contact-messages', id: own.docs[0].id, data: { status: 'read' }, overrideAccess: false, user: people.aya.user })
    expect(updated.status).toBe('read')
  })
})
