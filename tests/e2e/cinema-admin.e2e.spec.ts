import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, adminToken } from '../helpers/api'
import { baseUrl, launchBrowser, newContext, PHONE, screenshot, SCREENSHOT_DIR } from '../helpers/browser'
import { decodeQr, pdfPagesAsPng, pdfText } from '../helpers/pdf'
import { TEST_ADMIN } from '../helpers/testEnv'

type Doc = { id: number; code?: string }

/** A first `next dev` compile of a drawer or a save can take long on two cores. */
const POLL = { timeout: 60_000 }

let browser: Browser
let token: string
let talent: Doc
const stamp = Date.now().toString(36).toUpperCase()
// Production codes are three letters: derive one from the run so reruns on one database don't clash.
const productionCode = `Q${String.fromCharCode(65 + (Date.now() % 26))}${String.fromCharCode(65 + Math.floor(Date.now() / 26) % 26)}`
const files = mkdtempSync(path.join(tmpdir(), 'cinema-admin-'))

async function rest<T>(pathname: string, init: RequestInit = {}): Promise<T> {
  const { status, body } = await api<T>(pathname, { ...init, token })
  if (status >= 300) throw new Error(`${pathname} → ${status} ${JSON.stringify(body)}`)
  return body
}

/** A cinema talent with a photo, created through the REST API as an admin would script it. */
async function createCinemaTalent(): Promise<Doc> {
  const country = (await rest<{ docs: Doc[] }>('/api/countries?where[iso2][equals]=CI&limit=1&depth=0')).docs[0]
  const city = (await rest<{ docs: Doc[] }>(`/api/cities?where[country][equals]=${country.id}&sort=-population&limit=1&depth=0`)).docs[0]
  const category = (await rest<{ docs: Doc[] }>('/api/categories?limit=1&depth=0')).docs[0]
  const user = (await rest<{ doc: Doc }>('/api/users', {
    method: 'POST',
    body: JSON.stringify({ email: `aminata-${stamp.toLowerCase()}@taalentio.test`, password: 'Secret-Pass-42', roles: ['talent'], name: 'Aminata Diabaté' }),
  })).doc
  const form = new FormData()
  form.set('_payload', JSON.stringify({ owner: user.id, alt: 'Aminata Diabaté' }))
  const photo = await sharp({ create: { width: 900, height: 1200, channels: 3, background: { r: 92, g: 60, b: 44 } } }).jpeg().toBuffer()
  form.set('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'aminata.jpg')
  const photoDoc = (await rest<{ doc: Doc }>('/api/photos', { method: 'POST', body: form })).doc
  return (await rest<{ doc: Doc }>('/api/cinema-talents', {
    method: 'POST',
    body: JSON.stringify({
      user: user.id,
      firstName: 'Aminata',
      lastName: `Diabaté ${stamp}`,
      gender: 'F',
      dateOfBirth: '1993-06-21',
      country: country.id,
      city: city.id,
      categories: [category.id],
      availability: 'available',
      photo: photoDoc.id,
    }),
  })).doc
}

async function signIn(page: Page) {
  await page.goto('/admin/login')
  await page.locator('input[name="username"], input[name="email"]').first().fill(TEST_ADMIN.email)
  await page.locator('input[name="password"]').fill(TEST_ADMIN.password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.waitForURL((url) => url.pathname === '/admin')
}

/** Picks an option of a Payload relationship or select field (react-select), typing to search when asked. */
async function choose(page: Page, scope: Page | ReturnType<Page['locator']>, field: string, option: string | RegExp, search?: string) {
  await scope.locator(`#field-${field} .rs__control`).click()
  if (search) await page.keyboard.type(search)
  await page.locator('.rs__option', { hasText: option }).first().click()
}

async function download(page: Page, link: string): Promise<{ name: string; pdf: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()])
  const target = path.join(files, file.suggestedFilename())
  await file.saveAs(target)
  return { name: file.suggestedFilename(), pdf: readFileSync(target) }
}

beforeAll(async () => {
  browser = await launchBrowser()
  token = await adminToken()
  talent = await createCinemaTalent()
  writeFileSync(
    path.join(files, 'logo.png'),
    await sharp({ create: { width: 480, height: 160, channels: 4, background: { r: 24, g: 44, b: 120, alpha: 1 } } }).png().toBuffer(),
  )
})

afterAll(async () => {
  await browser?.close()
})

describe('productions, projects, assignments and badges in the admin panel', () => {
  it('creates a production with its logo and a project, assigns a talent from the project page and downloads badges whose QR code leads to the profile', async () => {
    const context = await newContext(browser, { locale: 'fr-FR' })
    context.setDefaultTimeout(90_000)
    const page = await context.newPage()
    await signIn(page)

    // Production, with its logo uploaded from the form.
    await page.goto('/admin/collections/productions/create')
    await page.locator('#field-name').fill(`Akwaba Films ${stamp}`)
    await page.locator('#field-code').fill(productionCode)
    await choose(page, page, 'country', /Côte d.Ivoire/, 'Côte')
    await page.locator('#field-logo .upload__createNewToggler').click()
    const logoDrawer = page.locator('.drawer--is-open').last()
    await logoDrawer.locator('input[type="file"]').setInputFiles(path.join(files, 'logo.png'))
    await logoDrawer.locator('#field-alt').fill('Logo Akwaba Films')
    await logoDrawer.getByRole('button', { name: 'Sauvegarder' }).click()
    await expect.poll(() => page.locator('#field-logo').innerText(), POLL).toMatch(/image\/png/)
    await screenshot(page, 'cinema-admin-production-form')
    await page.getByRole('button', { name: 'Sauvegarder' }).click()
    await page.waitForURL(/\/admin\/collections\/productions\/\d+/)

    // Project of that production: its code is issued on save.
    await page.goto('/admin/collections/projects/create')
    await expect.poll(() => page.getByText('Enregistrez le projet pour pouvoir affecter des talents').count(), POLL).toBe(1)
    await page.locator('#field-title').fill(`Le Retour d’Éloïse ${stamp}`)
    await choose(page, page, 'production', `Akwaba Films ${stamp}`, stamp)
    await choose(page, page, 'type', 'Long métrage')
    await page.getByRole('button', { name: 'Sauvegarder' }).click()
    await page.waitForURL(/\/admin\/collections\/projects\/\d+/)
    const projectId = Number(page.url().match(/projects\/(\d+)/)![1])
    await expect.poll(() => page.locator('#field-code').inputValue(), POLL).toMatch(new RegExp(`^CI${productionCode}FLM\\d{3}$`))
    const projectCode = await page.locator('#field-code').inputValue()
    const panel = page.getByTestId('project-badges')
    await expect.poll(() => panel.innerText(), POLL).toContain('Aucun talent affecté pour l’instant')

    // Assign the talent from the project page: the drawer comes with the project filled in.
    await page.locator('#field-assignments').getByRole('button', { name: /Ajouter nouveau/ }).click()
    const drawer = page.locator('.drawer--is-open').last()
    await drawer.locator('#field-roleName').waitFor()
    await expect.poll(() => drawer.locator('#field-project').innerText(), POLL).toContain(`Le Retour d’Éloïse ${stamp}`)
    await choose(page, drawer, 'cinemaTalent', `Aminata Diabaté ${stamp}`, stamp)
    await drawer.locator('#field-roleName').fill('Commissaire Diallo')
    await screenshot(page, 'cinema-admin-assignment-drawer')
    await drawer.getByRole('button', { name: 'Sauvegarder' }).click()
    await expect.poll(() => page.locator('#field-assignments').innerText(), POLL).toContain('Commissaire Diallo')
    await expect.poll(() => panel.innerText(), POLL).toContain('1 badge à imprimer')
    await screenshot(page, 'cinema-admin-project')

    // The A4 sheet: a PDF named after the project code, whose QR code decodes to the profile URL.
    const sheet = await download(page, 'Planche A4 des badges')
    expect(sheet.name).toBe(`badges-${projectCode}.pdf`)
    expect(sheet.pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const [sheetPage] = await pdfPagesAsPng(sheet.pdf, { dpi: 200 })
    const profileUrl = `${baseUrl()}/cinema/profile/${talent.code}`
    expect(decodeQr(sheetPage)).toBe(profileUrl)
    writeFileSync(path.join(SCREENSHOT_DIR, 'cinema-badge-sheet.png'), sheetPage)
    const text = (await pdfText(sheet.pdf)).replace(/\s+/g, ' ')
    for (const expected of [`Aminata Diabaté ${stamp}`, 'Commissaire Diallo', projectCode, `Akwaba Films ${stamp}`, talent.code!]) expect(text).toContain(expected)

    const single = await download(page, 'Badges individuels')
    const [card] = await pdfPagesAsPng(single.pdf, { dpi: 300 })
    expect(decodeQr(card)).toBe(profileUrl)
    writeFileSync(path.join(SCREENSHOT_DIR, 'cinema-badge-single.png'), card)

    // The assignment's own page offers its badge.
    const assignments = await rest<{ docs: Doc[] }>(`/api/assignments?where[project][equals]=${projectId}&depth=0`)
    await page.goto(`/admin/collections/assignments/${assignments.docs[0].id}`)
    const badge = await download(page, 'Télécharger le badge (PDF)')
    expect(badge.name).toBe(`badge-${projectCode}-${talent.code}.pdf`)
    expect(decodeQr((await pdfPagesAsPng(badge.pdf, { dpi: 300 }))[0])).toBe(profileUrl)
    await screenshot(page, 'cinema-admin-assignment')

    // Phone: the project page and its badge panel stay usable.
    await page.setViewportSize(PHONE)
    await page.goto(`/admin/collections/projects/${projectId}`)
    await expect.poll(() => panel.innerText(), POLL).toContain('1 badge à imprimer')
    await panel.scrollIntoViewIfNeeded()
    await screenshot(page, 'cinema-admin-project-phone')
    await context.close()
  })
})
