import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium']
export const SCREENSHOT_DIR = path.resolve('tests/e2e/__screenshots__')

export const baseUrl = () => inject('baseUrl')

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = CHROMIUM_CANDIDATES.find((candidate) => candidate && existsSync(candidate))
  if (!executablePath) throw new Error('Chromium introuvable : apt-get install -y chromium (ou CHROMIUM_PATH)')
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', ...extraArgs],
    headless: true,
  })
}

export const PHONE = { width: 390, height: 844 }
export const DESKTOP = { width: 1280, height: 800 }

export async function newContext(
  browser: Browser,
  { viewport = DESKTOP, locale = 'fr-FR' }: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl(), viewport, locale })
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}
