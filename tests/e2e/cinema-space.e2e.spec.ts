import sharp from 'sharp'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, api } from '../helpers/api'
import { baseUrl, launchBrowser, newContext, PHONE, screenshot } from '../helpers/browser'

let browser: Browser
let token: string
const talent = { email: `mariama-${Date.now()}@taalentio.test`, password: 'Cinema-Edit-2026', code: '', id: 0 }

async function portrait(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="750">
    <rect width="600" height="750" fill="#c0602a"/><circle cx="300" cy="290" r="120" fill="#2a2420"/>
    <path d="M90 750c25-170 110-250 210-250s185 80 210 250z" fill="#2a2420"/></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}

const firstId = async (path: string) => (await api<{ docs: { id: number }[] }>(path, { token })).body.docs[0].id

/** A cinema talent created through the public registration endpoint, then given a password by staff. */
beforeAll(async () => {
  browser = await launchBrowser()
  token = await adminToken()
  const country = await firstId('/api/countries?where[iso2][equals]=SN')
  const city = await firstId(`/api/cities?where[country][equals]=${country}&sort=-population&limit=1`)
  const category = await firstId('/api/categories?limit=1')
  const wolof = await firstId('/api/languages?where[code][equals]=wo')

  const form = new FormData()
  form.set(
    'data',
    JSON.stringify({
      firstName: 'Mariama',
      lastName: 'Sow',
      gender: 'F',
      dateOfBirth: '1995-07-21',
      email: talent.email,
      phone: '+221 77 555 44 33',
      country,
      city,
      heightUnit: 'cm',
      heightCm: 168,
      languages: [{ language: wolof, level: 'native' }],
      categories: [category],
      filmography: [{ title: 'Tey', year: 2012, type: 'feature', role: 'Figurante' }],
      isPublic: true,
      publicParts: ['age', 'physical', 'languages', 'filmography', 'media'],
      consent: true,
    }),
  )
  form.set('photo', new Blob([new Uint8Array(await portrait())], { type: 'image/jpeg' }), 'portrait.jpg')
  const response = await fetch(`${baseUrl()}/api/cinema/register`, { method: 'POST', body: form })
  const body = (await response.json()) as { code: string }
  expect(response.status, JSON.stringify(body)).toBe(201)
  talent.code = body.code

  const users = await api<{ docs: { id: number }[] }>(`/api/users?where[email][equals]=${encodeURIComponent(talent.email)}`, { token })
  talent.id = users.body.docs[0].id
  const set = await api(`/api/users/${talent.id}`, { method: 'PATCH', token, body: JSON.stringify({ password: talent.password }) })
  expect(set.status).toBe(200)
}, 180_000)

afterAll(async () => {
  await browser?.close()
})

async function signIn(page: Page) {
  await page.goto('/connexion?next=/mon-espace')
  await page.getByLabel('E-mail ou code unique').fill(talent.email)
  await page.getByLabel('Mot de passe', { exact: true }).fill(talent.password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.waitForURL((url) => url.pathname === '/mon-espace', { timeout: 90_000 })
}

describe('cinema space', () => {
  it('lets the talent change their height and add a film, refuses a wrong value without losing anything, and shows the result on the public profile', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    page.setDefaultTimeout(90_000)
    await signIn(page)

    // From the cinema card of the talent space.
    await page.getByRole('link', { name: 'Modifier ma fiche' }).click()
    await page.waitForURL((url) => url.pathname === '/mon-espace/cinema')
    await page.waitForLoadState('networkidle')
    await page.getByRole('heading', { level: 1, name: 'Modifier ma fiche cinéma' }).waitFor()
    const height = page.getByLabel('Taille en centimètres')
    expect(await height.inputValue()).toBe('168')
    expect(await page.getByLabel('Titre (Production 1)').inputValue()).toBe('Tey')
    await page.getByTestId('current-photo').waitFor()
    expect(await page.getByText('Consentement', { exact: true }).count()).toBe(0)
    expect(await page.getByTestId('save-bar').getAttribute('data-state')).toBe('clean')
    await screenshot(page, 'cinema-space-desktop')

    // A wrong height: the server's message under the field, everything typed still there.
    // Typed again until the page has hydrated (a first `next dev` compile can lag behind the HTML).
    await expect
      .poll(
        async () => {
          await height.fill('300')
          return page.getByTestId('save-bar').getAttribute('data-state')
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe('unsaved')
    await page.getByRole('button', { name: 'Ajouter une production' }).click()
    await page.getByLabel('Titre (Production 2)').fill('Banel & Adama')
    await page.getByLabel('Année (Production 2)').fill('2023')
    await page.getByLabel('Rôle ou poste (Production 2)').fill('Banel')
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click()
    await page.getByText('Taille entre 50 et 250 cm').first().waitFor()
    expect(await page.getByLabel('Titre (Production 2)').inputValue()).toBe('Banel & Adama')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('registration-heightCm')

    await height.fill('181')
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click()
    await page.waitForSelector('[data-testid="save-bar"][data-state="saved"]')
    await page.getByText('Modifications enregistrées. Votre fiche est à jour.').waitFor()
    expect(await height.inputValue()).toBe('181')
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await screenshot(page, 'cinema-space-saved-desktop')

    // The public profile shows the change; its owner's "Modifier" link leads back here.
    await page.goto(`/cinema/profile/${talent.code}`)
    await page.getByText('181 cm').first().waitFor()
    await page.getByText('Banel & Adama').first().waitFor()
    expect(await page.getByRole('link', { name: /Modifier/ }).first().getAttribute('href')).toBe('/mon-espace/cinema')

    // Seen by a visitor too, with the same code.
    const visitor = await browser.newContext({ baseURL: baseUrl() })
    const anonymous = await visitor.newPage()
    await anonymous.goto(`/cinema/profile/${talent.code}`)
    await anonymous.getByText('181 cm').first().waitFor()
    await anonymous.getByText('Banel & Adama').first().waitFor()
    await visitor.close()
    // The code never changed.
    const stored = await api<{ docs: { code: string; heightCm: number }[] }>(`/api/cinema-talents?where[user][equals]=${talent.id}&depth=0`, { token })
    expect(stored.body.docs[0]).toMatchObject({ code: talent.code, heightCm: 181 })
    await context.close()
  }, 300_000)

  it('works on a phone', async () => {
    const context = await newContext(browser, { viewport: PHONE })
    const page = await context.newPage()
    page.setDefaultTimeout(90_000)
    await signIn(page)
    await page.goto('/mon-espace/cinema')
    await page.waitForLoadState('networkidle')
    await page.getByRole('heading', { level: 1, name: 'Modifier ma fiche cinéma' }).waitFor()
    expect(await page.getByLabel('Taille en centimètres').inputValue()).toBe('181')
    await screenshot(page, 'cinema-space-phone')
    await page.getByLabel('Taille en centimètres').fill('182')
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click()
    await page.waitForSelector('[data-testid="save-bar"][data-state="saved"]')
    await page.locator('#cinema-section-media').scrollIntoViewIfNeeded()
    await page.screenshot({ path: 'tests/e2e/__screenshots__/cinema-space-phone-media.png' })
    await context.close()
  }, 300_000)
})
