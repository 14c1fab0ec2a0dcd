import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, api } from '../helpers/api'
import { launchBrowser, newContext, PHONE, screenshot } from '../helpers/browser'
import { TEST_ADMIN } from '../helpers/testEnv'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('public site', () => {
  it('shows the French home page with live counts and the anonymous navigation', async () => {
    const context = await newContext(browser, { locale: 'en-US' })
    const page = await context.newPage()
    await page.goto('/')
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Les talents d’Afrique')
    const nav = page.getByRole('navigation', { name: 'Navigation principale' })
    await expect.poll(() => nav.getByRole('link', { name: 'S’inscrire' }).count()).toBe(1)
    await expect.poll(() => nav.getByRole('link', { name: 'Se connecter' }).count()).toBe(1)
    // 194 countries come from the reference data loaded at start.
    await expect.poll(() => page.getByText('194', { exact: true }).count()).toBeGreaterThan(0)
    const categories = page.getByRole('combobox', { name: 'Catégorie' })
    await expect.poll(() => categories.locator('option').count()).toBeGreaterThan(30)
    await screenshot(page, 'home-fr-desktop')
    await context.close()
  })

  it('switches to English with ?lang=en and looks right on a phone', async () => {
    const context = await newContext(browser, { viewport: PHONE })
    const page = await context.newPage()
    await page.goto('/?lang=en')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Africa’s talent')
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en')
    await screenshot(page, 'home-en-phone')
    await page.getByRole('button', { name: 'Open menu' }).click()
    await screenshot(page, 'home-en-phone-menu')
    await context.close()
  })

  it('signs a talent in with their code, and the navigation follows the role', async () => {
    const token = await adminToken()
    const talent = { email: `code-login-${Date.now()}@taalentio.test`, password: 'Talent-Pass-2026', username: 'SNF0042DKR' }
    const created = await api('/api/users', { method: 'POST', token, body: JSON.stringify({ ...talent, roles: ['talent'] }) })
    expect(created.status).toBe(201)

    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto('/connexion')
    await page.getByLabel('E-mail ou code unique').fill('snf0042dkr')
    await page.getByLabel('Mot de passe', { exact: true }).fill('wrong-password')
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await expect.poll(() => page.getByRole('alert').or(page.locator('[aria-live="assertive"]')).first().textContent(), { timeout: 30_000 }).toMatch(/incorrect/i)
    await screenshot(page, 'login-error-fr')

    await page.getByLabel('Mot de passe', { exact: true }).fill(talent.password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(/\/mon-espace/)
    await page.goto('/')
    const nav = page.getByRole('navigation', { name: 'Navigation principale' })
    await expect.poll(() => nav.getByRole('link', { name: 'Mon espace' }).count()).toBe(1)
    await expect.poll(() => nav.getByRole('button', { name: 'Se déconnecter' }).count()).toBe(1)
    await expect.poll(() => nav.getByRole('link', { name: 'Administration' }).count()).toBe(0)
    await context.close()
  })

  it('sends an admin from the site login to the French admin panel', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto('/connexion')
    await page.getByLabel('E-mail ou code unique').fill(TEST_ADMIN.email)
    await page.getByLabel('Mot de passe', { exact: true }).fill(TEST_ADMIN.password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL((url) => url.pathname === '/admin')
    await page.goto('/')
    const nav = page.getByRole('navigation', { name: 'Navigation principale' })
    await expect.poll(() => nav.getByRole('link', { name: 'Administration' }).count()).toBe(1)
    await expect.poll(() => nav.getByRole('link', { name: 'Présence' }).count()).toBe(1)
    await context.close()
  })
})
