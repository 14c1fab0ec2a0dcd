import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, adminToken } from '../helpers/api'
import { baseUrl, launchBrowser, newContext, PHONE, screenshot } from '../helpers/browser'
import { TEST_ADMIN } from '../helpers/testEnv'

/**
 * Settings and SEO in a real browser against the running app: custom <head> HTML on the
 * public site only, metadata from the SEO settings, sitemap.xml / robots.txt over HTTP,
 * content pages, and the admin's masked API keys ("Tester la clé" without any outside call:
 * the tested service has no key, so the answer comes from the app itself).
 */

const POLL = { timeout: 60_000 }
const SENDGRID_KEY = 'SG.e2e-sendgrid-secret-000000000-WXYZ'

let browser: Browser
let token: string

async function rest<T>(pathname: string, init: RequestInit = {}): Promise<T> {
  const { status, body } = await api<T>(pathname, { ...init, token })
  if (status >= 300) throw new Error(`${pathname} → ${status} ${JSON.stringify(body)}`)
  return body
}

/** A browser context with generous timeouts: the first request of a page may compile it. */
async function openContext(viewport?: { width: number; height: number }) {
  const context = await newContext(browser, viewport ? { viewport } : {})
  context.setDefaultTimeout(POLL.timeout)
  context.setDefaultNavigationTimeout(180_000)
  return context
}

const headOf = (html: string) => html.slice(html.indexOf('<head'), html.indexOf('</head>'))

async function signIn(page: Page, who: { email: string; password: string } = TEST_ADMIN) {
  await page.goto('/admin/login')
  await page.locator('input[name="username"], input[name="email"]').first().fill(who.email)
  await page.locator('input[name="password"]').fill(who.password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.waitForURL((url) => url.pathname === '/admin', POLL)
}

beforeAll(async () => {
  browser = await launchBrowser()
  token = await adminToken()
})

afterAll(async () => {
  await rest('/api/globals/system-settings', { method: 'POST', body: JSON.stringify({ headHtml: '' }) }).catch(() => undefined)
  await rest('/api/globals/integrations', { method: 'POST', body: JSON.stringify({ sendGridApiKey: '', omdbApiKey: '' }) }).catch(() => undefined)
  await browser?.close()
})

describe('public site SEO', () => {
  it('injects the custom <head> HTML into public pages, runs its scripts, and never into the admin', async () => {
    await rest('/api/globals/system-settings', {
      method: 'POST',
      body: JSON.stringify({ headHtml: '<meta name="taalentio-e2e-verification" content="e2e-123">\n<script>window.__taalentioHead = "exécuté"</script>\n<div>ignoré</div>' }),
    })
    const response = await fetch(`${baseUrl()}/`)
    const html = await response.text()
    const head = headOf(html)
    expect(head).toContain('<meta name="taalentio-e2e-verification" content="e2e-123"')
    expect(head).toMatch(/<script[^>]*data-custom-head[^>]*>window.__taalentioHead/)
    expect(head).not.toContain('ignoré')
    // Contract C: with a CSP nonce in force, the injected script carries it.
    const nonce = response.headers.get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1]
    if (nonce) expect(head).toContain(`nonce="${nonce}"`)

    const context = await openContext()
    const page = await context.newPage()
    await page.goto('/')
    await expect.poll(() => page.evaluate(() => (window as unknown as { __taalentioHead?: string }).__taalentioHead), POLL).toBe('exécuté')

    const admin = await (await fetch(`${baseUrl()}/admin/login`)).text()
    expect(admin).not.toContain('taalentio-e2e-verification')
    expect(admin).not.toContain('__taalentioHead')
    await context.close()
  }, 300_000)

  it('takes titles, description and the OpenGraph image from the SEO settings', async () => {
    const form = new FormData()
    form.set('_payload', JSON.stringify({ alt: 'Taalentio, les talents d’Afrique' }))
    const image = await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#b4461f' } }).png().toBuffer()
    form.set('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'partage.png')
    const upload = await rest<{ doc: { id: number } }>('/api/seo-images', { method: 'POST', body: form })
    await rest('/api/globals/seo-settings', {
      method: 'POST',
      body: JSON.stringify({
        defaultTitle: 'Taalentio · Casting en Afrique (E2E)',
        defaultDescription: 'Description par défaut réglée dans l’administration.',
        ogImage: upload.doc.id,
        twitterCard: 'summary_large_image',
        region: 'CI',
        routes: [{ path: '/talents', title: 'Annuaire des talents (E2E)', description: 'Trouvez comédiens et techniciens.' }],
      }),
    })
    const context = await openContext()
    const page = await context.newPage()
    await page.goto('/')
    await expect.poll(() => page.title(), POLL).toBe('Taalentio · Casting en Afrique (E2E)')
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe('Description par défaut réglée dans l’administration.')
    expect(await page.locator('meta[property="og:image"]').first().getAttribute('content')).toMatch(/\/api\/seo-images\/file\/[0-9a-f-]+-1200x630\.png$/)
    expect(await page.locator('meta[property="og:locale"]').getAttribute('content')).toBe('fr_CI')
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image')
    const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute('content')
    expect((await fetch(ogImage!)).status).toBe(200)

    await page.goto('/talents')
    await expect.poll(() => page.title(), POLL).toBe('Annuaire des talents (E2E)')
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe('Trouvez comédiens et techniciens.')
    await context.close()
  }, 300_000)

  it('serves sitemap.xml with the public pages and lastmod, and robots.txt pointing to it', async () => {
    const sitemap = await fetch(`${baseUrl()}/sitemap.xml`)
    expect(sitemap.status).toBe(200)
    expect(sitemap.headers.get('content-type')).toMatch(/xml/)
    const xml = await sitemap.text()
    expect(xml).toContain(`<loc>${baseUrl()}/</loc>`)
    expect(xml).toContain(`<loc>${baseUrl()}/talents</loc>`)
    expect(xml).toMatch(new RegExp(`<loc>${baseUrl()}/a-propos</loc>\\s*<lastmod>\\d{4}-\\d{2}-\\d{2}T`))
    expect(xml).not.toContain('/mentions-legales')

    const robots = await fetch(`${baseUrl()}/robots.txt`)
    expect(robots.status).toBe(200)
    const text = await robots.text()
    expect(text).toMatch(/User-Agent: \*/i)
    expect(text).toContain('Disallow: /admin')
    expect(text).toContain('Disallow: /mon-espace')
    expect(text).toContain(`Sitemap: ${baseUrl()}/sitemap.xml`)
  }, 300_000)

  it('renders a content page at /<slug>, hides drafts from visitors, and keeps the 404 for unknown paths', async () => {
    for (const [name, viewport] of [['desktop', undefined], ['phone', PHONE]] as const) {
      const context = await openContext(viewport)
      const page = await context.newPage()
      await page.goto('/a-propos')
      await expect.poll(() => page.getByRole('heading', { level: 1, name: 'À propos de Taalentio' }).isVisible(), POLL).toBe(true)
      expect(await page.title()).toBe('À propos de Taalentio, la plateforme des talents d’Afrique')
      expect(await page.getByRole('heading', { level: 2, name: 'Pour les talents' }).isVisible()).toBe(true)
      // No horizontal scroll on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
      await screenshot(page, `seo-content-page-${name}`)
      await context.close()
    }
    expect((await fetch(`${baseUrl()}/mentions-legales`)).status).toBe(404)
    expect((await fetch(`${baseUrl()}/cette-page-n-existe-pas`)).status).toBe(404)
    expect((await fetch(`${baseUrl()}/a-propos/plus-loin`)).status).toBe(404)
  }, 300_000)
})

describe('admin settings', () => {
  it('shows saved keys masked, never in full, and answers "Tester la clé" with a clear message', async () => {
    await rest('/api/globals/integrations', { method: 'POST', body: JSON.stringify({ sendGridApiKey: SENDGRID_KEY, openRouterApiKey: '' }) })
    for (const [name, viewport] of [['desktop', undefined], ['phone', PHONE]] as const) {
      const context = await openContext(viewport)
      const page = await context.newPage()
      await signIn(page)
      await page.goto('/admin/globals/integrations')
      const sendgrid = page.getByTestId('api-key-sendgrid')
      await expect.poll(() => sendgrid.getByTestId('api-key-mask').textContent(), POLL).toBe('••••WXYZ')
      expect(await page.content()).not.toContain(SENDGRID_KEY)

      // OpenRouter has no key here (nor in the server's environment): the app answers without calling anyone.
      const openRouter = page.getByTestId('api-key-openrouter')
      await openRouter.getByRole('button', { name: 'Tester la clé' }).click()
      await expect
        .poll(() => openRouter.getByTestId('api-key-test-result').textContent(), POLL)
        .toContain('Aucune clé à tester : saisissez-en une ou définissez OPENROUTER_API_KEY.')
      await screenshot(page, `seo-admin-integrations-${name}`)
      await context.close()
    }
  }, 300_000)

  it('replaces a key through "Remplacer" and shows only the new mask', async () => {
    const context = await openContext()
    const page = await context.newPage()
    await signIn(page)
    await page.goto('/admin/globals/integrations')
    const omdb = page.getByTestId('api-key-omdb')
    await omdb.getByRole('button', { name: 'Remplacer' }).click()
    await omdb.getByLabel('Nouvelle clé').fill('omdb-e2e-new-key-9876')
    await expect.poll(() => omdb.getByRole('button', { name: 'Tester la nouvelle clé' }).isVisible(), POLL).toBe(true)
    await page.getByRole('button', { name: 'Sauvegarder' }).click()
    await expect.poll(async () => (await api<{ omdbApiKey?: string }>('/api/globals/integrations', { token })).body.omdbApiKey, POLL).toBe('••••9876')
    // The SendGrid key saved before is untouched by this save (its mask went back with the form).
    expect((await api<{ sendGridApiKey?: string }>('/api/globals/integrations', { token })).body.sendGridApiKey).toBe('••••WXYZ')
    await page.reload()
    await expect.poll(() => page.getByTestId('api-key-omdb').getByTestId('api-key-mask').textContent(), POLL).toBe('••••9876')
    await screenshot(page, 'seo-admin-integrations-replaced')
    await context.close()
  }, 300_000)

  it('opens the SEO settings and system settings forms', async () => {
    const context = await openContext()
    const page = await context.newPage()
    await signIn(page)
    await page.goto('/admin/globals/seo-settings')
    await expect.poll(() => page.getByText('Titre par défaut (meta title)').first().isVisible(), POLL).toBe(true)
    await screenshot(page, 'seo-admin-seo-settings')
    await page.goto('/admin/globals/system-settings')
    await expect.poll(() => page.getByText('HTML personnalisé dans <head>').first().isVisible(), POLL).toBe(true)
    await screenshot(page, 'seo-admin-system-settings')
    await context.close()
  }, 300_000)

  it('lets an SEO manager edit the SEO settings, and shows them neither the keys nor the system settings', async () => {
    const manager = { email: `seo-${Date.now()}@taalentio.test`, password: 'Seo-Pass-2026!' }
    await rest('/api/users', { method: 'POST', body: JSON.stringify({ ...manager, roles: ['seo'], name: 'Responsable SEO' }) })
    const context = await openContext()
    const page = await context.newPage()
    await signIn(page, manager)
    await expect.poll(() => page.getByText('Réglages SEO').first().isVisible(), POLL).toBe(true)
    expect(await page.getByText('Intégrations (clés API)').count()).toBe(0)
    expect(await page.getByText('Réglages système').count()).toBe(0)

    await page.goto('/admin/globals/seo-settings')
    await page.locator('#field-defaultTitle').fill('Titre réglé par le responsable SEO')
    await page.getByRole('button', { name: 'Sauvegarder' }).click()
    await expect.poll(async () => (await api<{ defaultTitle?: string }>('/api/globals/seo-settings', { token })).body.defaultTitle, POLL).toBe('Titre réglé par le responsable SEO')

    await page.goto('/admin/globals/integrations')
    await expect.poll(() => page.getByTestId('api-key-sendgrid').count(), POLL).toBe(0)
    expect(await page.content()).not.toContain('••••WXYZ')
    await screenshot(page, 'seo-admin-seo-role-integrations')
    await context.close()
  }, 300_000)
})
