import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/contracts/render'
import { adminToken, api } from '../helpers/api'
import { baseUrl, DESKTOP, launchBrowser, newContext, PHONE, screenshot } from '../helpers/browser'

/**
 * The public verification page of a signed contract (issue #8): reached without an account, it
 * says the document is intact, lists the signers without the content, and compares a dropped
 * PDF with the final one (hashed in the browser).
 */
const MARKER = `vrf${Date.now().toString(36)}`

let browser: Browser
let token: string
let verifyPath: string
let pdf: Buffer

async function firstId(path: string): Promise<number> {
  const { body } = await api<{ docs: { id: number }[] }>(path, { token })
  return body.docs[0].id
}

async function patientPage(viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, { viewport })
  context.setDefaultNavigationTimeout(180_000)
  context.setDefaultTimeout(60_000)
  return { context, page: await context.newPage() }
}

beforeAll(async () => {
  browser = await launchBrowser()
  token = await adminToken()
  const country = await firstId('/api/countries?where[iso2][equals]=SN&limit=1')
  const city = await firstId(`/api/cities?where[country][equals]=${country}&sort=-population&limit=1`)
  const category = await firstId('/api/categories?limit=1')
  const email = `${MARKER}@taalentio.test`
  const user = await api<{ doc: { id: number } }>('/api/users', { method: 'POST', token, body: JSON.stringify({ email, password: 'Talent-Pass-2026', roles: ['talent'] }) })
  const talent = await api<{ doc: { id: number; code: string } }>('/api/talents', {
    method: 'POST',
    token,
    body: JSON.stringify({ user: user.body.doc.id, firstName: 'Ndèye', lastName: 'Sène', gender: 'F', country, city, categories: [category] }),
  })
  const template = await api<{ doc: { id: number } }>('/api/contract-templates', {
    method: 'POST',
    token,
    body: JSON.stringify({ title: `Contrat ${MARKER}`, kind: 'talent', defaultCurrency: 'XOF', reminderAfterDays: 3, linkValidityDays: 14, body: lexicalParagraphs(['Engagement de {{talent.nom_complet}} pour un cachet de {{cachet}}.']) }),
  })
  const contract = await api<{ doc: { id: number } }>('/api/contracts', { method: 'POST', token, body: JSON.stringify({ template: template.body.doc.id, talent: talent.body.doc.id, amount: 275000, currency: 'XOF' }) })
  expect(contract.status, JSON.stringify(contract.body)).toBe(201)
  const id = contract.body.doc.id
  expect((await api(`/api/contracts/${id}/send`, { method: 'POST', token })).status).toBe(200)
  const outbox = await api<{ docs: { text?: string | null }[] }>(`/api/outbox?where[to][contains]=${encodeURIComponent(email)}&sort=-createdAt&limit=5`, { token })
  const signingToken = outbox.body.docs.map((doc) => doc.text?.match(/\/contrats\/signer\/([A-Za-z0-9_-]{43})/)?.[1]).find(Boolean)
  const signed = await api<{ status: string; verifyUrl: string }>(`/api/contract-signing/${signingToken}/sign`, {
    method: 'POST',
    body: JSON.stringify({ consent: true, identity: { code: talent.body.doc.code }, signature: { method: 'typed', name: 'Ndèye Sène' } }),
  })
  expect(signed.body.status).toBe('signed')
  verifyPath = new URL(signed.body.verifyUrl).pathname
  const response = await fetch(`${baseUrl()}/api/contracts/${id}/pdf`, { headers: { Authorization: `JWT ${token}` } })
  pdf = Buffer.from(await response.arrayBuffer())
}, 300_000)

afterAll(async () => {
  await browser?.close()
})

describe('contract verification page', () => {
  it('says intact, names the signers, never the content, and recognises the signed PDF (desktop)', async () => {
    const { context, page } = await patientPage()
    await page.goto(`${baseUrl()}${verifyPath}`)
    await expect.poll(() => page.getByTestId('verification-verdict').getAttribute('data-intact')).toBe('true')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Contrat CTR-\d{4}-\d{6}$/)
    const body = (await page.locator('main').textContent()) ?? ''
    expect(body).toContain('Document intact')
    expect(body).toContain('Ndèye Sène')
    expect(body).not.toContain('275')
    expect(body).not.toContain('Engagement')
    await screenshot(page, 'contract-verification-desktop')

    // Hydrated: the file input answers.
    await expect.poll(() => page.getByTestId('pdf-compare-input').evaluate((element) => Object.keys(element).some((key) => key.startsWith('__react'))), { timeout: 90_000 }).toBe(true)
    await page.getByTestId('pdf-compare-input').setInputFiles({ name: 'contrat.pdf', mimeType: 'application/pdf', buffer: pdf })
    await expect.poll(() => page.getByTestId('pdf-compare-result').getAttribute('data-match')).toBe('true')
    await screenshot(page, 'contract-verification-match')
    const altered = Buffer.concat([pdf, Buffer.from('\n% altered\n')])
    await page.getByTestId('pdf-compare-input').setInputFiles({ name: 'autre.pdf', mimeType: 'application/pdf', buffer: altered })
    await expect.poll(() => page.getByTestId('pdf-compare-result').getAttribute('data-match')).toBe('false')
    await context.close()
  }, 420_000)

  it('fits a phone and answers 404 for a guessed address', async () => {
    const { context, page } = await patientPage(PHONE)
    await page.goto(`${baseUrl()}${verifyPath}?lang=en`)
    await expect.poll(() => page.getByTestId('verification-verdict').textContent()).toContain('Document intact')
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await screenshot(page, 'contract-verification-phone')
    const guessed = await page.goto(`${baseUrl()}${verifyPath.replace(/-[0-9a-f]{16}$/, '')}`)
    expect(guessed?.status()).toBe(404)
    await context.close()
  }, 300_000)
})
