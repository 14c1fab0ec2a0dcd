import { readFile } from 'node:fs/promises'

import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, api } from '../helpers/api'
import path from 'node:path'

import { baseUrl, DESKTOP, launchBrowser, newContext, PHONE, screenshot, SCREENSHOT_DIR } from '../helpers/browser'

/** The staff page's "Exporter" menu downloads the filtered list; the profile page links its PDF sheet. */
const MARKER = `zqx${Date.now().toString(36)}`

let browser: Browser
let token: string
const codes: string[] = []

async function firstId(path: string): Promise<number> {
  const { body } = await api<{ docs: { id: number }[] }>(path, { token })
  return body.docs[0].id
}

async function hydrated(page: Page, selector: string) {
  await expect
    .poll(() => page.locator(selector).first().evaluate((element) => Object.keys(element).some((key) => key.startsWith('__react'))), { timeout: 90_000 })
    .toBe(true)
}

beforeAll(async () => {
  browser = await launchBrowser()
  token = await adminToken()
  const country = await firstId('/api/countries?where[iso2][equals]=CI&limit=1')
  const city = await firstId(`/api/cities?where[code][equals]=ABJ&where[country][equals]=${country}&limit=1`)
  const category = await firstId('/api/categories?where[slug][equals]=acteur&limit=1')
  for (const [firstName, lastName] of [['Aïcha', 'Koné'], ['Ɛsi', 'Mɛnsah']]) {
    const user = await api<{ doc: { id: number } }>('/api/users', { method: 'POST', token, body: JSON.stringify({ email: `${MARKER}-${codes.length}@taalentio.test`, password: 'Talent-Pass-2026', roles: ['talent'] }) })
    const created = await api<{ doc: { code: string } }>('/api/cinema-talents', {
      method: 'POST',
      token,
      body: JSON.stringify({ user: user.body.doc.id, firstName, lastName, gender: 'F', dateOfBirth: '1995-02-03', country, city, categories: [category], availability: 'available', otherSkills: MARKER, phone: '+225 07 00 00 01' }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    codes.push(created.body.doc.code)
  }
}, 180_000)

afterAll(async () => {
  await browser?.close()
})

describe('exports in the staff pages', () => {
  it('Exporter → XLSX downloads the filtered list; the menu fits a phone; the profile links its PDF sheet', async () => {
    const context = await newContext(browser, { viewport: DESKTOP })
    await context.addCookies([{ name: 'payload-token', value: token, url: baseUrl() }])
    const page = await context.newPage()
    await page.goto(`/cinema/talents?q=${MARKER}`)
    const button = page.getByRole('button', { name: 'Exporter' })
    await hydrated(page, 'button[aria-haspopup="menu"]')
    await button.click()
    await expect.poll(() => page.getByRole('menuitem').count()).toBe(3)
    // The window as seen: a full-page screenshot resizes it, which closes the menu.
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'exports-menu-desktop.png') })

    const download = page.waitForEvent('download', { timeout: 60_000 })
    await page.getByRole('menuitem', { name: /XLSX/ }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^talents-cinema-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await readFile((await file.path())!)) as unknown as ArrayBuffer)
    const exported: string[] = []
    workbook.worksheets[0].eachRow((row, number) => {
      if (number > 1) exported.push(String(row.getCell(1).value))
    })
    expect(exported.sort()).toEqual([...codes].sort())
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Téléchargement lancé.' }).count()).toBe(1)

    await page.goto(`/cinema/profile/${codes[1]}`)
    const fiche = page.getByRole('link', { name: 'Fiche PDF' })
    expect(await fiche.getAttribute('href')).toBe(`/api/cinema-talents/${codes[1]}/fiche.pdf`)
    await screenshot(page, 'exports-fiche-link-desktop')

    await page.setViewportSize(PHONE)
    await page.goto(`/cinema/talents?q=${MARKER}`)
    await hydrated(page, 'button[aria-haspopup="menu"]')
    await page.getByRole('button', { name: 'Exporter' }).click()
    await expect.poll(() => page.getByRole('menuitem').count()).toBe(3)
    const box = await page.getByRole('menu').boundingBox()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'exports-menu-phone.png') })
    await context.close()
  }, 300_000)
})
