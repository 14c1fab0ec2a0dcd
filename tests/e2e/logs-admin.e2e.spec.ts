import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api } from '../helpers/api'
import { launchBrowser, newContext, PHONE, screenshot } from '../helpers/browser'
import { TEST_ADMIN } from '../helpers/testEnv'

let browser: Browser
// `next dev` compiles each admin route on first visit, on a shared machine: be patient.
const SLOW = { timeout: 120_000, interval: 500 }

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function signIn(page: Page) {
  page.context().setDefaultNavigationTimeout(300_000)
  page.context().setDefaultTimeout(120_000)
  await page.goto('/admin/login')
  await page.locator('input[name="username"], input[name="email"]').first().fill(TEST_ADMIN.email)
  await page.locator('input[name="password"]').fill(TEST_ADMIN.password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 180_000 })
}

describe('journals in the admin panel', () => {
  it('lists sign-ins and failures with labels, filters by action, and is read-only', async () => {
    // A refused login to find in the security log.
    const refused = await api('/api/users/login', { method: 'POST', body: JSON.stringify({ email: TEST_ADMIN.email, password: 'not-the-password' }) })
    expect(refused.status).toBe(401)

    const context = await newContext(browser)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await signIn(page)
    await expect.poll(() => page.getByText('Journal', { exact: true }).first().isVisible(), SLOW).toBe(true)

    await page.goto('/admin/collections/security-logs')
    await expect.poll(() => page.locator('table').count(), SLOW).toBeGreaterThan(0)
    await expect.poll(() => page.getByText('Connexion réussie').first().isVisible(), SLOW).toBe(true)
    await expect.poll(() => page.getByText('Échec de connexion').first().isVisible()).toBe(true)
    // The actor column shows the account (a relationship to users, filterable).
    await expect.poll(() => page.locator('tbody').getByText(TEST_ADMIN.email).count(), SLOW).toBeGreaterThan(0)
    // Default columns: date, action, actor, severity, IP.
    for (const header of ['Action', 'Auteur', 'Gravité', 'Adresse IP']) {
      await expect.poll(() => page.locator('thead').getByText(header, { exact: true }).count()).toBeGreaterThan(0)
    }
    // Nobody creates entries by hand.
    expect(await page.getByRole('link', { name: /Créer/ }).count()).toBe(0)
    await screenshot(page, 'logs-admin-security-list')

    // The action filter offers the labelled actions.
    await page.getByRole('button', { name: /Filtres/ }).first().click()
    await page.getByRole('button', { name: /Ajouter un filtre/ }).first().click()
    await screenshot(page, 'logs-admin-filter-open')

    await page.goto('/admin/collections/security-logs?where[or][0][and][0][action][equals]=auth.login_failed')
    await expect.poll(() => page.locator('tbody tr').count(), SLOW).toBeGreaterThan(0)
    await expect.poll(() => page.locator('tbody').getByText('Connexion réussie').count()).toBe(0)
    await screenshot(page, 'logs-admin-security-filtered')

    // An entry opens read-only.
    await page.locator('tbody tr a').first().click()
    await page.waitForURL(/\/admin\/collections\/security-logs\/\d+/)
    await expect.poll(() => page.locator('input[name="ip"]').count(), SLOW).toBe(1)
    expect(await page.locator('input[name="ip"]').isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: /Enregistrer/ }).count()).toBe(0)
    await screenshot(page, 'logs-admin-security-entry')
    if (errors.length) console.log(`[logs-admin] browser console errors:\n${errors.join('\n')}`)
    await context.close()
  }, 600_000)

  it('fits a phone', async () => {
    const context = await newContext(browser, { viewport: PHONE })
    const page = await context.newPage()
    await signIn(page)
    await page.goto('/admin/collections/activity-logs')
    await expect.poll(() => page.locator('h1').first().textContent(), SLOW).toContain('Journal d’activité')
    await expect.poll(() => page.getByText('Compte créé').first().isVisible(), SLOW).toBe(true)
    await screenshot(page, 'logs-admin-activity-phone')
    // The page itself does not scroll sideways (the table scrolls in its own box), once laid out.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), SLOW).toBeLessThanOrEqual(1)
    await context.close()
  }, 600_000)
})
