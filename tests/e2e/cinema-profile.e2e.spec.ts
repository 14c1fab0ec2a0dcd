import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, api } from '../helpers/api'
import { baseUrl, DESKTOP, launchBrowser, newContext, PHONE, screenshot as saveScreenshot } from '../helpers/browser'

let browser: Browser
let token: string
const ref: Record<string, number> = {}

type Created = { code: string; email: string; password: string; userId: number }
const people = {} as Record<'aicha' | 'private', Created>

const SECRETS = ['+225 07 44 55 66 77', '+225 05 12 34 56 78', 'Riviera 3, villa 14', 'C0099887766', '1992-11-05', '05/11/1992', '180000', 'Union des artistes']

async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0))
  await saveScreenshot(page, name)
}

async function firstId(path: string): Promise<number> {
  const { status, body } = await api<{ docs: { id: number }[] }>(path, { token })
  expect(status, path).toBe(200)
  if (!body.docs[0]) throw new Error(`nothing at ${path}`)
  return body.docs[0].id
}

async function portrait(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="1200">
    <defs><radialGradient id="g" cx="35%" cy="25%" r="90%"><stop offset="0" stop-color="#f0c46e"/><stop offset="1" stop-color="#0369a1"/></radialGradient></defs>
    <rect width="960" height="1200" fill="url(#g)"/>
    <circle cx="480" cy="470" r="190" fill="#2a2420" opacity="0.88"/>
    <path d="M140 1200c30-290 170-470 340-470s310 180 340 470z" fill="#2a2420" opacity="0.88"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}

async function uploadPhoto(owner: number): Promise<number> {
  const form = new FormData()
  form.set('file', new Blob([new Uint8Array(await portrait())], { type: 'image/jpeg' }), 'portrait.jpg')
  form.set('_payload', JSON.stringify({ owner, alt: 'Portrait' }))
  const response = await fetch(`${baseUrl()}/api/photos`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
  const body = (await response.json()) as { doc: { id: number } }
  expect(response.status, JSON.stringify(body)).toBe(201)
  return body.doc.id
}

/** A cinema account and profile, created by the admin (the registration page is built elsewhere). */
async function createCinemaTalent(name: string, profile: Record<string, unknown>, withPhoto = false): Promise<Created> {
  const email = `${name}.${Date.now()}@taalentio.test`
  const password = 'Cinema-Pass-2026'
  const user = await api<{ doc: { id: number } }>('/api/users', { method: 'POST', token, body: JSON.stringify({ email, password, roles: ['talent'] }) })
  expect(user.status).toBe(201)
  const userId = user.body.doc.id
  const photo = withPhoto ? await uploadPhoto(userId) : undefined
  const created = await api<{ doc: { code: string } }>('/api/cinema-talents', { method: 'POST', token, body: JSON.stringify({ user: userId, photo, ...profile }) })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return { code: created.body.doc.code, email, password, userId }
}

async function signIn(page: Page, who: Created) {
  const login = await api<{ token: string }>('/api/users/login', { method: 'POST', body: JSON.stringify({ email: who.email, password: who.password }) })
  await page.context().addCookies([{ name: 'payload-token', value: login.body.token, url: baseUrl() }])
}

beforeAll(async () => {
  browser = await launchBrowser()
  token = await adminToken()
  ref.CI = await firstId('/api/countries?where[iso2][equals]=CI')
  ref.abidjan = await firstId(`/api/cities?where[country][equals]=${ref.CI}&where[name][equals]=Abidjan`)
  ref.ivorian = await firstId(`/api/nationalities?where[country][equals]=${ref.CI}`)
  for (const slug of ['acteur', 'danseur']) ref[slug] = await firstId(`/api/categories?where[slug][equals]=${slug}`)
  for (const slug of ['chant', 'djembe']) ref[slug] = await firstId(`/api/skills?where[slug][equals]=${slug}`)
  for (const code of ['fr', 'dyu', 'en']) ref[code] = await firstId(`/api/languages?where[code][equals]=${code}`)

  people.aicha = await createCinemaTalent(
    'aicha',
    {
      firstName: 'Aïcha',
      lastName: 'Coulibaly',
      stageName: 'Aïcha Coul',
      gender: 'F',
      dateOfBirth: '1992-11-05T12:00:00.000Z',
      nationality: ref.ivorian,
      phone: SECRETS[0],
      whatsapp: SECRETS[1],
      address: SECRETS[2],
      idDocumentNumber: SECRETS[3],
      country: ref.CI,
      city: ref.abidjan,
      heightCm: 168,
      weightKg: 58,
      build: 'athletic',
      skinTone: 'dark',
      eyeColour: 'dark-brown',
      hairColour: 'black',
      hairType: 'braids',
      languages: [
        { language: ref.fr, level: 'native' },
        { language: ref.dyu, level: 'fluent' },
        { language: ref.en, level: 'intermediate' },
      ],
      accents: 'Nouchi, accent parisien',
      categories: [ref.acteur, ref.danseur],
      roleTypes: ['lead', 'supporting'],
      playingAgeMin: 25,
      playingAgeMax: 35,
      skills: [ref.chant, ref.djembe],
      yearsOfExperience: 10,
      training: 'INSAAC, Abidjan (art dramatique)',
      filmography: [
        { title: 'Les Sentinelles de Cocody', year: 2023, type: 'series', role: 'Commissaire Bamba', director: 'K. Yao' },
        { title: 'Le Retour', year: 2020, type: 'feature', role: 'Mariam' },
      ],
      availability: 'available',
      willingToTravel: true,
      rate: 180000,
      unionMember: true,
      unionName: SECRETS[7],
      showreelUrl: 'https://video.example.test/aicha-reel',
      socialLinks: { instagram: 'https://instagram.com/aicha.coul', imdb: 'https://www.imdb.com/name/nm0000001/' },
      isPublic: true,
      publicParts: ['age', 'nationality', 'location', 'physical', 'languages', 'skills', 'filmography', 'availability', 'media'],
    },
    true,
  )
  people.private = await createCinemaTalent('prive', {
    firstName: 'Privée',
    lastName: 'Kone',
    gender: 'F',
    dateOfBirth: '1990-01-01T12:00:00.000Z',
    country: ref.CI,
    city: ref.abidjan,
    categories: [ref.acteur],
    availability: 'available',
    isPublic: false,
  })
})

afterAll(async () => {
  await browser?.close()
})

describe('public cinema profile', () => {
  it('serves visitors HTML with the public parts and none of the private ones', async () => {
    const response = await fetch(`${baseUrl()}/cinema/profile/${people.aicha.code}`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('Aïcha Coul')
    expect(html).toContain('Les Sentinelles de Cocody')
    expect(html).toMatch(/33 ans|34 ans/)
    for (const secret of [...SECRETS, people.aicha.email]) expect(html, secret).not.toContain(secret)
    // OpenGraph: title, canonical URL and the photo's og size.
    expect(html).toContain(`<meta property="og:title" content="Aïcha Coul · ${people.aicha.code}"`)
    expect(html).toContain(`<meta property="og:url" content="${baseUrl()}/cinema/profile/${people.aicha.code}"`)
    expect(html).toMatch(/<meta property="og:image" content="http[^"]+-1200x630\.jpg"/)
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"')
  })

  it('shows the casting sheet with its sections and QR code, and sends a message', async () => {
    const context = await newContext(browser, { viewport: DESKTOP })
    const page = await context.newPage()
    await page.goto(`/cinema/profile/${people.aicha.code}`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Aïcha Coul')
    for (const title of ['Identité', 'Coordonnées', 'Caractéristiques physiques', 'Langues', 'Catégories et rôles recherchés', 'Compétences', 'Expérience et filmographie', 'Disponibilité et conditions', 'Médias et réseaux']) {
      expect(await page.getByRole('heading', { level: 2, name: title }).count(), title).toBe(1)
    }
    const qr = page.locator(`img[src="/api/cinema-talents/${people.aicha.code}/qr.svg"]`)
    await qr.scrollIntoViewIfNeeded()
    expect(await qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true)
    await screenshot(page, 'cinema-profile-desktop')

    // Sending with nothing filled in: localized field errors, focus on the first.
    await page.getByRole('button', { name: 'Envoyer le message' }).click()
    await page.getByText('Le message n’est pas parti').waitFor()
    expect(await page.getByText('Ce champ est obligatoire.').count()).toBeGreaterThan(0)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('senderName')

    await page.getByLabel('Votre nom').fill('Koffi Production')
    await page.getByLabel('Votre e-mail').fill('casting@koffi-prod.test')
    await page.getByLabel('Société, production ou agence').fill('Koffi Prod')
    await page.getByLabel('Objet').fill('Casting série « Abidjan Nuit »')
    await page.getByLabel('Message').fill('Bonjour Aïcha,\nnous cherchons une comédienne pour un premier rôle. Tournage en avril à Abidjan.')
    await page.getByLabel(/J’accepte que mon nom/).check()
    await page.getByRole('button', { name: 'Envoyer le message' }).click()
    await page.getByText('Message envoyé').waitFor()
    expect(await page.getByText('casting@koffi-prod.test').count()).toBe(1)
    await page.locator('#contact').screenshot({ path: 'tests/e2e/__screenshots__/cinema-profile-contact-sent.png' })
    await context.close()
  })

  it('reads well on a phone', async () => {
    const context = await newContext(browser, { viewport: PHONE })
    const page = await context.newPage()
    await page.goto(`/cinema/profile/${people.aicha.code}`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await screenshot(page, 'cinema-profile-phone')
    await context.close()
  })

  it('answers the site’s 404 for a private profile to visitors, and shows it to its owner with a banner', async () => {
    const response = await fetch(`${baseUrl()}/cinema/profile/${people.private.code}`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('404')
    expect((await fetch(`${baseUrl()}/cinema/profile/NOT-A-CODE`)).status).toBe(404)

    const context = await newContext(browser, { viewport: DESKTOP })
    const page = await context.newPage()
    await signIn(page, people.private)
    await page.goto(`/cinema/profile/${people.private.code}`)
    await page.getByText('Profil privé — visible par vous seulement').waitFor()
    await context.close()
  })

  it('lets the owner read the message in their space and mark it read', async () => {
    const context = await newContext(browser, { viewport: DESKTOP })
    const page = await context.newPage()
    await signIn(page, people.aicha)
    // A cinema profile alone (no talent profile): the space still opens, with the cinema card.
    await page.goto('/mon-espace')
    await page.getByRole('heading', { name: 'Votre fiche casting' }).waitFor()
    await screenshot(page, 'cinema-space-overview')
    await page.getByRole('link', { name: /Mes messages/ }).click()
    await page.waitForURL('**/mon-espace/messages')
    const message = page.getByRole('article', { name: /Abidjan Nuit/ })
    await message.waitFor()
    expect(await message.textContent()).toContain('casting@koffi-prod.test')
    expect(await message.getByText('Nouveau').count()).toBe(1)
    await screenshot(page, 'cinema-space-messages')
    await message.getByRole('button', { name: 'Marquer comme lu' }).click()
    await message.getByText('Lu', { exact: true }).waitFor()
    expect(await message.getByText('Nouveau').count()).toBe(0)
    await context.close()
  })
})
