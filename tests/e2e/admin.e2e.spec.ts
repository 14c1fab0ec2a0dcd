import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, newContext, screenshot } from '../helpers/browser'
import { TEST_ADMIN } from '../helpers/testEnv'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('admin panel', () => {
  it('is in French by default, even for an English browser, and an admin can sign in', async () => {
    const context = await newContext(browser, { locale: 'en-US' })
    const page = await context.newPage()
    await page.goto('/admin')
    await page.waitForURL(/\/admin\/login/)
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr')
    await expect.poll(() => page.getByRole('button', { name: 'Se connecter' }).count()).toBe(1)
    await expect.poll(() => page.getByText('Mot de passe oublié ?').count()).toBe(1)
    await screenshot(page, 'admin-login-fr')

    await page.locator('input[name="username"], input[name="email"]').first().fill(TEST_ADMIN.email)
    await page.locator('input[name="password"]').fill(TEST_ADMIN.password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL((url) => url.pathname === '/admin')
    await expect.poll(() => page.getByText('Utilisateurs').first().isVisible()).toBe(true)
    await expect.poll(() => page.getByText('Référentiels').first().isVisible()).toBe(true)
    await screenshot(page, 'admin-dashboard-fr')
    await context.close()
  })

  it('switches to English with ?lang=en, and the choice sticks', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto('/admin/login?lang=en')
    await expect.poll(() => page.getByRole('button', { name: 'Login' }).count()).toBe(1)
    await page.goto('/admin/login')
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en')
    await screenshot(page, 'admin-login-en')
    await context.close()
  })
})
