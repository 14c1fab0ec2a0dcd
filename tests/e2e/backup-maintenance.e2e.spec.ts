import { readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, newContext, PHONE, screenshot } from '../helpers/browser'
import { TEST_ADMIN } from '../helpers/testEnv'

let browser: Browser
let context: BrowserContext
let page: Page
const downloaded = path.join(os.tmpdir(), `e2e-backup-${Date.now()}.zip`)
const broken = path.join(os.tmpdir(), `e2e-backup-broken-${Date.now()}.zip`)

const SLOW = { timeout: 240_000, interval: 500 }

/** A same-origin call from the signed-in page (the admin's cookie, as the panel itself calls the API). */
async function pageFetch(target: Page, url: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: any }> {
  return target.evaluate(
    async ({ url, method, body }) => {
      const response = await fetch(url, { method, credentials: 'include', headers: body ? { 'Content-Type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined })
      return { status: response.status, body: await response.json().catch(() => null) }
    },
    { url, method: init.method ?? 'GET', body: init.body },
  )
}

async function signIn(target: Page) {
  // `next dev` compiles each admin route on its first visit: minutes on a loaded machine.
  target.context().setDefaultNavigationTimeout(300_000)
  target.context().setDefaultTimeout(120_000)
  await target.goto('/admin/login')
  await target.locator('input[name="username"], input[name="email"]').first().fill(TEST_ADMIN.email)
  await target.locator('input[name="password"]').fill(TEST_ADMIN.password)
  await target.getByRole('button', { name: 'Se connecter' }).click()
  await target.waitForURL((url) => url.pathname === '/admin', { timeout: 120_000 })
}

/** Runs one maintenance card's action and waits for its report. */
async function runAction(id: string, expected: RegExp, timeout = SLOW.timeout) {
  const card = page.getByTestId(`maintenance-${id}`)
  await card.getByRole('button').click()
  await expect.poll(() => card.getByTestId(`maintenance-${id}-result`).innerText(), { ...SLOW, timeout }).toMatch(expected)
  return card.getByTestId(`maintenance-${id}-result`).innerText()
}

beforeAll(async () => {
  browser = await launchBrowser()
  context = await newContext(browser)
  page = await context.newPage()
  await signIn(page)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await rm(downloaded, { force: true })
  await rm(broken, { force: true })
})

describe('Sauvegarde (admin)', () => {
  it('an admin reaches the page from the nav, downloads a backup, sees a damaged one refused, and restores the real one', async () => {
    // The dashboard's Outils section (the nav, which also links there, starts closed).
    await page.getByRole('region', { name: 'Outils' }).getByRole('link', { name: /Sauvegarde/ }).click()
    await page.waitForURL(/\/admin\/sauvegarde$/, { timeout: 120_000 })
    await expect.poll(() => page.getByRole('heading', { name: 'Sauvegarde et restauration' }).isVisible(), SLOW).toBe(true)
    // The header's breadcrumb names the page (it said « Tableau de bord » before).
    await expect.poll(() => page.locator('.step-nav').textContent(), SLOW).toContain('Sauvegarde et restauration')
    await screenshot(page, 'backup-page-desktop')

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 240_000 }), page.getByTestId('backup-download').click()])
    expect(download.suggestedFilename()).toMatch(/^taalentio-sauvegarde-\d{8}-\d{6}\.zip$/)
    await download.saveAs(downloaded)
    const zip = await readFile(downloaded)
    expect(zip.subarray(0, 2).toString()).toBe('PK')

    // A change made after the backup, which the restore must undo.
    const laterEmail = `apres-sauvegarde-${Date.now()}@taalentio.test`
    const created = await pageFetch(page, '/api/users', { method: 'POST', body: { email: laterEmail, password: 'Apres-Sauvegarde-2026!', roles: ['seo'], name: 'Après sauvegarde' } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)

    // A damaged copy (cut short) is refused, with the reason, and changes nothing.
    await writeFile(broken, zip.subarray(0, Math.floor(zip.length / 2)))
    await page.locator('input[type="file"]').setInputFiles(broken)
    await page.getByRole('checkbox').check()
    await page.getByRole('button', { name: 'Vérifier et restaurer' }).click()
    await expect.poll(() => page.getByTestId('restore-result').innerText(), SLOW).toContain('Sauvegarde refusée — rien n’a été modifié')
    await expect.poll(() => page.getByTestId('restore-result').innerText()).toContain('tronqué ou endommagé')
    await screenshot(page, 'backup-restore-refused')
    const stillThere = await pageFetch(page, `/api/users?where[email][equals]=${encodeURIComponent(laterEmail)}`)
    expect(stillThere.body.totalDocs).toBe(1)

    await page.locator('input[type="file"]').setInputFiles(downloaded)
    await page.getByRole('button', { name: 'Vérifier et restaurer' }).click()
    await expect.poll(() => page.getByTestId('restore-result').innerText(), SLOW).toMatch(/Restauration terminée : [\d\s\u202f]+ lignes dans \d+ tables et \d+ fichiers/)
    await screenshot(page, 'backup-restored')

    // The account created after the backup is gone; the admin's session (older than the backup) still works.
    const gone = await pageFetch(page, `/api/users?where[email][equals]=${encodeURIComponent(laterEmail)}`)
    expect(gone.status).toBe(200)
    expect(gone.body.totalDocs).toBe(0)
  }, 900_000)

  it('fits a phone screen', async () => {
    const phone = await newContext(browser, { viewport: PHONE })
    const phonePage = await phone.newPage()
    await signIn(phonePage)
    await phonePage.goto('/admin/sauvegarde')
    await expect.poll(() => phonePage.getByRole('heading', { name: 'Sauvegarde et restauration' }).isVisible(), SLOW).toBe(true)
    const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(1)
    await screenshot(phonePage, 'backup-page-phone')
    await phone.close()
  }, 300_000)
})

describe('Maintenance (admin)', () => {
  it('runs each action and shows its report', async () => {
    await page.goto('/admin/maintenance')
    await expect.poll(() => page.getByRole('heading', { name: 'Maintenance', level: 1 }).isVisible(), SLOW).toBe(true)
    await expect.poll(() => page.locator('.step-nav').textContent(), SLOW).toContain('Maintenance')

    expect(await runAction('vacuum', /Terminé en [\d\s\u202f]+ ms \(\d+ tables\)/)).toMatch(/Taille de la base/)
    await runAction('temp', /fichier\(s\) supprimé\(s\)|Aucun fichier temporaire/)
    await runAction('snapshot', /Tables les plus volumineuses/)
    const snapshot = await page.getByTestId('maintenance-snapshot-result').innerText()
    expect(snapshot).toMatch(/Requêtes les plus lentes/)
    expect(snapshot).toMatch(/cities/)
    await runAction('integrity', /problème/i)
    await runAction('cache', /Cache vidé/)

    const clean = page.getByTestId('maintenance-clean')
    await expect.poll(() => clean.getByRole('button').isDisabled()).toBe(true)
    await clean.getByLabel('Tapez SUPPRIMER pour confirmer').fill('SUPPRIMER')
    expect(await runAction('clean', /Supprimé : \d+ compte\(s\)/)).toMatch(/administrateur\(s\) conservé\(s\)/)

    expect(await runAction('demo', /enregistrement\(s\) créé\(s\)/, 600_000)).toMatch(/talents 8, cinemaTalents 10, .*contracts 8/)
    await screenshot(page, 'maintenance-reports-desktop')

    // The demo is alive in the admin lists.
    await page.goto('/admin/collections/cinema-talents')
    await expect.poll(() => page.getByText('(démo)').first().isVisible(), SLOW).toBe(true)
    await screenshot(page, 'maintenance-demo-cinema-talents')
  }, 1_200_000)

  it('the maintenance page fits a phone screen', async () => {
    const phone = await newContext(browser, { viewport: PHONE })
    const phonePage = await phone.newPage()
    await signIn(phonePage)
    await phonePage.goto('/admin/maintenance')
    await expect.poll(() => phonePage.getByRole('heading', { name: 'Maintenance', level: 1 }).isVisible(), SLOW).toBe(true)
    const card = phonePage.getByTestId('maintenance-snapshot')
    await card.getByRole('button').click()
    await expect.poll(() => card.getByTestId('maintenance-snapshot-result').innerText(), SLOW).toMatch(/Tables les plus volumineuses/)
    const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(1)
    await screenshot(phonePage, 'maintenance-phone')
    await phone.close()
  }, 300_000)
})
