import { existsSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, api } from '../helpers/api'
import { launchBrowser, newContext, PHONE, screenshot as saveScreenshot } from '../helpers/browser'
import { jpegPhoto } from '../helpers/files'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0))
  await saveScreenshot(page, name)
}

/** Under `next dev` a page compiles on its first visit, which takes a while on a busy machine. */
async function openPage(viewport?: { width: number; height: number }) {
  const context = await newContext(browser, viewport ? { viewport } : {})
  context.setDefaultNavigationTimeout(180_000)
  return { context, page: await context.newPage() }
}

async function pick(page: Page, field: string, typed: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: field }).fill(typed)
  await page.getByRole('option', { name: option }).first().click()
}

const section = (page: Page, name: string) => page.locator(`section[data-section="${name}"]`)
const stateOf = (page: Page, name: string) => section(page, name).getAttribute('data-state')
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')

async function continueFrom(page: Page, name: string) {
  await section(page, name).getByRole('button', { name: 'Continuer' }).click()
  await expect.poll(() => stateOf(page, name), { message: name }).toBe('complete')
}

describe('cinema registration', () => {
  it('fills the 9 sections in French, keeps the draft across a reload, survives a network failure and shows the code', async () => {
    const email = `fatou.ndiaye.${Date.now()}@taalentio.test`
    const { context, page } = await openPage()
    await page.goto('/cinema/register')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Votre profil cinéma, en une page')
    expect(await page.title()).toContain('Inscription cinéma')
    const progress = page.getByRole('navigation', { name: 'Sections du formulaire' }).first()
    await expect.poll(() => progress.getByRole('listitem').count()).toBe(9)
    await expect.poll(() => page.locator('section[data-section]').count()).toBe(9)
    await screenshot(page, 'cinema-registration-empty-desktop')

    // 1. Identity, with a photo
    await page.getByLabel('Prénom').fill('Fatou')
    await page.getByLabel('Nom', { exact: true }).fill('Ndiaye')
    await page.getByLabel('Nom de scène').fill('Fatou N.')
    await page.getByRole('radio', { name: 'Femme' }).check()
    await page.getByLabel('Jour').fill('3')
    await page.getByLabel('Mois').selectOption('9')
    await page.getByLabel('Année', { exact: true }).fill('1994')
    await pick(page, 'Nationalité', 'sénég', /Sénégalaise/)
    await page.locator('#registration-photo').setInputFiles({ name: 'portrait-fatou.jpg', mimeType: 'image/jpeg', buffer: await jpegPhoto(480, 640) })
    await expect.poll(() => page.getByRole('img', { name: 'Aperçu de votre photo' }).isVisible()).toBe(true)
    await continueFrom(page, 'identity')

    // 2. Contact: cities arrive once the country is chosen
    await page.getByLabel('Adresse e-mail').fill(email)
    await page.getByLabel('Téléphone', { exact: true }).fill('+221 77 123 45 67')
    await pick(page, 'Pays de résidence', 'sene', /Sénégal/)
    await expect.poll(() => page.getByRole('combobox', { name: 'Ville', exact: true }).isEnabled()).toBe(true)
    await pick(page, 'Ville', 'dak', /^Dakar/)
    await continueFrom(page, 'contact')

    // 3. Physical, in feet and pounds
    await page.getByRole('radio', { name: 'pieds / pouces' }).check()
    await page.getByLabel('Taille (pieds)').fill('5')
    await page.getByLabel('Taille (pouces)').fill('9')
    await expect.poll(() => page.getByText('soit 175 cm').count()).toBe(1)
    await page.getByRole('radio', { name: 'lb' }).check()
    await page.getByLabel('Poids (lb)').fill('150')
    await expect.poll(() => page.getByText('soit 68 kg').count()).toBe(1)
    await page.getByLabel('Corpulence').selectOption('athletic')
    await page.getByLabel('Couleur des yeux').selectOption('dark-brown')
    await continueFrom(page, 'physical')

    // 4. Languages, African first
    await pick(page, 'Langue 1', 'wol', 'Wolof')
    await page.getByLabel('Niveau 1').selectOption('native')
    await page.getByLabel(/^Accents maîtrisés/).fill('Accent dakarois')
    await continueFrom(page, 'languages')

    // Mid-way: a reload keeps every value and the photo.
    await page.waitForTimeout(1200)
    await page.reload()
    await expect.poll(() => page.getByTestId('draft-restored').isVisible(), { timeout: 30_000 }).toBe(true)
    await expect.poll(() => page.getByText('Brouillon restauré').count()).toBe(1)
    expect(await page.getByLabel('Prénom').inputValue()).toBe('Fatou')
    expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe(email)
    // The city's name shows once the country's cities have loaded again.
    await expect.poll(() => page.getByRole('combobox', { name: 'Ville', exact: true }).inputValue()).toContain('Dakar')
    expect(await page.getByLabel('Taille (pieds)').inputValue()).toBe('5')
    expect(await page.getByLabel('Poids (lb)').inputValue()).toBe('150')
    expect(await page.getByRole('combobox', { name: 'Langue 1' }).inputValue()).toBe('Wolof')
    await expect.poll(() => page.getByRole('img', { name: 'Aperçu de votre photo' }).isVisible()).toBe(true)
    await expect.poll(() => page.getByText('portrait-fatou.jpg').count()).toBe(1)
    for (const done of ['identity', 'contact', 'physical', 'languages']) expect(await stateOf(page, done), done).toBe('complete')
    await screenshot(page, 'cinema-registration-draft-restored-desktop')

    // 5. Categories and roles
    await page.getByRole('checkbox', { name: 'Acteur·rice' }).check()
    await page.getByRole('checkbox', { name: 'Premier rôle' }).check()
    await page.getByLabel('Âge de jeu, de').fill('25')
    await page.getByLabel('Âge de jeu, à').fill('20')
    await section(page, 'roles').getByRole('button', { name: 'Continuer' }).click()
    await expect.poll(() => page.getByText('L’âge maximal doit être au moins égal à l’âge minimal.').count()).toBe(1)
    await expect.poll(() => stateOf(page, 'roles')).toBe('error')
    await page.getByLabel('Âge de jeu, à').fill('35')
    await continueFrom(page, 'roles')

    // 6. Skills
    await page.getByRole('searchbox', { name: 'Filtrer les compétences' }).fill('coupé')
    await page.getByRole('checkbox', { name: 'Coupé-décalé' }).check()
    await page.getByLabel(/^Autres compétences/).fill('Combat au bâton')
    await continueFrom(page, 'skills')

    // 7. Experience and filmography
    await page.getByLabel(/^Années d’expérience/).fill('6')
    await page.getByRole('button', { name: 'Ajouter une production' }).click()
    await page.getByLabel('Titre (Production 1)').fill('Atlantique')
    await page.getByLabel('Année (Production 1)').fill('2019')
    await page.getByLabel('Type (Production 1)').selectOption('feature')
    await page.getByLabel('Rôle ou poste (Production 1)').fill('Ada')
    await page.getByLabel('Réalisation (Production 1)').fill('Mati Diop')
    await continueFrom(page, 'experience')

    // 8. Availability and terms
    await page.getByRole('checkbox', { name: 'Prêt·e à voyager pour un tournage' }).check()
    await page.getByLabel('Montant').fill('50000')
    await continueFrom(page, 'availability')

    // 9. Media, visibility and consent
    await page.getByLabel(/^Bande démo/).fill('https://vimeo.com/123456')
    await page.getByLabel('Instagram').fill('https://instagram.com/fatou.ndiaye')
    await page.getByRole('radio', { name: 'Public' }).check()
    await page.getByRole('checkbox', { name: /J’accepte que Taalentio conserve/ }).check()
    await expect.poll(() => stateOf(page, 'media')).toBe('complete')
    await expect.poll(() => progress.getByText('9 sur 9 sections complètes').count()).toBe(1)
    await screenshot(page, 'cinema-registration-filled-desktop')

    // The network fails once: a clear message, and everything stays.
    await page.route('**/api/cinema/register', (route) => route.abort('internetdisconnected'))
    await page.getByRole('button', { name: 'Créer mon profil cinéma' }).click()
    await expect.poll(() => page.getByRole('form').getByRole('alert').textContent()).toContain('Impossible de joindre le serveur')
    expect(await page.getByLabel('Prénom').inputValue()).toBe('Fatou')
    await page.unroute('**/api/cinema/register')

    await page.getByRole('button', { name: 'Créer mon profil cinéma' }).click()
    const codeBox = page.getByTestId('cinema-code')
    await codeBox.waitFor({ timeout: 60_000 })
    const code = (await codeBox.textContent())!.trim()
    expect(code).toMatch(/^SN[A-Z]{3}\d{5}F$/)
    await expect.poll(() => page.getByRole('heading', { name: /Bienvenue dans Taalentio CINEMA, Fatou N\./ }).count()).toBe(1)
    await expect.poll(() => page.getByRole('img', { name: `QR code de votre profil cinéma ${code}` }).isVisible()).toBe(true)
    const profileLink = page.getByRole('link', { name: 'Voir mon profil cinéma' })
    expect(await profileLink.getAttribute('href')).toBe(`/cinema/profile/${code}`)
    await screenshot(page, 'cinema-registration-success-desktop')

    // Stored in cm and kg, with the photo; the draft is gone.
    const token = await adminToken()
    const { body } = await api<{ docs: { heightCm: number; weightKg: number; photo: unknown; filmography: { title: string }[]; isPublic: boolean }[] }>(
      `/api/cinema-talents?where[code][equals]=${code}&depth=0`,
      { token },
    )
    expect(body.docs[0]).toMatchObject({ heightCm: 175, weightKg: 68, photo: expect.any(Number), isPublic: true, filmography: [expect.objectContaining({ title: 'Atlantique' })] })
    await page.goto('/cinema/register')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1)
    // Signed in now (the new account): the email is the account's, locked.
    await expect.poll(() => page.getByText(/Vous avez déjà un profil cinéma/).count()).toBe(1)

    if (existsSync('app/(frontend)/cinema/profile')) {
      await page.goto(`/cinema/profile/${code}`)
      await expect.poll(() => page.getByText(code).count()).toBeGreaterThan(0)
      await screenshot(page, 'cinema-registration-profile-desktop')
    }
    await context.close()
  })

  it('on a phone: compact progress bar, errors shown and focused per section and on submit', async () => {
    const { context, page } = await openPage(PHONE)
    await page.goto('/cinema/register')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Votre profil cinéma, en une page')
    await section(page, 'identity').getByRole('button', { name: 'Continuer' }).click()
    await expect.poll(() => page.getByText('Ce champ est obligatoire.').count()).toBeGreaterThanOrEqual(2)
    await expect.poll(() => focusedId(page)).toBe('registration-firstName')
    await expect.poll(() => stateOf(page, 'identity')).toBe('error')
    await screenshot(page, 'cinema-registration-errors-phone')

    // Submitting everything empty focuses the first error of the form.
    await page.getByLabel('Prénom').fill('Moussa')
    await page.getByRole('button', { name: 'Créer mon profil cinéma' }).click()
    await expect.poll(() => page.getByText('Certaines informations sont à corriger').count()).toBe(1)
    await expect.poll(() => focusedId(page)).toBe('registration-lastName')
    await page.getByLabel('Prénom').focus()
    await page.evaluate(() => window.scrollTo(0, 1400))
    await page.waitForTimeout(400)
    await saveScreenshot(page, 'cinema-registration-phone-scrolled')
    await context.close()
  })
})
