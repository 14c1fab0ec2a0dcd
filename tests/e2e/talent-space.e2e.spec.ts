import { readFileSync } from 'node:fs'

import sharp from 'sharp'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { executableBytes, pdfCv } from '../helpers/files'
import { adminToken, api } from '../helpers/api'
import { launchBrowser, newContext, PHONE, screenshot as fullPageScreenshot } from '../helpers/browser'
import { TEST_ADMIN } from '../helpers/testEnv'

type Doc = { id: number; [key: string]: unknown }

let browser: Browser
let context: BrowserContext
let page: Page
let token: string
const talent = {
  email: `aminata-${Date.now()}@taalentio.test`,
  password: 'Talent-Pass-2026',
  newPassword: 'Nouveau-Mot-De-Passe-2026',
  code: '',
  userId: 0,
  talentId: 0,
  photoId: 0,
}
const ids: Record<string, number> = {}

/** A real JPEG portrait: a warm gradient with a figure, made by sharp from an SVG. */
async function portraitJpeg(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1000">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#e0a43a"/><stop offset="1" stop-color="#8a3516"/></linearGradient></defs>
    <rect width="800" height="1000" fill="url(#g)"/>
    <circle cx="400" cy="390" r="150" fill="#2a2420"/>
    <path d="M150 1000c30-220 140-330 250-330s220 110 250 330z" fill="#2a2420"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}

async function asAdmin<T>(path: string, init: RequestInit = {}) {
  return api<T>(path, { ...init, token })
}

/**
 * A full-page screenshot from the top: scrolled, the sticky header would be drawn mid-page.
 * With a modal dialog open, the window is first made as tall as the page, so that the
 * dialog's backdrop covers all of it.
 */
async function screenshot(target: Page, name: string, { modal = false } = {}) {
  await target.evaluate(() => window.scrollTo(0, 0))
  if (!modal) return fullPageScreenshot(target, name)
  const viewport = target.viewportSize()!
  await target.setViewportSize({ width: viewport.width, height: await target.evaluate(() => document.documentElement.scrollHeight) })
  await fullPageScreenshot(target, name)
  await target.setViewportSize(viewport)
}

/**
 * Opens a section of the space with a full load, once the page is idle: under `next dev`, a
 * route compiled for the first time can reload the page and wipe what a test typed.
 */
async function openSection(target: Page, path: string, title: string) {
  await target.goto(path)
  await target.waitForLoadState('networkidle')
  await target.getByRole('heading', { level: 1, name: title }).waitFor()
}

async function logIn(target: Page, identifier: string, password: string) {
  await target.getByLabel('E-mail ou code unique').fill(identifier)
  await target.getByLabel('Mot de passe', { exact: true }).fill(password)
  await target.getByRole('button', { name: 'Se connecter' }).click()
  await target.waitForURL((url) => url.pathname === '/mon-espace', { timeout: 90_000 })
}

beforeAll(async () => {
  browser = await launchBrowser()
  token = await adminToken()

  const countries = await api<{ docs: { id: number; iso2: string }[] }>('/api/reference/countries')
  ids.SN = countries.body.docs.find((country) => country.iso2 === 'SN')!.id
  const cities = await api<{ docs: { id: number; name: string }[] }>('/api/reference/countries/SN/cities')
  ids.dakar = cities.body.docs.find((city) => city.name === 'Dakar')!.id
  ids.thies = cities.body.docs.find((city) => city.name === 'Thiès')!.id
  const first = async (collection: string, field: string, value: string) =>
    (await asAdmin<{ docs: Doc[] }>(`/api/${collection}?where[${field}][equals]=${encodeURIComponent(value)}&depth=0&limit=1`)).body.docs[0].id
  ids.acteur = await first('categories', 'slug', 'acteur')
  ids.wolof = await first('languages', 'code', 'wo')
  ids.french = await first('languages', 'code', 'fr')

  const user = await asAdmin<{ doc: Doc }>('/api/users', {
    method: 'POST',
    body: JSON.stringify({ email: talent.email, password: talent.password, roles: ['talent'] }),
  })
  expect(user.status).toBe(201)
  talent.userId = user.body.doc.id

  // A first photo, uploaded by staff on the talent's behalf (their own file).
  const upload = new FormData()
  upload.append('file', new File([new Uint8Array(await sharp({ create: { width: 600, height: 750, channels: 3, background: '#6b5f55' } }).jpeg().toBuffer())], 'ancienne.jpg', { type: 'image/jpeg' }))
  upload.append('_payload', JSON.stringify({ owner: talent.userId, alt: 'Aminata Diallo' }))
  const photo = await asAdmin<{ doc: Doc }>('/api/photos', { method: 'POST', body: upload })
  expect(photo.status).toBe(201)
  talent.photoId = photo.body.doc.id

  const created = await asAdmin<{ doc: Doc & { code: string } }>('/api/talents', {
    method: 'POST',
    body: JSON.stringify({
      user: talent.userId,
      firstName: 'Aminata',
      lastName: 'Diallo',
      gender: 'F',
      dateOfBirth: '1996-03-08',
      country: ids.SN,
      city: ids.dakar,
      categories: [ids.acteur],
      languages: [{ language: ids.wolof, level: 'native' }],
      phone: '+221 77 123 45 67',
      photo: talent.photoId,
    }),
  })
  expect(created.status).toBe(201)
  talent.code = created.body.doc.code
  talent.talentId = created.body.doc.id

  context = await newContext(browser)
  page = await context.newPage()
  page.setDefaultTimeout(60_000)
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
})

describe('talent space', () => {
  it('sends a visitor to the login page, then shows the talent their code and QR code', async () => {
    await page.goto('/mon-espace')
    await page.waitForURL((url) => url.pathname === '/connexion' && url.searchParams.get('next') === '/mon-espace')
    await logIn(page, talent.code.toLowerCase(), talent.password)

    await page.getByRole('heading', { level: 1, name: 'Bonjour Aminata' }).waitFor()
    const codeCard = page.getByRole('region', { name: 'Votre code unique' })
    expect(await codeCard.textContent()).toContain(talent.code)
    expect(await page.getByRole('img', { name: `QR code du profil public de ${talent.code}` }).count()).toBe(1)
    expect(await page.getByRole('link', { name: 'Télécharger en PNG' }).getAttribute('href')).toBe(`/api/talents/${talent.code}/qr.png?download=1`)
    expect(await page.getByRole('link', { name: 'Télécharger en SVG' }).getAttribute('href')).toBe(`/api/talents/${talent.code}/qr.svg?download=1`)
    expect(await page.getByRole('link', { name: /Voir mon profil public/ }).getAttribute('href')).toBe(`/talents/${talent.code}`)
    expect(await page.getByText('Profil privé').count()).toBeGreaterThan(0)

    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.getByRole('button', { name: 'Copier le code' }).click()
    await page.getByRole('button', { name: 'Code copié' }).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(talent.code)
    await screenshot(page, 'talent-space-overview-desktop')
  })

  it('edits the profile, with the errors under the fields', async () => {
    // The section navigation works client-side…
    await page.getByRole('navigation', { name: 'Sections de mon espace' }).getByRole('link', { name: 'Mon profil' }).click()
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor()
    // …then a full load, so that nothing typed below is lost to a dev-server reload.
    await openSection(page, '/mon-espace/profil', 'Mon profil')
    // The owner sees their encrypted phone number in plaintext.
    expect(await page.getByLabel('Téléphone').inputValue()).toBe('+221 77 123 45 67')

    await page.getByLabel('Prénom').fill('')
    await page.getByLabel('Téléphone').fill('appelez-moi')
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await page.locator('#field-firstName-error').getByText('Ce champ est obligatoire.').waitFor()
    expect(await page.locator('#field-phone-error').textContent()).toMatch(/Numéro invalide/)
    expect(await page.getByLabel('Prénom').getAttribute('aria-invalid')).toBe('true')
    await screenshot(page, 'talent-space-profile-errors')

    await page.getByLabel('Prénom').fill('Aminata')
    await page.getByLabel('Nom de scène').fill('Mina Diallo')
    await page.getByLabel('Téléphone').fill('+221 77 555 44 33')
    await page.getByLabel('Contact d’urgence').fill('Fatou Diallo, +221 76 000 11 22')
    await page.getByLabel('N° de pièce d’identité').fill('SN-2026-0042')
    await page.getByLabel('Ville').selectOption({ label: 'Thiès' })
    await page.getByRole('button', { name: 'Ajouter une langue' }).click()
    await page.locator('#field-languages\\.1\\.language').selectOption({ label: 'Français' })
    await page.locator('#field-languages\\.1\\.level').selectOption({ label: 'Courant' })
    await page.getByText('Chant et voix').click()
    await page.getByText('Chant', { exact: true }).click()
    await page.getByLabel('Années d’expérience').fill('6')
    await page.locator('#field-experience').fill('Théâtre Daniel Sorano, deux courts métrages, une série TV.')
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await page.getByText('Modifications enregistrées.').waitFor()
    await screenshot(page, 'talent-space-profile-desktop')

    const saved = await asAdmin<Record<string, unknown>>(`/api/talents/${talent.talentId}?depth=0`)
    expect(saved.body).toMatchObject({
      code: talent.code,
      displayName: 'Mina Diallo',
      phone: '+221 77 555 44 33',
      emergencyContact: 'Fatou Diallo, +221 76 000 11 22',
      idDocumentNumber: 'SN-2026-0042',
      city: ids.thies,
      yearsOfExperience: 6,
    })
    expect((saved.body.languages as { language: number }[]).map((entry) => entry.language)).toEqual([ids.wolof, ids.french])
    expect(saved.body.skills).toHaveLength(1)
  })

  it('replaces the photo with a real JPEG, shows the server’s refusals, and adds a CV', async () => {
    await openSection(page, '/mon-espace/photo-cv', 'Photo et CV')

    // A file named .jpg that is not an image: the server reads the bytes and refuses it.
    await page.getByLabel('Nouvelle photo').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: executableBytes() })
    await page.getByRole('button', { name: 'Remplacer la photo' }).click()
    await page.getByText(/Type de fichier non accepté/).waitFor()
    await screenshot(page, 'talent-space-files-error')

    await page.getByLabel('Nouvelle photo').setInputFiles({ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: await portraitJpeg() })
    await page.getByRole('button', { name: 'Remplacer la photo' }).click()
    await page.getByText('Nouvelle photo enregistrée.').waitFor()
    const after = await asAdmin<{ photo: number }>(`/api/talents/${talent.talentId}?depth=0`)
    expect(after.body.photo).not.toBe(talent.photoId)
    expect((await asAdmin(`/api/photos/${talent.photoId}`)).status).toBe(404)

    await page.getByLabel('Nouveau CV').setInputFiles({ name: 'mon-cv.pdf', mimeType: 'application/pdf', buffer: pdfCv('Aminata Diallo') })
    await page.getByRole('button', { name: 'Envoyer le CV' }).click()
    await page.getByText('Nouveau CV enregistré.').waitFor()
    await page.getByTestId('cv-name').getByText(`CV-${talent.code}.pdf`).waitFor()
    // The CV is private: its owner downloads it (under a readable name), a visitor gets nothing.
    const cvLink = page.getByRole('link', { name: `Télécharger CV-${talent.code}.pdf` })
    const [download] = await Promise.all([page.waitForEvent('download'), cvLink.click()])
    expect(download.suggestedFilename()).toBe(`CV-${talent.code}.pdf`)
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-')
    const cvUrl = new URL((await cvLink.getAttribute('href'))!, page.url())
    expect(cvUrl.pathname).toMatch(/^\/api\/cvs\/file\//)
    expect((await fetch(cvUrl)).status).toBe(403)
    await screenshot(page, 'talent-space-files-desktop')
  })

  it('makes the profile public with the chosen parts', async () => {
    await openSection(page, '/mon-espace/visibilite', 'Visibilité')
    const publicChoice = page.getByRole('radio', { name: /^Public/ })
    expect(await publicChoice.isChecked()).toBe(false)
    await page.getByText('Public', { exact: true }).click()
    expect(await publicChoice.isChecked()).toBe(true)
    await page.getByRole('checkbox', { name: /Votre âge/ }).check()
    await page.getByRole('checkbox', { name: /Votre expérience/ }).uncheck()
    expect(await page.getByRole('link', { name: /Aperçu du profil public/ }).getAttribute('href')).toBe(`/talents/${talent.code}`)
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await page.getByText('Visibilité enregistrée.').waitFor()
    await screenshot(page, 'talent-space-visibility-desktop')

    const saved = await asAdmin<{ isPublic: boolean; publicParts: string[] }>(`/api/talents/${talent.talentId}?depth=0`)
    expect(saved.body.isPublic).toBe(true)
    expect(saved.body.publicParts).toEqual(['age', 'nationality', 'location', 'languages', 'skills'])
  })

  it('changes the password only with the right current one', async () => {
    await openSection(page, '/mon-espace/compte', 'Compte et sécurité')
    await page.getByLabel('Mot de passe actuel').fill('pas-le-bon-mot')
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(talent.newPassword)
    await page.getByLabel('Confirmer le nouveau mot de passe').fill(talent.newPassword)
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click()
    await page.locator('#field-currentPassword-error').getByText('Mot de passe actuel incorrect.').waitFor()

    await page.getByLabel('Mot de passe actuel').fill(talent.password)
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click()
    await page.getByText('Mot de passe modifié.').waitFor()
    await screenshot(page, 'talent-space-account-desktop')

    const login = (password: string) => api('/api/users/login', { method: 'POST', body: JSON.stringify({ email: talent.email, password }) })
    expect((await login(talent.newPassword)).status).toBe(200)
    expect((await login(talent.password)).status).toBe(401)
  })

  it('looks right on a phone', async () => {
    const phone = await newContext(browser, { viewport: PHONE })
    const small = await phone.newPage()
    small.setDefaultTimeout(60_000)
    await small.goto('/connexion')
    await logIn(small, talent.email, talent.newPassword)
    await small.getByRole('heading', { level: 1, name: 'Bonjour Mina Diallo' }).waitFor()
    // Nothing wider than the screen.
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await screenshot(small, 'talent-space-overview-phone')
    for (const [path, title, name] of [
      ['/mon-espace/profil', 'Mon profil', 'talent-space-profile-phone'],
      ['/mon-espace/photo-cv', 'Photo et CV', 'talent-space-files-phone'],
      ['/mon-espace/visibilite', 'Visibilité', 'talent-space-visibility-phone'],
      ['/mon-espace/compte', 'Compte et sécurité', 'talent-space-account-phone'],
    ]) {
      await openSection(small, path, title)
      expect(await small.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width)
      await screenshot(small, name)
    }
    await small.getByRole('button', { name: 'Supprimer mon compte…' }).click()
    await small.getByRole('dialog').waitFor()
    await screenshot(small, 'talent-space-delete-dialog-phone', { modal: true })
    await small.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click()

    // English everywhere: ?lang=en switches the whole space (and stays for this browser).
    await openSection(small, '/mon-espace/visibilite?lang=en', 'Visibility')
    expect(await small.getByRole('radio', { name: /^Public/ }).isChecked()).toBe(true)
    await screenshot(small, 'talent-space-visibility-phone-en')
    await openSection(small, '/mon-espace', 'Hello Mina Diallo')
    expect(await small.getByRole('link', { name: 'Download as PNG' }).count()).toBe(1)
    await phone.close()
  })

  it('deletes the account, profile and files after the confirmation', async () => {
    const cv = (await asAdmin<{ cv: number; photo: number }>(`/api/talents/${talent.talentId}?depth=0`)).body
    await page.getByRole('button', { name: 'Supprimer mon compte…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Supprimer définitivement votre compte ?' })
    await dialog.waitFor()
    await dialog.getByLabel('Confirmation').fill('oui')
    await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click()
    await dialog.getByText(/Saisissez exactement votre code ou le mot SUPPRIMER/).waitFor()
    await screenshot(page, 'talent-space-delete-dialog-desktop', { modal: true })

    await dialog.getByLabel('Confirmation').fill(talent.code)
    await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click()
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('compte') === 'supprime')
    await page.getByText('Votre compte a été supprimé.').waitFor()
    const nav = page.getByRole('navigation', { name: 'Navigation principale' })
    expect(await nav.getByRole('link', { name: 'Se connecter' }).count()).toBe(1)
    await screenshot(page, 'talent-space-deleted-home')

    expect((await asAdmin(`/api/talents/${talent.talentId}`)).status).toBe(404)
    expect((await asAdmin(`/api/users/${talent.userId}`)).status).toBe(404)
    expect((await asAdmin(`/api/photos/${cv.photo}`)).status).toBe(404)
    expect((await asAdmin(`/api/cvs/${cv.cv}`)).status).toBe(404)

    // The space is closed to the signed-out browser.
    await page.goto('/mon-espace')
    await page.waitForURL((url) => url.pathname === '/connexion')
  })

  it('tells a staff member without a talent profile where to go', async () => {
    const staff = await newContext(browser)
    const staffPage = await staff.newPage()
    staffPage.setDefaultTimeout(60_000)
    const login = await staffPage.request.post('/api/users/login', { data: TEST_ADMIN })
    expect(login.status()).toBe(200)
    await staffPage.goto('/mon-espace')
    await staffPage.getByRole('heading', { level: 1, name: 'Votre compte est un compte d’équipe' }).waitFor()
    expect(await staffPage.getByRole('link', { name: 'Ouvrir l’administration' }).getAttribute('href')).toBe('/admin')
    await screenshot(staffPage, 'talent-space-staff')
    await staff.close()
  })
})
