import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, api } from '../helpers/api'
import { baseUrl, DESKTOP, launchBrowser, newContext, PHONE, screenshot as saveScreenshot } from '../helpers/browser'

let browser: Browser
let token: string
const ref: Record<string, number> = {}

type Created = { code: string; email: string; password: string; userId: number }
const talents = {} as Record<'aminata' | 'kwame' | 'fatou', Created>

/** A full-page screenshot from the top, so the sticky header sits where a visitor sees it. */
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

/** A portrait-shaped placeholder photo: a silhouette on warm colours (a real JPEG). */
async function portrait(hue: [string, string]): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="1200">
    <defs><radialGradient id="g" cx="35%" cy="25%" r="90%"><stop offset="0" stop-color="${hue[0]}"/><stop offset="1" stop-color="${hue[1]}"/></radialGradient></defs>
    <rect width="960" height="1200" fill="url(#g)"/>
    <circle cx="480" cy="470" r="190" fill="#2a2420" opacity="0.88"/>
    <path d="M140 1200c30-290 170-470 340-470s310 180 340 470z" fill="#2a2420" opacity="0.88"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}

async function uploadPhoto(owner: number, photo: Buffer, alt: string): Promise<number> {
  const form = new FormData()
  form.set('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'portrait.jpg')
  form.set('_payload', JSON.stringify({ owner, alt }))
  const response = await fetch(`${baseUrl()}/api/photos`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
  const body = (await response.json()) as { doc: { id: number } }
  expect(response.status, JSON.stringify(body)).toBe(201)
  return body.doc.id
}

/** A talent account and profile, created by the admin through the REST API. */
async function createTalent(name: string, profile: Record<string, unknown>, photo?: [string, string]): Promise<Created> {
  const email = `${name}.${Date.now()}@taalentio.test`
  const password = 'Talent-Pass-2026'
  const user = await api<{ doc: { id: number } }>('/api/users', { method: 'POST', token, body: JSON.stringify({ email, password, roles: ['talent'] }) })
  expect(user.status).toBe(201)
  const userId = user.body.doc.id
  const photoId = photo ? await uploadPhoto(userId, await portrait(photo), name) : undefined
  const created = await api<{ doc: { code: string } }>('/api/talents', {
    method: 'POST',
    token,
    body: JSON.stringify({ user: userId, photo: photoId, ...profile }),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return { code: created.body.doc.code, email, password, userId }
}

/** Signs the browser context in as this person (Payload's session cookie). */
async function signIn(page: Page, who: Created) {
  const login = await api<{ token: string }>('/api/users/login', { method: 'POST', body: JSON.stringify({ email: who.email, password: who.password }) })
  await page.context().addCookies([{ name: 'payload-token', value: login.body.token, url: baseUrl() }])
}

const imageLoaded = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)

beforeAll(async () => {
  browser = await launchBrowser()
  token = await adminToken()
  ref.CI = await firstId('/api/countries?where[iso2][equals]=CI')
  ref.GH = await firstId('/api/countries?where[iso2][equals]=GH')
  ref.SN = await firstId('/api/countries?where[iso2][equals]=SN')
  ref.abidjan = await firstId(`/api/cities?where[country][equals]=${ref.CI}&where[name][equals]=Abidjan`)
  ref.accra = await firstId(`/api/cities?where[country][equals]=${ref.GH}&where[name][equals]=Accra`)
  ref.dakar = await firstId(`/api/cities?where[country][equals]=${ref.SN}&where[name][equals]=Dakar`)
  ref.ivorian = await firstId(`/api/nationalities?where[country][equals]=${ref.CI}`)
  for (const slug of ['acteur', 'danseur', 'chanteur', 'realisateur', 'mannequin', 'musicien']) ref[slug] = await firstId(`/api/categories?where[slug][equals]=${slug}`)
  for (const slug of ['chant', 'djembe']) ref[slug] = await firstId(`/api/skills?where[slug][equals]=${slug}`)
  for (const code of ['fr', 'en', 'dyu', 'wo']) ref[code] = await firstId(`/api/languages?where[code][equals]=${code}`)

  talents.aminata = await createTalent(
    'aminata',
    {
      firstName: 'Aminata',
      lastName: 'Traoré',
      gender: 'F',
      dateOfBirth: '1994-03-08T12:00:00.000Z',
      nationality: ref.ivorian,
      phone: '+225 07 11 22 33 44',
      country: ref.CI,
      city: ref.abidjan,
      categories: [ref.acteur, ref.danseur],
      languages: [
        { language: ref.fr, level: 'native' },
        { language: ref.dyu, level: 'fluent' },
        { language: ref.en, level: 'intermediate' },
      ],
      skills: [ref.chant, ref.djembe],
      yearsOfExperience: 9,
      experience:
        'Rôle principal dans « Les Sentinelles de Cocody » (2023), série diffusée sur A+.\nSix saisons de théâtre au Palais de la culture de Treichville.\nFormation : INSAAC, Abidjan.',
      isPublic: true,
      publicParts: ['age', 'nationality', 'location', 'languages', 'skills', 'experience'],
    },
    ['#f0c46e', '#b4461f'],
  )
  // Public, but shows only his languages.
  talents.kwame = await createTalent('kwame', {
    firstName: 'Kwame',
    lastName: 'Mensah',
    stageName: 'Kwame M.',
    gender: 'M',
    country: ref.GH,
    city: ref.accra,
    categories: [ref.musicien],
    languages: [{ language: ref.en, level: 'native' }],
    skills: [ref.djembe],
    isPublic: true,
    publicParts: ['languages'],
  })
  talents.fatou = await createTalent('fatou', {
    firstName: 'Fatou',
    lastName: 'Diallo',
    gender: 'F',
    country: ref.SN,
    city: ref.dakar,
    categories: [ref.acteur],
    isPublic: false,
  })
  // A few more public profiles, so the directory looks like one.
  const more: [string, string, 'F' | 'M', number, number, number, [string, string] | undefined][] = [
    ['Salif', 'Keïta', 'M', ref.realisateur, ref.SN, ref.dakar, ['#e07a4f', '#4a1c0c']],
    ['Nadia', 'Ouédraogo', 'F', ref.mannequin, ref.CI, ref.abidjan, ['#f7dca6', '#8a3516']],
    ['Yao', 'Kouadio', 'M', ref.chanteur, ref.CI, ref.abidjan, undefined],
    ['Awa', 'Ndiaye', 'F', ref.danseur, ref.SN, ref.dakar, ['#edb59b', '#2f6b4f']],
  ]
  for (const [firstName, lastName, gender, category, country, city, photo] of more) {
    await createTalent(
      firstName.toLowerCase(),
      { firstName, lastName, gender, categories: [category], country, city, languages: [{ language: ref.fr, level: 'fluent' }], isPublic: true },
      photo,
    )
  }
})

afterAll(async () => {
  await browser?.close()
})

describe('public talent profile', () => {
  it('shows the public parts, the code and its QR code, never the contact details', async () => {
    for (const [viewport, suffix] of [[DESKTOP, 'desktop'], [PHONE, 'phone']] as const) {
      const context = await newContext(browser, { viewport })
      const page = await context.newPage()
      const response = await page.goto(`/talents/${talents.aminata.code}`)
      expect(response?.status()).toBe(200)
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Aminata Traoré')
      await expect.poll(() => page.title()).toBe(`Aminata Traoré · ${talents.aminata.code} · Taalentio`)
      const main = page.locator('main')
      await expect.poll(() => main.getByRole('img', { name: talents.aminata.code, exact: true }).count()).toBe(1)
      for (const text of ['Acteur·rice', 'Danseur·se', '🇨🇮 Ivoirienne', 'Abidjan, Côte d', 'Dioula', 'Courant', 'Djembé', '9 ans', 'Les Sentinelles de Cocody', 'Contact via Taalentio']) {
        await expect.poll(() => main.getByText(text).count(), { message: text }).toBeGreaterThan(0)
      }
      await expect.poll(() => main.getByText(/^\d+ ans$/).count()).toBe(2)
      expect(await main.textContent()).not.toContain('07 11 22 33 44')
      expect(await main.textContent()).not.toContain('Masqué au public')

      const qr = main.getByRole('img', { name: `QR code menant au profil ${talents.aminata.code}` })
      expect(await qr.getAttribute('src')).toBe(`/api/talents/${talents.aminata.code}/qr.svg`)
      await expect.poll(() => imageLoaded(page, `img[src$="/qr.svg"]`)).toBe(true)
      await expect.poll(() => imageLoaded(page, `img[alt="Photo de Aminata Traoré"]`)).toBe(true)
      const download = main.getByRole('link', { name: /Télécharger en PNG/ })
      expect(await download.getAttribute('href')).toBe(`/api/talents/${talents.aminata.code}/qr.png?download=1`)
      const png = await page.request.get(`/api/talents/${talents.aminata.code}/qr.png?download=1`)
      expect(png.status()).toBe(200)
      expect(png.headers()['content-disposition']).toBe(`attachment; filename="${talents.aminata.code}-qr.png"`)

      const og = await page.locator('meta[property="og:image"]').getAttribute('content')
      expect(og).toMatch(new RegExp(`^${baseUrl()}/api/photos/file/.+-1200x630\\.jpg$`))
      await screenshot(page, `talent-profile-${suffix}`)
      await context.close()
    }
  })

  it('leaves out what the talent keeps to themself', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(`/talents/${talents.kwame.code}`)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kwame M.')
    const main = page.locator('main')
    await expect.poll(() => main.getByText('Anglais').count()).toBe(1)
    for (const text of ['Accra', 'Djembé', 'Lieu de résidence', 'Compétences', 'Mensah']) expect(await main.getByText(text).count(), text).toBe(0)

    // The talent sees everything, with what visitors do not see marked as such.
    await signIn(page, talents.kwame)
    await page.reload()
    await expect.poll(() => main.getByText('Vous voyez votre profil tel que les visiteurs le voient').count()).toBe(1)
    await expect.poll(() => main.getByText('Accra').count()).toBe(1)
    await expect.poll(() => main.getByText('Djembé').count()).toBe(1)
    await expect.poll(() => main.getByText('Masqué au public', { exact: true }).count()).toBe(2)
    await screenshot(page, 'talent-profile-owner-hidden-parts')
    await context.close()
  })

  it('is a 404 for a private profile, except for its owner, who sees a banner', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const response = await page.goto(`/talents/${talents.fatou.code}`)
    expect(response?.status()).toBe(404)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Page introuvable')
    expect((await page.request.get(`/api/talents/${talents.fatou.code}/qr.png`)).status()).toBe(404)
    expect((await page.goto('/talents/XX123'))?.status()).toBe(404)

    await signIn(page, talents.fatou)
    expect((await page.goto(`/talents/${talents.fatou.code}`))?.status()).toBe(200)
    await expect.poll(() => page.getByText('Profil privé — visible par vous seul').count()).toBe(1)
    await expect.poll(() => imageLoaded(page, `img[src$="/qr.svg"]`)).toBe(true)
    await screenshot(page, 'talent-profile-private-owner')
    await context.close()
  })

  it('speaks English with ?lang=en', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(`/talents/${talents.aminata.code}?lang=en`)
    await page.waitForURL(`**/talents/${talents.aminata.code}`)
    const main = page.locator('main')
    for (const text of ['Profile QR code', 'Contact through Taalentio', 'Native', 'Dyula', '🇨🇮 Ivorian', '9 years', 'Actor']) {
      await expect.poll(() => main.getByText(text).count(), { message: text }).toBeGreaterThan(0)
    }
    await page.goto('/talents?category=acteur')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Find a talent')
    await expect.poll(() => page.getByRole('link', { name: 'Remove the “Actor” filter' }).count()).toBe(1)
    await screenshot(page, 'talent-directory-en-desktop')
    await context.close()
  })

  it('sends a lower-case code to the canonical address', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(`/talents/${talents.aminata.code.toLowerCase()}`)
    expect(new URL(page.url()).pathname).toBe(`/talents/${talents.aminata.code}`)
    await context.close()
  })
})

describe('talent directory', () => {
  const cardLinks = (page: Page) => page.locator('main').getByRole('link', { name: /^Voir le profil de / })
  /** Names on the result cards (other test files may add talents of their own to the same database). */
  const cardNames = async (page: Page) =>
    (await cardLinks(page).allTextContents()).map((name) => name.trim())
  const ours = ['Aminata Traoré', 'Kwame M.', 'Salif Keïta', 'Nadia Ouédraogo', 'Yao Kouadio', 'Awa Ndiaye']
  const oursIn = async (page: Page) => (await cardNames(page)).filter((name) => ours.includes(name)).sort()

  it('lists public profiles only, and finds a talent by name', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto('/talents')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Trouver un talent')
    await expect.poll(() => oursIn(page)).toEqual([...ours].sort())
    expect(await page.locator('main').getByText('Fatou Diallo').count()).toBe(0)
    await screenshot(page, 'talent-directory-desktop')

    // Typed without its accent, as on many keyboards.
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('traore')
    await page.getByRole('searchbox', { name: 'Rechercher' }).press('Enter')
    await page.waitForURL((url) => url.searchParams.get('q') === 'traore')
    await expect.poll(() => cardNames(page)).toEqual(['Aminata Traoré'])
    await expect.poll(() => page.getByRole('heading', { name: '1 talent' }).count()).toBe(1)
    // Empty fields stay out of the shared URL.
    expect(new URL(page.url()).search).toBe('?q=traore')
    await cardLinks(page).first().click()
    await page.waitForURL(`**/talents/${talents.aminata.code}`)
    await context.close()
  })

  it('filters by category from the home page form and from the filter panel', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto('/')
    await page.getByRole('combobox', { name: 'Catégorie' }).selectOption('danseur')
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await page.waitForURL((url) => url.pathname === '/talents' && url.searchParams.get('category') === 'danseur')
    await expect.poll(() => oursIn(page)).toEqual(['Aminata Traoré', 'Awa Ndiaye'])

    await page.getByRole('combobox', { name: 'Catégorie' }).selectOption('acteur')
    await page.waitForURL((url) => url.searchParams.get('category') === 'acteur')
    await expect.poll(() => oursIn(page)).toEqual(['Aminata Traoré'])
    expect(await page.locator('main').getByText('Fatou Diallo').count()).toBe(0)

    // Country, then a city of that country; the chips undo a filter.
    await page.getByRole('link', { name: 'Retirer le filtre « Acteur·rice »' }).click()
    await page.waitForURL((url) => !url.searchParams.has('category'))
    await page.getByRole('combobox', { name: 'Pays' }).selectOption('CI')
    await page.waitForURL((url) => url.searchParams.get('country') === 'CI')
    await expect.poll(() => page.getByRole('combobox', { name: 'Ville' }).isEnabled()).toBe(true)
    await page.getByRole('combobox', { name: 'Ville' }).selectOption('ABJ')
    await page.waitForURL((url) => url.searchParams.get('city') === 'ABJ')
    await expect.poll(() => oursIn(page)).toEqual(['Aminata Traoré', 'Nadia Ouédraogo', 'Yao Kouadio'])
    await screenshot(page, 'talent-directory-filtered-desktop')
    await context.close()
  })

  it('folds the filters into a panel on phones', async () => {
    const context = await newContext(browser, { viewport: PHONE })
    const page = await context.newPage()
    await page.goto('/talents?country=SN')
    await expect.poll(() => oursIn(page)).toEqual(['Awa Ndiaye', 'Salif Keïta'])
    const toggle = page.getByRole('button', { name: /Filtres/ })
    expect(await page.getByRole('combobox', { name: 'Catégorie' }).isVisible()).toBe(false)
    await screenshot(page, 'talent-directory-phone')
    await toggle.click()
    await expect.poll(() => page.getByRole('combobox', { name: 'Catégorie' }).isVisible()).toBe(true)
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true')
    await page.waitForTimeout(300) // the chevron's turn
    await screenshot(page, 'talent-directory-phone-filters')
    await page.goto('/talents?q=personne-inconnue')
    await expect.poll(() => page.getByText('Aucun talent ne correspond à votre recherche').count()).toBe(1)
    await screenshot(page, 'talent-directory-phone-empty')
    await context.close()
  })
})
