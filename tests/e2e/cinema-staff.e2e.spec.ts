import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { utcDay, yearsBefore } from '@/cinema/staffSearch/ageBounds'
import { adminToken, api } from '../helpers/api'
import { baseUrl, DESKTOP, launchBrowser, newContext, PHONE, screenshot as saveScreenshot } from '../helpers/browser'

/** Every seeded profile carries this word (in "other skills", hence in the folded search text). */
const MARKER = `zqe${Date.now().toString(36)}`

let browser: Browser
let token: string
const ref: Record<string, number> = {}

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

async function portrait(colours: [string, string]): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="600">
    <defs><radialGradient id="g" cx="35%" cy="25%" r="90%"><stop offset="0" stop-color="${colours[0]}"/><stop offset="1" stop-color="${colours[1]}"/></radialGradient></defs>
    <rect width="480" height="600" fill="url(#g)"/>
    <circle cx="240" cy="235" r="95" fill="#2a2420" opacity="0.88"/>
    <path d="M70 600c15-145 85-235 170-235s155 90 170 235z" fill="#2a2420" opacity="0.88"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}

const birth = (age: number) => new Date(yearsBefore(utcDay(new Date()), age).getTime() - 100 * 86_400_000).toISOString().slice(0, 10)

type Seed = {
  firstName: string
  lastName: string
  gender: 'F' | 'M'
  age: number
  place: 'CI:ABJ' | 'SN:DKR'
  heightCm: number
  languages: [string, string][]
  skills: string[]
  availability: string
  photo?: [string, string]
}

const SEEDS: Seed[] = [
  { firstName: 'Aïcha', lastName: 'Bamba', gender: 'F', age: 28, place: 'CI:ABJ', heightCm: 168, languages: [['fr', 'native'], ['wo', 'fluent']], skills: ['chant', 'slam'], availability: 'available', photo: ['#f0c46e', '#b4461f'] },
  { firstName: 'Mariam', lastName: 'Koné', gender: 'F', age: 33, place: 'CI:ABJ', heightCm: 175, languages: [['fr', 'fluent'], ['wo', 'basic']], skills: ['chant'], availability: 'limited', photo: ['#edb59b', '#6b2911'] },
  { firstName: 'Ousmane', lastName: 'Sow', gender: 'M', age: 45, place: 'SN:DKR', heightCm: 182, languages: [['wo', 'native']], skills: ['slam'], availability: 'available', photo: ['#e8dac5', '#2f6b4f'] },
  { firstName: 'Fanta', lastName: 'Diallo', gender: 'F', age: 22, place: 'SN:DKR', heightCm: 160, languages: [['fr', 'intermediate']], skills: [], availability: 'unavailable' },
]

async function createCinemaTalent(seed: Seed): Promise<void> {
  const email = `${seed.firstName.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}.${MARKER}@taalentio.test`
  const user = await api<{ doc: { id: number } }>('/api/users', { method: 'POST', token, body: JSON.stringify({ email, password: 'Talent-Pass-2026', roles: ['talent'] }) })
  expect(user.status, JSON.stringify(user.body)).toBe(201)
  let photo: number | undefined
  if (seed.photo) {
    const form = new FormData()
    form.set('file', new Blob([new Uint8Array(await portrait(seed.photo))], { type: 'image/jpeg' }), 'portrait.jpg')
    form.set('_payload', JSON.stringify({ owner: user.body.doc.id, alt: seed.firstName }))
    const response = await fetch(`${baseUrl()}/api/photos`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
    expect(response.status).toBe(201)
    photo = ((await response.json()) as { doc: { id: number } }).doc.id
  }
  const [country] = seed.place.split(':')
  const created = await api<{ doc: { code: string } }>('/api/cinema-talents', {
    method: 'POST',
    token,
    body: JSON.stringify({
      user: user.body.doc.id,
      firstName: seed.firstName,
      lastName: seed.lastName,
      gender: seed.gender,
      dateOfBirth: birth(seed.age),
      country: ref[country],
      city: ref[seed.place],
      categories: [ref.acteur],
      heightCm: seed.heightCm,
      languages: seed.languages.map(([code, level]) => ({ language: ref[`lang:${code}`], level })),
      skills: seed.skills.map((slug) => ref[`skill:${slug}`]),
      availability: seed.availability,
      otherSkills: `Repère ${MARKER}`,
      photo,
      isPublic: seed.firstName !== 'Fanta',
    }),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
}

async function signedInContext(viewport = DESKTOP, who: { email: string; password: string } | 'admin' = 'admin'): Promise<BrowserContext> {
  const context = await newContext(browser, { viewport })
  const sessionToken =
    who === 'admin'
      ? token
      : (await api<{ token: string }>('/api/users/login', { method: 'POST', body: JSON.stringify(who) })).body.token
  await context.addCookies([{ name: 'payload-token', value: sessionToken, url: baseUrl() }])
  return context
}

/** Waits until React has hydrated the page (in `next dev` that comes well after "load"): a select now belongs to React. */
async function hydrated(page: Page, selector: string) {
  await expect
    .poll(() => page.locator(selector).first().evaluate((element) => Object.keys(element).some((key) => key.startsWith('__react'))), { timeout: 60_000 })
    .toBe(true)
}

/** Names in the staff table (desktop) or cards (phone), in order. */
const names = (page: Page, testId: 'staff-row' | 'staff-card') =>
  page.getByTestId(testId).evaluateAll((rows) => rows.map((row) => row.querySelector('p')?.textContent?.trim() ?? ''))

beforeAll(async () => {
  browser = await launchBrowser()
  token = await adminToken()
  ref.CI = await firstId('/api/countries?where[iso2][equals]=CI&limit=1')
  ref.SN = await firstId('/api/countries?where[iso2][equals]=SN&limit=1')
  ref['CI:ABJ'] = await firstId(`/api/cities?where[code][equals]=ABJ&where[country][equals]=${ref.CI}&limit=1`)
  ref['SN:DKR'] = await firstId(`/api/cities?where[code][equals]=DKR&where[country][equals]=${ref.SN}&limit=1`)
  ref.acteur = await firstId('/api/categories?where[slug][equals]=acteur&limit=1')
  for (const slug of ['chant', 'slam']) ref[`skill:${slug}`] = await firstId(`/api/skills?where[slug][equals]=${slug}&limit=1`)
  for (const code of ['fr', 'wo']) ref[`lang:${code}`] = await firstId(`/api/languages?where[code][equals]=${code}&limit=1`)
  for (const seed of SEEDS) await createCinemaTalent(seed)
})

afterAll(async () => {
  await browser?.close()
})

describe('staff search page /cinema/talents', () => {
  it('filters by gender, age range, language level and skills, sorts, and resets — all in the URL', async () => {
    const context = await signedInContext()
    const page = await context.newPage()
    await page.goto(`/cinema/talents?q=${MARKER}`)
    await hydrated(page, '#staff-sort')
    await expect.poll(() => names(page, 'staff-row'), { timeout: 60_000 }).toEqual(['Aïcha Bamba', 'Fanta Diallo', 'Mariam Koné', 'Ousmane Sow'])
    await expect.poll(() => page.getByRole('heading', { name: '4 talents' }).count()).toBe(1)

    // A select applies at once.
    await page.locator('#filter-gender').selectOption('F')
    await page.waitForURL(/gender=F/)
    await expect.poll(() => names(page, 'staff-row')).toEqual(['Aïcha Bamba', 'Fanta Diallo', 'Mariam Koné'])

    // Numbers apply with Enter; 25–35 keeps Aïcha (28) and Mariam (33).
    await page.locator('#filter-ageMin').fill('25')
    await page.locator('#filter-ageMax').fill('35')
    await page.locator('#filter-ageMax').press('Enter')
    await page.waitForURL(/ageMax=35/)
    await expect.poll(() => names(page, 'staff-row')).toEqual(['Aïcha Bamba', 'Mariam Koné'])

    // Wolof, at least fluent: Mariam's Wolof is basic.
    await page.locator('#filter-language-0').selectOption({ label: 'Wolof' })
    await page.waitForURL(/language=wo/)
    await page.locator('#filter-level-0').selectOption({ label: 'Courant' })
    await page.waitForURL(/language=wo%3A3/)
    await expect.poll(() => names(page, 'staff-row')).toEqual(['Aïcha Bamba'])
    await expect.poll(() => page.getByRole('link', { name: 'Retirer le filtre « Wolof (Courant ou mieux) »' }).count()).toBe(1)
    await screenshot(page, 'cinema-staff-filters-desktop')

    // The shared link gives the same search to someone else.
    const shared = page.url()
    const other = await (await signedInContext()).newPage()
    await other.goto(shared)
    await expect.poll(() => names(other, 'staff-row')).toEqual(['Aïcha Bamba'])
    await other.context().close()

    // Reset, then every chosen skill is required.
    await page.getByRole('link', { name: 'Réinitialiser' }).first().click()
    await page.waitForURL((url) => url.pathname === '/cinema/talents' && url.search === '')
    await page.goto(`/cinema/talents?q=${MARKER}`)
    await hydrated(page, '#staff-sort')
    await page.getByRole('combobox', { name: 'Ajouter une compétence' }).selectOption({ label: 'Chant' })
    await page.waitForURL(/skill=chant/)
    await expect.poll(() => names(page, 'staff-row')).toEqual(['Aïcha Bamba', 'Mariam Koné'])
    await page.getByRole('combobox', { name: 'Ajouter une compétence' }).selectOption({ label: 'Slam' })
    await page.waitForURL(/skill=slam/)
    await expect.poll(() => names(page, 'staff-row')).toEqual(['Aïcha Bamba'])

    // Sort by height, tallest first.
    await page.goto(`/cinema/talents?q=${MARKER}`)
    await hydrated(page, '#staff-sort')
    await page.locator('#staff-sort').selectOption('-height')
    await page.waitForURL(/sort=-height/)
    await expect.poll(() => names(page, 'staff-row')).toEqual(['Ousmane Sow', 'Mariam Koné', 'Aïcha Bamba', 'Fanta Diallo'])
    const editLink = page.getByRole('link', { name: 'Modifier Ousmane Sow dans l’administration' })
    expect(await editLink.getAttribute('href')).toMatch(/^\/admin\/collections\/cinema-talents\/\d+$/)
    expect(await page.getByRole('link', { name: 'Voir le profil de Ousmane Sow' }).getAttribute('href')).toMatch(/^\/cinema\/profile\/SNDKR\d{5}M$/)
    await screenshot(page, 'cinema-staff-sorted-desktop')
    await context.close()
  })

  it('shows cards on a phone, filters behind a button', async () => {
    const context = await signedInContext(PHONE)
    const page = await context.newPage()
    await page.goto(`/cinema/talents?q=${MARKER}&country=CI&sort=age`)
    await hydrated(page, '#staff-sort')
    await expect.poll(() => names(page, 'staff-card'), { timeout: 60_000 }).toEqual(['Aïcha Bamba', 'Mariam Koné'])
    expect(await page.getByTestId('staff-row').first().isVisible()).toBe(false)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await screenshot(page, 'cinema-staff-phone')
    await page.getByRole('button', { name: /Filtres/ }).click()
    await expect.poll(() => page.locator('#filter-ageMin').isVisible()).toBe(true)
    await screenshot(page, 'cinema-staff-phone-filters')
    await context.close()
  })

  it('sends visitors to sign in and shows talents a 403', async () => {
    const visitor = await newContext(browser)
    const page = await visitor.newPage()
    await page.goto(`/cinema/talents?gender=F`)
    await page.waitForURL(/\/connexion\?next=/)
    expect(new URL(page.url()).searchParams.get('next')).toBe('/cinema/talents?gender=F')
    await visitor.close()

    const email = `fanta.${MARKER}@taalentio.test`
    const talent = await signedInContext(DESKTOP, { email, password: 'Talent-Pass-2026' })
    const talentPage = await talent.newPage()
    await talentPage.goto('/cinema/talents')
    await expect.poll(() => talentPage.getByRole('heading', { name: 'Accès réservé à l’équipe Taalentio' }).count()).toBe(1)
    expect(await talentPage.getByTestId('staff-row').count()).toBe(0)
    await screenshot(talentPage, 'cinema-staff-forbidden')
    await talent.close()
  })
})

describe('admin list of cinema talents', () => {
  const rowsOfList = (page: Page) =>
    page.locator('.table tbody tr').evaluateAll((rows) => rows.map((row) => row.textContent ?? ''))

  it('filters the list with the advanced search panel', async () => {
    const context = await signedInContext()
    const page = await context.newPage()
    await page.goto('/admin/collections/cinema-talents')
    const panel = page.locator('.cinema-filters')
    await page.getByText('Afficher la recherche avancée').click()
    // Hydrated: React owns the toggle's text.
    await expect.poll(() => page.getByText('Masquer la recherche avancée').count(), { timeout: 60_000 }).toBe(1)

    await panel.getByLabel('Texte libre').fill(MARKER)
    await panel.getByLabel('Genre').selectOption('F')
    await panel.getByLabel('Langue 1', { exact: true }).selectOption({ label: 'Wolof' })
    await panel.getByRole('button', { name: 'Filtrer la liste' }).click()
    await page.waitForURL(/where/)
    const url = decodeURIComponent(page.url())
    expect(url).toContain('[languages.language][equals]')
    expect(url).toContain('[searchText][like]')
    await expect.poll(async () => (await rowsOfList(page)).map((text) => text.match(/Aïcha|Mariam|Ousmane|Fanta/)?.[0]).sort()).toEqual(['Aïcha', 'Mariam'])

    // Level "fluent or better" on the same language row: Mariam's Wolof is basic.
    await panel.getByLabel('Niveau minimum (Langue 1)').selectOption({ label: 'Courant' })
    await panel.getByRole('button', { name: 'Filtrer la liste' }).click()
    await page.waitForURL(/levelRank/)
    await expect.poll(async () => (await rowsOfList(page)).map((text) => text.match(/Aïcha|Mariam|Ousmane|Fanta/)?.[0])).toEqual(['Aïcha'])
    await screenshot(page, 'cinema-staff-admin-language')

    // Two skills (all required): Payload's where cannot say it; the list filters on the matching ids.
    await panel.getByLabel('Niveau minimum (Langue 1)').selectOption({ label: 'Notions' })
    await panel.getByLabel('Langue 1', { exact: true }).selectOption('')
    await panel.getByLabel('Genre').selectOption('')
    await panel.getByRole('combobox', { name: 'Ajouter une compétence' }).selectOption({ label: 'Slam' })
    await panel.getByRole('combobox', { name: 'Ajouter une compétence' }).selectOption({ label: 'Chant' })
    await panel.getByRole('button', { name: 'Filtrer la liste' }).click()
    await page.waitForURL((url) => decodeURIComponent(url.search).includes('[id][in]'))
    await expect.poll(async () => (await rowsOfList(page)).map((text) => text.match(/Aïcha|Mariam|Ousmane|Fanta/)?.[0])).toEqual(['Aïcha'])

    // Age range only: birth-date bounds, 40 and over finds Ousmane (45).
    await panel.getByRole('button', { name: /Retirer « Slam »/ }).click()
    await panel.getByRole('button', { name: /Retirer « Chant »/ }).click()
    await panel.getByLabel('Âge minimum').fill('40')
    await panel.getByRole('button', { name: 'Filtrer la liste' }).click()
    await page.waitForURL(/dateOfBirth/)
    await expect.poll(async () => (await rowsOfList(page)).map((text) => text.match(/Aïcha|Mariam|Ousmane|Fanta/)?.[0])).toEqual(['Ousmane'])
    await screenshot(page, 'cinema-staff-admin-age')

    // A reload keeps the list filtered and the panel filled.
    await page.reload()
    await expect.poll(() => panel.getByLabel('Âge minimum').inputValue(), { timeout: 60_000 }).toBe('40')
    await panel.getByRole('button', { name: 'Effacer' }).click()
    await page.waitForURL((current) => !decodeURIComponent(current.search).includes('dateOfBirth'))
    await context.close()
  })
})
