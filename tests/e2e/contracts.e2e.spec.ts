import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/contracts/render'
import { adminToken, api } from '../helpers/api'
import { baseUrl, DESKTOP, launchBrowser, newContext, PHONE, screenshot } from '../helpers/browser'
import { pdfText } from '../helpers/pdf'

/**
 * Contracts in the browser (issue #8): staff create a contract from a template and send it;
 * the talent opens the emailed link on a phone, draws a signature with the mouse and signs;
 * staff download the final PDF. Dead links (used, invalid, expired) say so; another talent
 * cannot open the contract.
 */
const MARKER = `ctr${Date.now().toString(36)}`
const PASSWORD = 'Talent-Pass-2026'

type TalentAccount = { email: string; code: string; firstName: string; lastName: string; token: string }

let browser: Browser
let token: string
let templateTitle: string
let templateId: number
const talents: TalentAccount[] = []

/** `expect.poll` with room for `next dev` (its default gives up after one second). */
const poll = <T>(read: () => T | Promise<T>, options: { timeout?: number } = {}) => expect.poll(read, { timeout: 60_000, interval: 250, ...options })

async function firstId(path: string): Promise<number> {
  const { body } = await api<{ docs: { id: number }[] }>(path, { token })
  return body.docs[0].id
}

async function hydrated(page: Page, selector: string) {
  await expect
    .poll(() => page.locator(selector).first().evaluate((element) => Object.keys(element).some((key) => key.startsWith('__react'))), { timeout: 90_000 })
    .toBe(true)
}

/** A browser context patient with `next dev`, which compiles each page on its first visit. */
async function patientContext(viewport = DESKTOP): Promise<BrowserContext> {
  const context = await newContext(browser, { viewport })
  context.setDefaultNavigationTimeout(180_000)
  context.setDefaultTimeout(60_000)
  return context
}

async function signedInContext(sessionToken: string, viewport = DESKTOP): Promise<BrowserContext> {
  const context = await patientContext(viewport)
  await context.addCookies([{ name: 'payload-token', value: sessionToken, url: baseUrl() }])
  return context
}

/** A same-origin fetch by the page itself (its session cookie, as a click on the link would send). */
async function fetchInPage(page: Page, path: string): Promise<{ status: number; type: string | null; body: Buffer }> {
  const answer = await page.evaluate(async (url) => {
    const response = await fetch(url)
    const bytes = new Uint8Array(await response.arrayBuffer())
    let binary = ''
    bytes.forEach((byte) => (binary += String.fromCharCode(byte)))
    return { status: response.status, type: response.headers.get('content-type'), base64: btoa(binary) }
  }, path)
  return { status: answer.status, type: answer.type, body: Buffer.from(answer.base64, 'base64') }
}

/** The signing token in the newest signing-link email to `email` (the outbox records every email). */
async function signingPathFromOutbox(email: string): Promise<string> {
  let path: string | undefined
  await expect
    .poll(
      async () => {
        const { body } = await api<{ docs: { text?: string | null; html?: string | null }[] }>(
          `/api/outbox?where[to][contains]=${encodeURIComponent(email)}&sort=-createdAt&limit=20`,
          { token },
        )
        path = body.docs.map((doc) => `${doc.text ?? ''} ${doc.html ?? ''}`.match(/\/contrats\/signer\/[A-Za-z0-9_-]{20,}/)?.[0]).find(Boolean)
        return Boolean(path)
      },
      { timeout: 30_000 },
    )
    .toBe(true)
  return path!
}

/**
 * Makes the signing link of a contract expire, as time passing would: the e2e server's database
 * is found on the shared PostgreSQL server by this run's own contract (unique marker title).
 */
async function expireSigningLink(contractId: number, title: string): Promise<void> {
  const { default: pg } = await import('pg')
  const serverUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres')
  const admin = new pg.Client({ connectionString: serverUrl.toString() })
  await admin.connect()
  const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'taalentio_e2e_%'")
  await admin.end()
  for (const { datname } of rows) {
    serverUrl.pathname = `/${datname}`
    const client = new pg.Client({ connectionString: serverUrl.toString() })
    try {
      await client.connect()
      const updated = await client.query(
        `UPDATE contract_signing_links SET expires_at = now() - interval '1 hour'
          WHERE contract_id = $1 AND EXISTS (SELECT 1 FROM contracts WHERE id = $1 AND title = $2)`,
        [contractId, title],
      )
      if (updated.rowCount) return
    } catch {
      // another run's database, without the contract tables yet, or being dropped
    } finally {
      await client.end().catch(() => undefined)
    }
  }
  throw new Error(`Signing link of contract ${contractId} not found in any e2e database`)
}

beforeAll(async () => {
  browser = await launchBrowser()
  token = await adminToken()
  const country = await firstId('/api/countries?where[iso2][equals]=CI&limit=1')
  const city = await firstId(`/api/cities?where[code][equals]=ABJ&where[country][equals]=${country}&limit=1`)
  const category = await firstId('/api/categories?where[slug][equals]=acteur&limit=1')
  for (const [firstName, lastName] of [
    ['Aïcha', 'Koné'],
    ['Kwame', 'Mensah'],
  ]) {
    const email = `${MARKER}-${talents.length}@taalentio.test`
    const user = await api<{ doc: { id: number } }>('/api/users', { method: 'POST', token, body: JSON.stringify({ email, password: PASSWORD, roles: ['talent'] }) })
    expect(user.status, JSON.stringify(user.body)).toBe(201)
    const talent = await api<{ doc: { code: string } }>('/api/talents', {
      method: 'POST',
      token,
      body: JSON.stringify({ user: user.body.doc.id, firstName, lastName, gender: 'F', country, city, categories: [category] }),
    })
    expect(talent.status, JSON.stringify(talent.body)).toBe(201)
    const login = await api<{ token: string }>('/api/users/login', { method: 'POST', body: JSON.stringify({ email, password: PASSWORD }) })
    talents.push({ email, code: talent.body.doc.code, firstName, lastName, token: login.body.token })
  }
  templateTitle = `Contrat de prestation ${MARKER}`
  const template = await api<{ doc: { id: number } }>('/api/contract-templates', {
    method: 'POST',
    token,
    body: JSON.stringify({
      title: templateTitle,
      kind: 'talent',
      defaultCurrency: 'XOF',
      active: true,
      body: lexicalParagraphs([
        'Entre Taalentio et {{talent.nom_complet}} (code {{talent.code}}).',
        'Le talent est engagé du {{date_debut}} au {{date_fin}} pour un cachet de {{cachet}}.',
        'Référence : {{contrat.reference}}.',
      ]),
    }),
  })
  expect(template.status, JSON.stringify(template.body)).toBe(201)
  templateId = template.body.doc.id
  // Compile the pages once before the clocks of the tests start.
  for (const path of ['/contrats', '/contrats/nouveau', `/contrats/signer/${'x'.repeat(43)}`, '/contrats/1', '/mon-espace/contrats', '/mon-espace/contrats/1']) {
    await fetch(`${baseUrl()}${path}`, { headers: { cookie: `payload-token=${token}` } }).catch(() => undefined)
  }
}, 600_000)

afterAll(async () => {
  await browser?.close()
})

describe('contracts in the browser', () => {
  let contractId: number
  let signingPath: string

  it('staff create a contract from a template with a live preview, then send it', async () => {
    const [talent] = talents
    const context = await signedInContext(token)
    const page = await context.newPage()
    await page.goto('/contrats')
    await poll(() => page.getByRole('heading', { level: 1, name: 'Contrats des talents' }).count()).toBe(1)
    expect(await page.getByRole('navigation').first().getByRole('link', { name: 'Contrats' }).count()).toBe(1)
    await page.getByRole('link', { name: 'Nouveau contrat' }).first().click()
    await page.waitForURL('**/contrats/nouveau')
    await hydrated(page, '[data-testid="contract-create-form"]')

    await page.getByLabel('Modèle de contrat').selectOption({ label: templateTitle })
    await page.getByRole('combobox', { name: 'Talent' }).fill(talent.code)
    await page.getByRole('option', { name: new RegExp(talent.lastName) }).click()
    await poll(() => page.getByTestId('picked-talent').textContent()).toContain(talent.code)
    await page.getByLabel('Montant').fill('250000')
    await page.getByLabel('Date de début').fill('2026-12-01')
    await page.getByLabel('Date de fin').fill('2026-12-20')
    const preview = page.getByTestId('contract-document')
    await poll(() => preview.textContent(), { timeout: 30_000 }).toContain(`${talent.firstName} ${talent.lastName}`)
    await poll(async () => (await preview.textContent())?.replace(/\s/g, ' ')).toContain('250 000')
    await screenshot(page, 'contracts-create-desktop')

    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
    await page.waitForURL(/\/contrats\/\d+$/, { timeout: 60_000 })
    contractId = Number(new URL(page.url()).pathname.split('/').pop())
    await poll(() => page.locator('[data-status="draft"]').count()).toBeGreaterThan(0)
    expect(await page.getByTestId('contract-document').textContent()).toContain(talent.code)

    // The draft is corrected before it goes out: the form comes back filled, the text is rendered again.
    await page.getByTestId('contract-edit').click()
    await page.waitForURL(/\/contrats\/\d+\/modifier$/)
    await hydrated(page, '[data-testid="contract-create-form"]')
    expect(await page.getByLabel('Montant').inputValue()).toBe('250000')
    expect(await page.getByLabel('Date de fin').inputValue()).toBe('2026-12-20')
    expect(await page.getByTestId('picked-talent').textContent()).toContain(talent.code)
    await page.getByLabel('Montant').fill('275000')
    await page.getByLabel('Date de fin').fill('2026-12-24')
    await poll(async () => (await page.getByTestId('contract-document').textContent())?.replace(/\s/g, ' ')).toContain('275 000')
    // The preview of a saved draft carries its reference (CTR-…), as the saved text will.
    expect(await page.getByTestId('contract-document').textContent()).toMatch(/Référence : CTR-\d{4}-\d{6}/)
    await screenshot(page, 'contracts-edit-draft-desktop')
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click()
    await page.waitForURL(new RegExp(`/contrats/${contractId}$`), { timeout: 60_000 })
    await poll(async () => (await page.getByTestId('contract-document').textContent())?.replace(/\s/g, ' ')).toContain('275 000')
    expect(await page.getByTestId('contract-document').textContent()).toContain('24 décembre 2026')
    const saved = await api<{ amount: number; status: string; events: { type: string }[] }>(`/api/contracts/${contractId}?depth=0`, { token })
    expect(saved.body).toMatchObject({ amount: 275000, status: 'draft' })
    expect(saved.body.events.map((event) => event.type)).toEqual(['created', 'updated'])

    await hydrated(page, 'button[aria-expanded]')
    await page.getByRole('button', { name: 'Envoyer pour signature' }).click()
    await page.getByRole('button', { name: /^Confirmer/ }).click()
    await poll(() => page.getByRole('status').filter({ hasText: 'Contrat envoyé' }).count(), { timeout: 60_000 }).toBe(1)
    await poll(() => page.locator('h1 ~ div [data-status="sent"]').count(), { timeout: 30_000 }).toBe(1)
    await screenshot(page, 'contracts-detail-sent-desktop')
    // Once sent, the text is frozen: no edit button, and the edit page says why.
    expect(await page.getByTestId('contract-edit').count()).toBe(0)
    await page.goto(`/contrats/${contractId}/modifier`)
    await poll(() => page.getByTestId('contract-frozen').textContent()).toContain('Ce contrat ne se modifie plus')

    signingPath = await signingPathFromOutbox(talent.email)
    await context.close()
  }, 300_000)

  it('the talent opens the emailed link on a phone, draws a signature with the mouse and signs', async () => {
    const [talent] = talents
    const context = await patientContext(PHONE)
    const page = await context.newPage()
    await page.goto(signingPath)
    const form = page.getByTestId('signing-form')
    await poll(() => form.count(), { timeout: 60_000 }).toBe(1)
    expect(await page.getByTestId('contract-document').textContent()).toContain(`${talent.firstName} ${talent.lastName}`)
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await screenshot(page, 'contracts-sign-phone')

    // Signing without anything filled in says what is missing.
    await page.getByRole('button', { name: 'Signer le contrat' }).click()
    await poll(() => page.getByRole('alert').filter({ hasText: 'code talent' }).count()).toBe(1)

    await page.getByLabel('Votre code talent').fill(talent.code)
    const pad = page.getByTestId('signature-pad')
    await pad.scrollIntoViewIfNeeded()
    const box = (await pad.boundingBox())!
    expect(box.width).toBeGreaterThan(250)
    await page.mouse.move(box.x + 30, box.y + box.height * 0.65)
    await page.mouse.down()
    for (let step = 1; step <= 24; step++) {
      await page.mouse.move(box.x + 30 + step * ((box.width - 60) / 24), box.y + box.height * (0.65 - 0.35 * Math.sin(step / 3)), { steps: 2 })
    }
    await page.mouse.up()
    await page.getByLabel(/J’ai lu le contrat/).check()
    await screenshot(page, 'contracts-sign-filled-phone')
    await page.getByRole('button', { name: 'Signer le contrat' }).click()

    const done = page.getByTestId('signing-done')
    await poll(() => done.count(), { timeout: 60_000 }).toBe(1)
    expect(await done.getByRole('heading').textContent()).toBe('Contrat signé')
    expect(await done.getByRole('link', { name: 'Vérifier l’authenticité du contrat' }).getAttribute('href')).toMatch(/\/contrats\/verifier\/\d+-[0-9a-f]{16}$/)
    await screenshot(page, 'contracts-signed-phone')

    // The link served once: opening it again says so.
    await page.goto(signingPath)
    await poll(() => page.getByTestId('link-used').count(), { timeout: 30_000 }).toBe(1)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ce lien a déjà été utilisé')
    await screenshot(page, 'contracts-link-used-phone')

    await page.goto(`/contrats/signer/${'x'.repeat(43)}`)
    await poll(() => page.getByTestId('link-invalid').count(), { timeout: 30_000 }).toBe(1)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Lien de signature invalide')
    await context.close()
  }, 300_000)

  it('staff see it signed with its audit trail and download the final PDF', async () => {
    const [talent] = talents
    const context = await signedInContext(token)
    const page = await context.newPage()
    await page.goto(`/contrats/${contractId}`)
    await poll(() => page.locator('h1 ~ div [data-status="signed"]').count(), { timeout: 30_000 }).toBe(1)
    const timeline = await page.getByTestId('contract-timeline').textContent()
    for (const event of ['Contrat créé', 'Lien de signature envoyé', 'Contrat consulté', 'Contrat signé']) expect(timeline).toContain(event)
    expect(await page.getByTestId('document-hash').textContent()).toMatch(/^[0-9a-f]{64}$/)
    await screenshot(page, 'contracts-detail-signed-desktop')

    const href = await page.getByTestId('contract-pdf').getAttribute('href')
    expect(href).toBe(`/api/contracts/${contractId}/pdf`)
    const response = await fetchInPage(page, href!)
    expect(response.status).toBe(200)
    expect(response.type).toBe('application/pdf')
    const pdf = response.body
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ')
    expect(text).toContain(`${talent.firstName} ${talent.lastName}`)

    await page.goto(`/contrats?q=${encodeURIComponent(talent.code)}&status=signed`)
    await poll(() => page.getByTestId('contract-row').count()).toBe(1)
    await screenshot(page, 'contracts-list-desktop')
    await page.setViewportSize(PHONE)
    await page.goto(`/contrats?q=${encodeURIComponent(talent.code)}`)
    await poll(() => page.getByTestId('contract-card').count()).toBe(1)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await screenshot(page, 'contracts-list-phone')
    await context.close()
  }, 300_000)

  it('the talent finds it in their space; another talent cannot open it', async () => {
    const [owner, other] = talents
    const mine = await signedInContext(owner.token, PHONE)
    const page = await mine.newPage()
    await page.goto('/mon-espace/contrats')
    await poll(() => page.getByTestId('contract-card').count(), { timeout: 30_000 }).toBe(1)
    await page.getByTestId('contract-card').click()
    await page.waitForURL(`**/mon-espace/contrats/${contractId}`)
    await poll(() => page.getByTestId('contract-document').count()).toBe(1)
    expect(await page.getByTestId('contract-pdf').getAttribute('href')).toBe(`/api/contracts/${contractId}/pdf`)
    expect(await page.getByTestId('contract-timeline').count()).toBe(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await screenshot(page, 'contracts-mine-phone')
    // The staff address sends the talent to their own page.
    await page.goto(`/contrats/${contractId}`)
    await page.waitForURL(`**/mon-espace/contrats/${contractId}`)
    await mine.close()

    const theirs = await signedInContext(other.token)
    const intruder = await theirs.newPage()
    for (const path of [`/mon-espace/contrats/${contractId}`, `/contrats/${contractId}`]) {
      const response = await intruder.goto(path)
      expect(response?.status()).toBe(404)
      await poll(() => intruder.getByTestId('contract-not-found').count()).toBe(1)
      expect(await intruder.getByTestId('contract-document').count()).toBe(0)
    }
    expect((await fetchInPage(intruder, `/api/contracts/${contractId}/pdf`)).status).toBe(404)
    await screenshot(intruder, 'contracts-not-found-desktop')
    await intruder.goto('/contrats')
    await poll(() => intruder.getByRole('heading', { name: 'Accès réservé à l’équipe Taalentio' }).count()).toBe(1)
    await theirs.close()
  }, 300_000)

  it('staff create a cinema contract from a project’s assignment, which fills role, fee and dates', async () => {
    const country = await firstId('/api/countries?where[iso2][equals]=CI&limit=1')
    const city = await firstId(`/api/cities?where[code][equals]=ABJ&where[country][equals]=${country}&limit=1`)
    const category = await firstId('/api/categories?where[slug][equals]=acteur&limit=1')
    const letters = MARKER.replace(/[^a-z]/g, '').slice(-2).toUpperCase().padEnd(2, 'Q')
    const post = async <T>(path: string, body: unknown) => {
      const answer = await api<{ doc: T }>(path, { method: 'POST', token, body: JSON.stringify(body) })
      expect(answer.status, `${path} ${JSON.stringify(answer.body)}`).toBe(201)
      return answer.body.doc
    }
    const production = await post<{ id: number }>('/api/productions', { name: `Akwaba Films ${MARKER}`, code: `K${letters}`, country })
    const projectTitle = `Le Tournage ${MARKER}`
    const project = await post<{ id: number }>('/api/projects', { title: projectTitle, production: production.id, type: 'FLM', status: 'shooting' })
    const user = await post<{ id: number }>('/api/users', { email: `${MARKER}-cinema@taalentio.test`, password: PASSWORD, roles: ['talent'] })
    const cinemaTalent = await post<{ id: number; code: string }>('/api/cinema-talents', {
      user: user.id, firstName: 'Ɛsi', lastName: 'Asante', gender: 'F', dateOfBirth: '1994-05-06', country, city, categories: [category], availability: 'available', phone: '+225 07 00 00 02',
    })
    const assigned = await post<{ id: number }>('/api/assignments', { project: project.id, cinemaTalent: cinemaTalent.id, kind: 'cast', roleName: 'Commissaire Diallo', status: 'confirmed', fee: 175000, currency: 'XOF', startDate: '2027-01-10', endDate: '2027-02-05' })
    const cinemaTemplate = `Contrat d’interprète ${MARKER}`
    await post('/api/contract-templates', {
      title: cinemaTemplate,
      kind: 'cinema',
      defaultCurrency: 'XOF',
      active: true,
      body: lexicalParagraphs(['{{talent.nom_complet}} interprète le rôle de {{role}} dans « {{projet.titre}} », du {{date_debut}} au {{date_fin}}, pour {{cachet}}.']),
    })

    const context = await signedInContext(token)
    const page = await context.newPage()
    await page.goto('/cinema/contrats')
    await poll(() => page.getByRole('heading', { level: 1, name: 'Contrats cinéma' }).count()).toBe(1)
    await page.getByRole('link', { name: 'Nouveau contrat' }).first().click()
    await page.waitForURL('**/contrats/nouveau?type=cinema')
    await hydrated(page, '[data-testid="contract-create-form"]')
    await page.getByLabel('Modèle de contrat').selectOption({ label: cinemaTemplate })
    await page.getByLabel('Projet').selectOption(String(project.id))
    const assignment = page.getByLabel('Affectation (talent et rôle)')
    await poll(() => assignment.isEnabled()).toBe(true)
    expect(await assignment.locator(`option[value="${assigned.id}"]`).textContent()).toContain(`${cinemaTalent.code} · Commissaire Diallo`)
    await assignment.selectOption(String(assigned.id))
    await poll(() => page.getByLabel('Montant').inputValue()).toBe('175000')
    expect(await page.getByLabel('Date de début').inputValue()).toBe('2027-01-10')
    expect(await page.getByLabel('Date de fin').inputValue()).toBe('2027-02-05')
    const preview = page.getByTestId('contract-document')
    await poll(() => preview.textContent()).toContain('Commissaire Diallo')
    expect(await preview.textContent()).toContain(projectTitle)
    await screenshot(page, 'contracts-cinema-create-desktop')
    await page.setViewportSize(PHONE)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await screenshot(page, 'contracts-cinema-create-phone')
    await page.setViewportSize(DESKTOP)

    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
    await page.waitForURL(/\/contrats\/\d+$/, { timeout: 60_000 })
    await poll(() => page.getByRole('link', { name: 'Contrats cinéma' }).count()).toBeGreaterThan(0)
    await page.goto(`/cinema/contrats?project=${project.id}`)
    await poll(() => page.getByTestId('contract-row').count()).toBe(1)
    expect(await page.getByTestId('contract-row').textContent()).toContain(projectTitle)
    await screenshot(page, 'contracts-cinema-list-desktop')
    await context.close()
  }, 300_000)

  it('a keyboard user can choose the typed name; a talent may decline with a reason', async () => {
    const [, talent] = talents
    const title = `Refusé ${MARKER}`
    const talentId = (await api<{ docs: { id: number }[] }>(`/api/talents?where[code][equals]=${talent.code}&limit=1`, { token })).body.docs[0].id
    const created = await api<{ doc: { id: number } }>('/api/contracts', {
      method: 'POST',
      token,
      body: JSON.stringify({ template: templateId, talent: talentId, title, amount: 5000, currency: 'XOF', startDate: '2026-12-01' }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect((await api(`/api/contracts/${created.body.doc.id}/send`, { method: 'POST', token })).status).toBe(200)
    const path = await signingPathFromOutbox(talent.email)

    const context = await patientContext(PHONE)
    const page = await context.newPage()
    await page.goto(path)
    await poll(() => page.getByTestId('signing-form').count()).toBe(1)
    await hydrated(page, '[data-testid="signing-form"] button[type="submit"]')
    // The drawing pad is not usable with a keyboard: the arrow keys reach "Saisir mon nom".
    await page.getByRole('radio', { name: 'Dessiner' }).focus()
    await page.keyboard.press('ArrowRight')
    await poll(() => page.getByLabel('Votre nom complet').isVisible()).toBe(true)
    expect(await page.getByRole('radio', { name: 'Saisir mon nom' }).isChecked()).toBe(true)
    await page.getByLabel('Votre nom complet').fill(`${talent.firstName} ${talent.lastName}`)

    await page.getByRole('button', { name: 'Refuser de signer' }).click()
    const decline = page.getByTestId('decline-form')
    await decline.getByRole('button', { name: 'Confirmer le refus' }).click()
    await poll(() => decline.getByText('Indiquez le motif du refus.').count()).toBe(1)
    await decline.getByLabel('Motif du refus').fill('Les dates ne me conviennent pas.')
    await decline.getByRole('button', { name: 'Confirmer le refus' }).click()
    await poll(() => page.getByTestId('signing-declined').count()).toBe(1)
    await screenshot(page, 'contracts-declined-phone')
    await context.close()

    const contract = await api<{ status: string; declineReason?: string }>(`/api/contracts/${created.body.doc.id}?depth=0`, { token })
    expect(contract.body).toMatchObject({ status: 'declined', declineReason: 'Les dates ne me conviennent pas.' })
  }, 300_000)

  it('staff archive the signed contract from its page and still read the confirmation', async () => {
    const context = await signedInContext(token)
    const page = await context.newPage()
    await page.goto(`/contrats/${contractId}`)
    await page.getByRole('button', { name: 'Archiver' }).click()
    await page.getByRole('button', { name: /^Confirmer/ }).click()
    // Archiving leaves no action to offer; the outcome must stay on screen after the page's data reloads.
    await poll(() => page.locator('h1 ~ div [data-status="archived"]').count(), { timeout: 30_000 }).toBe(1)
    expect(await page.getByRole('status').filter({ hasText: 'Contrat archivé.' }).count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Archiver' }).count()).toBe(0)
    const contract = await api<{ status: string }>(`/api/contracts/${contractId}?depth=0`, { token })
    expect(contract.body.status).toBe('archived')
    await context.close()
  }, 300_000)

  it('an expired signing link says so', async () => {
    const [, talent] = talents
    const title = `Expiré ${MARKER}`
    const talentId = (await api<{ docs: { id: number }[] }>(`/api/talents?where[code][equals]=${talent.code}&limit=1`, { token })).body.docs[0].id
    const created = await api<{ doc: { id: number } }>('/api/contracts', {
      method: 'POST',
      token,
      body: JSON.stringify({ template: templateId, talent: talentId, title, amount: 1000, currency: 'XOF', startDate: '2026-12-01' }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const sent = await api(`/api/contracts/${created.body.doc.id}/send`, { method: 'POST', token })
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    const path = await signingPathFromOutbox(talent.email)
    await expireSigningLink(created.body.doc.id, title)

    const context = await patientContext(PHONE)
    const page = await context.newPage()
    await page.goto(path)
    await poll(() => page.getByTestId('link-expired').count(), { timeout: 30_000 }).toBe(1)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ce lien a expiré')
    await screenshot(page, 'contracts-link-expired-phone')
    await context.close()
  }, 300_000)
})
