import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, api } from '../helpers/api'
import { launchBrowser, newContext, PHONE, screenshot as fullPageScreenshot } from '../helpers/browser'
import { TEST_ADMIN } from '../helpers/testEnv'
import { pdfFromText } from '../fixtures/cvs/cvFiles'

type Doc = { id: number; [key: string]: unknown }

let browser: Browser
let context: BrowserContext
let page: Page
let token: string
const talent = { email: `cv-analyse-${Date.now()}@taalentio.test`, password: 'Talent-Pass-2026', code: '', talentId: 0 }
const CV_TEXT = readFileSync(path.resolve(__dirname, '../fixtures/cvs/01-comedienne-dakar.txt'), 'utf8')

/** From the top: scrolled, the sticky header would be drawn mid-page. */
async function screenshot(target: Page, name: string) {
  await target.evaluate(() => window.scrollTo(0, 0))
  return fullPageScreenshot(target, name)
}

const asAdmin = <T>(url: string, init: RequestInit = {}) => api<T>(url, { ...init, token })

/** Runs queued jobs now, as the production runner would (under `next dev` the app also runs them itself). */
const runJobs = () => asAdmin('/api/payload-jobs/run?limit=10')

beforeAll(async () => {
  browser = await launchBrowser()
  token = await adminToken()
  const countries = await api<{ docs: { id: number; iso2: string }[] }>('/api/reference/countries')
  const senegal = countries.body.docs.find((country) => country.iso2 === 'SN')!.id
  const cities = await api<{ docs: { id: number; name: string }[] }>('/api/reference/countries/SN/cities')
  const first = async (collection: string, field: string, value: string) =>
    (await asAdmin<{ docs: Doc[] }>(`/api/${collection}?where[${field}][equals]=${encodeURIComponent(value)}&depth=0&limit=1`)).body.docs[0].id
  const user = await asAdmin<{ doc: Doc }>('/api/users', { method: 'POST', body: JSON.stringify({ email: talent.email, password: talent.password, roles: ['talent'] }) })
  expect(user.status).toBe(201)
  const created = await asAdmin<{ doc: Doc & { code: string } }>('/api/talents', {
    method: 'POST',
    body: JSON.stringify({
      user: user.body.doc.id,
      firstName: 'Aminata',
      lastName: 'Diallo',
      gender: 'F',
      country: senegal,
      city: cities.body.docs.find((city) => city.name === 'Dakar')!.id,
      categories: [await first('categories', 'slug', 'acteur')],
      skills: [await first('skills', 'slug', 'kora')],
    }),
  })
  expect(created.status).toBe(201)
  talent.code = created.body.doc.code
  talent.talentId = created.body.doc.id
  context = await newContext(browser)
  page = await context.newPage()
  page.setDefaultTimeout(90_000)
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
})

describe('CV analysis', () => {
  it('shows the talent the analysis of the CV they upload, and applies the skills found', async () => {
    await page.goto('/mon-espace/photo-cv')
    await page.getByLabel('E-mail ou code unique').fill(talent.email)
    await page.getByLabel('Mot de passe', { exact: true }).fill(talent.password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.getByRole('heading', { level: 1, name: 'Photo et CV' }).waitFor()
    await page.waitForLoadState('networkidle')

    await page.getByLabel('Nouveau CV').setInputFiles({ name: 'cv-aminata.pdf', mimeType: 'application/pdf', buffer: await pdfFromText(CV_TEXT) })
    await page.getByRole('button', { name: /Envoyer le CV|Remplacer le CV/ }).click()
    await page.getByTestId('cv-name').waitFor()

    await page.getByTestId('cv-analysis-card').click()
    await page.getByRole('heading', { level: 1, name: 'Analyse de votre CV' }).waitFor()
    expect(['pending', 'done']).toContain(await page.getByTestId('cv-analysis-state').getAttribute('data-status'))

    await runJobs()
    // The pending page refreshes itself until the result is there.
    await page.locator('[data-testid="cv-analysis-state"][data-status="done"]').waitFor()
    expect(await page.getByTestId('cv-analysis-source').textContent()).toBe('Analyse locale (sans IA)')
    expect(Number(await page.getByTestId('cv-analysis-score').textContent())).toBeGreaterThan(50)
    expect(await page.getByTestId('cv-analysis-summary').textContent()).toMatch(/11 ans d’expérience/)
    const skills = page.getByTestId('cv-analysis-skills')
    for (const name of ['Chant', 'Sabar', 'Natation']) await skills.getByText(name, { exact: true }).waitFor()
    await page.getByRole('heading', { name: 'Points forts' }).waitFor()
    await page.getByRole('heading', { name: 'Pour améliorer votre profil' }).waitFor()
    await screenshot(page, 'cv-analysis-talent-desktop')

    await page.getByRole('button', { name: 'Appliquer les compétences détectées' }).click()
    expect(await page.getByTestId('apply-skills-result').textContent()).toMatch(/5 compétences ajoutées à votre profil/)
    const profile = await asAdmin<{ skills: number[] }>(`/api/talents/${talent.talentId}?depth=0`)
    expect(profile.body.skills).toHaveLength(6)
    await page.getByText('Toutes les compétences détectées sont déjà sur votre profil.').waitFor()

    await page.setViewportSize(PHONE)
    await page.reload()
    await page.getByTestId('cv-analysis-score').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await screenshot(page, 'cv-analysis-talent-phone')
  })

  it('shows staff the analysis in the admin, with a working « Relancer l’analyse »', async () => {
    const { body } = await asAdmin<{ cv: number }>(`/api/talents/${talent.talentId}?depth=0`)
    const staff = await newContext(browser)
    const admin = await staff.newPage()
    admin.setDefaultTimeout(90_000)
    await admin.goto('/admin/login')
    await admin.locator('input[name="username"], input[name="email"]').first().fill(TEST_ADMIN.email)
    await admin.locator('input[name="password"]').fill(TEST_ADMIN.password)
    await admin.getByRole('button', { name: 'Se connecter' }).click()
    await admin.waitForURL((url) => url.pathname === '/admin')

    await admin.goto(`/admin/collections/cvs/${body.cv}`)
    const panel = admin.getByTestId('cv-analysis-admin')
    await panel.getByTestId('cv-analysis-status').and(admin.locator('[data-status="done"]')).waitFor()
    expect(await panel.textContent()).toMatch(/Analyse locale \(sans IA\)/)
    await screenshot(admin, 'cv-analysis-admin')

    await panel.getByRole('button', { name: 'Relancer l’analyse' }).click()
    await panel.getByText('Analyse relancée', { exact: false }).waitFor()
    await runJobs()
    await panel.getByTestId('cv-analysis-status').and(admin.locator('[data-status="done"]')).waitFor()
    await staff.close()
  })
})
