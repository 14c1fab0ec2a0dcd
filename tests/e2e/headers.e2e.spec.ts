import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api } from '../helpers/api'
import { baseUrl, launchBrowser, newContext, screenshot } from '../helpers/browser'
import { TEST_ADMIN } from '../helpers/testEnv'

// The test server inherits this process's environment (tests/e2e/globalSetup.ts): under vitest
// NODE_ENV is `test`, so HSTS and the production-only CSP are checked only when it is `production`
// (tests/unit/security-headers.test.ts covers both cases).
const production = process.env.NODE_ENV === 'production'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function headersOf(path: string) {
  const response = await fetch(`${baseUrl()}${path}`, { redirect: 'manual' })
  await response.arrayBuffer()
  return response.headers
}

const directive = (csp: string, name: string) => csp.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${name} `)) ?? ''

function expectCommonHeaders(headers: Headers) {
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(headers.get('x-frame-options')).toBe('DENY')
  expect(headers.get('x-powered-by')).toBeNull()
  // (The API's headers are fixed at build time, in production mode: they may carry HSTS even here.)
  if (production) expect(headers.get('strict-transport-security')).toMatch(/^max-age=31536000/)
}

/** Records CSP violations and console errors of a page from its first script on. */
async function watch(page: Page) {
  const problems: string[] = []
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  return problems
}

describe('security headers', () => {
  it('public pages: a CSP with a fresh nonce on every request, which Next puts on its scripts', async () => {
    const first = await fetch(`${baseUrl()}/talents`)
    const html = await first.text()
    const csp = first.headers.get('content-security-policy') ?? ''
    expectCommonHeaders(first.headers)
    const nonce = /'nonce-([^']+)'/.exec(directive(csp, 'script-src'))?.[1]
    expect(nonce).toBeTruthy()
    expect(directive(csp, 'script-src')).toContain("'strict-dynamic'")
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'")
    expect(directive(csp, 'object-src')).toBe("object-src 'none'")
    if (production) expect(csp).not.toContain('unsafe-eval')
    // Every <script> of the page carries this response's nonce.
    // (JSON data blocks, such as JSON-LD, are not run and need none.)
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/type="application\/(ld\+)?json"/.test(tag))
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)

    const second = await headersOf('/talents')
    expect(second.get('content-security-policy')).not.toBe(csp)
  })

  it('the admin panel, the API and public files carry them too', async () => {
    const admin = await headersOf('/admin/login')
    expectCommonHeaders(admin)
    expect(directive(admin.get('content-security-policy') ?? '', 'script-src')).toMatch(/'nonce-/)

    const apiHeaders = await headersOf('/api/reference/countries')
    expectCommonHeaders(apiHeaders)
    expect(apiHeaders.get('content-security-policy')).toContain("default-src 'none'")
    expect(apiHeaders.get('permissions-policy')).toContain('camera=()')

    const icon = await headersOf('/icon.svg')
    expectCommonHeaders(icon)
  })

  it('allows the camera on the scanner page /presence only', async () => {
    expect((await headersOf('/presence')).get('permissions-policy')).toContain('camera=(self)')
    for (const path of ['/', '/talents', '/admin/login', '/connexion', '/presences']) {
      const policy = (await headersOf(path)).get('permissions-policy') ?? ''
      expect([path, policy]).toEqual([path, expect.stringContaining('camera=()')])
    }

    // What the browser makes of it, as a signed-in staff member.
    const context = await newContext(browser)
    const login = await api<{ token: string }>('/api/users/login', { method: 'POST', body: JSON.stringify(TEST_ADMIN) })
    await context.addCookies([{ name: 'payload-token', value: login.body.token, url: baseUrl() }])
    const page = await context.newPage()
    const allowsCamera = () =>
      page.evaluate(() => (document as Document & { featurePolicy?: { allowsFeature(name: string): boolean } }).featurePolicy?.allowsFeature('camera'))
    await page.goto('/presence')
    expect(new URL(page.url()).pathname).toBe('/presence')
    expect(await allowsCamera()).toBe(true)
    await page.goto('/talents')
    expect(await allowsCamera()).toBe(false)
    await context.close()
  })

  it('the public site and the admin panel render without a CSP violation or console error', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const problems = await watch(page)

    for (const path of ['/', '/talents', '/connexion', '/inscription']) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
    }
    await page.goto('/admin')
    await page.waitForURL(/\/admin\/login/)
    await page.locator('input[name="username"], input[name="email"]').first().fill(TEST_ADMIN.email)
    await page.locator('input[name="password"]').fill(TEST_ADMIN.password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL((url) => url.pathname === '/admin')
    await expect.poll(() => page.getByText('Utilisateurs').first().isVisible()).toBe(true)
    // A list, an edit form and an upload collection.
    for (const path of ['/admin/collections/users', '/admin/collections/talents/create', '/admin/collections/photos']) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
    }
    await screenshot(page, 'headers-admin-photos')
    expect(problems.filter((text) => /CSP violation|Content Security Policy|Refused to/i.test(text))).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })

  it('GET /api/health answers 200 with its checks and no secret', async () => {
    const response = await fetch(`${baseUrl()}/api/health`)
    const text = await response.text()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = JSON.parse(text) as { status: string; checks: Record<string, { ok: boolean } & Record<string, unknown>> }
    expect(body.status).toMatch(/^(ok|degraded)$/)
    expect(body.checks.database.ok).toBe(true)
    expect(body.checks.migrations).toMatchObject({ ok: true, pending: 0 })
    expect(body.checks.storage).toMatchObject({ ok: true, kind: 'disk' })
    expect(typeof body.checks.jobs.queued).toBe('number')
    expect(text).not.toMatch(/postgres:|secret|password|127\.0\.0\.1/i)
  })
})
