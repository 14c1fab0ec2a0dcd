import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, api } from '../helpers/api'
import { baseUrl, launchBrowser, newContext, PHONE, screenshot as saveScreenshot } from '../helpers/browser'
import { jpegPhoto, pdfCv } from '../helpers/files'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** A full-page screenshot from the top, so the sticky header sits where a visitor sees it. */
async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0))
  await saveScreenshot(page, name)
}

/** Under `next dev` a page compiles on its first visit, which takes a while on a busy machine. */
async function openPage(viewport?: { width: number; height: number }) {
  const context = await newContext(browser, viewport ? { viewport } : {})
  context.setDefaultNavigationTimeout(120_000)
  return { context, page: await context.newPage() }
}

type OutboxEmail = { to: string; subject: string; html: string; text?: string }

const uniqueEmail = (name: string) => `${name}.${Date.now()}@taalentio.test`

/** Types into a searchable list and picks the option. */
async function pick(page: Page, field: string, typed: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: field }).fill(typed)
  await page.getByRole('option', { name: option }).first().click()
}

async function continueTo(page: Page, heading: string) {
  await page.getByRole('button', { name: 'Continuer' }).click()
  await expect.poll(() => page.getByRole('heading', { level: 2, name: heading }).count()).toBe(1)
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')

async function countOf(path: string, token: string): Promise<number> {
  const { status, body } = await api<{ totalDocs: number }>(path, { token })
  expect(status, path).toBe(200)
  return body.totalDocs
}

describe('talent registration', () => {
  it('registers in French through every step, then sets the password from the email and signs in with the code', async () => {
    const email = uniqueEmail('aicha.kone')
    const { context, page } = await openPage()
    await page.goto('/inscription')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Créez votre profil de talent')
    await expect.poll(() => page.getByRole('navigation', { name: 'Étapes de l’inscription' }).getByRole('listitem').count()).toBe(7)

    // 1. Identity
    await page.getByLabel('Prénom').fill('Aïcha')
    await page.getByLabel('Nom', { exact: true }).fill('Koné')
    await page.getByLabel('Nom de scène').fill('Aïcha K.')
    await page.getByRole('radio', { name: 'Femme' }).check()
    await page.getByLabel('Jour').fill('12')
    await page.getByLabel('Mois').selectOption('4')
    await page.getByLabel('Année').fill('1996')
    await pick(page, 'Nationalité', 'ivoir', /Ivoirienne/)
    await expect.poll(() => page.getByRole('combobox', { name: 'Nationalité' }).inputValue()).toContain('Ivoirienne')
    await screenshot(page, 'registration-1-identity-desktop')
    await continueTo(page, 'Comment vous joindre ?')

    // 2. Contact
    await page.getByLabel('Adresse e-mail').fill(email)
    await page.getByLabel('Téléphone', { exact: true }).fill('+225 07 08 09 10 11')
    await page.getByLabel('Mon numéro WhatsApp est le même que mon téléphone').check()
    await screenshot(page, 'registration-2-contact-desktop')
    await continueTo(page, 'Où habitez-vous ?')

    // 3. Location: the cities arrive once the country is chosen
    const city = page.getByRole('combobox', { name: 'Ville', exact: true })
    await expect.poll(() => city.isDisabled()).toBe(true)
    await pick(page, 'Pays de résidence', 'cote d', /Côte d.Ivoire/)
    await expect.poll(() => city.isEnabled()).toBe(true)
    await pick(page, 'Ville', 'abid', /^Abidjan/)
    await page.getByLabel(/^Adresse/).fill('Cocody, rue des Jardins')
    await page.getByRole('combobox', { name: 'Pays de résidence' }).click()
    await screenshot(page, 'registration-3-location-list-desktop')
    await page.keyboard.press('Escape')
    await screenshot(page, 'registration-3-location-desktop')
    await continueTo(page, 'Vos métiers et vos talents')

    // 4. Profile
    await page.getByRole('checkbox', { name: 'Acteur·rice' }).check()
    await page.getByRole('checkbox', { name: 'Mannequin' }).check()
    await pick(page, 'Langue 1', 'diou', 'Dioula')
    await page.getByLabel('Niveau 1').selectOption('native')
    await page.getByRole('button', { name: 'Ajouter une langue' }).click()
    // The keyboard works too: type, then Enter takes the first match.
    await page.getByRole('combobox', { name: 'Langue 2' }).fill('fran')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('combobox', { name: 'Langue 2' }).inputValue()).toBe('Français')
    await page.getByRole('searchbox', { name: 'Filtrer les compétences' }).fill('coupé')
    await page.getByRole('checkbox', { name: 'Coupé-décalé' }).check()
    await page.getByRole('searchbox', { name: 'Filtrer les compétences' }).fill('')
    await page.getByLabel('Années d’expérience').fill('6')
    await page.getByLabel(/^Expérience/).fill('Rôle principal dans « Les Coteaux » (série, 2023). Formation au conservatoire d’Abidjan.')
    await screenshot(page, 'registration-4-profile-desktop')
    await continueTo(page, 'Votre photo et votre CV')

    // 5. Files: a real JPEG and a real PDF, checked again from their bytes by the server
    await page.getByLabel(/^Photo/).setInputFiles({ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: await jpegPhoto(480, 640) })
    await expect.poll(() => page.getByRole('img', { name: 'Aperçu de votre photo' }).isVisible()).toBe(true)
    await page.getByLabel(/^CV/).setInputFiles({ name: 'cv-aicha-kone.pdf', mimeType: 'application/pdf', buffer: pdfCv('Aicha Kone') })
    await expect.poll(() => page.getByText('cv-aicha-kone.pdf').count()).toBe(1)
    await screenshot(page, 'registration-5-files-desktop')
    await continueTo(page, 'Visibilité et consentement')

    // 6. Visibility and consent
    await page.getByRole('radio', { name: 'Public' }).check()
    await page.getByRole('checkbox', { name: /J’accepte que Taalentio conserve/ }).check()
    await screenshot(page, 'registration-6-visibility-desktop')
    await continueTo(page, 'Vérifiez vos informations')

    // 7. Review, then the code
    const review = page.getByRole('form')
    for (const shown of [email, 'Abidjan', 'Dioula (langue maternelle)', 'Coupé-décalé', 'portrait.jpg', 'cv-aicha-kone.pdf', '12 avril 1996']) {
      await expect.poll(() => review.getByText(shown, { exact: false }).count(), { message: shown }).toBeGreaterThan(0)
    }
    await screenshot(page, 'registration-7-review-desktop')
    await page.getByRole('button', { name: 'Créer mon profil' }).click()
    const codeBox = page.getByTestId('registration-code')
    await codeBox.waitFor({ timeout: 30_000 })
    const code = (await codeBox.textContent())!.trim()
    expect(code).toMatch(/^CIF\d{4}[A-Z]{3}$/)
    await expect.poll(() => page.getByRole('heading', { name: /^Bienvenue sur Taalentio, Aïcha K\.\s!$/ }).count()).toBe(1)
    await screenshot(page, 'registration-8-success-desktop')
    // The space opens by itself (another team builds it: a 404 there is fine for now).
    await page.waitForURL((url) => url.pathname === '/mon-espace')

    // The profile exists with its files, public as chosen.
    const token = await adminToken()
    const { body: talents } = await api<{ docs: { code: string; isPublic: boolean; photo: unknown; cv: unknown; languages: unknown[] }[] }>(
      `/api/talents?where[code][equals]=${code}&depth=0`,
      { token },
    )
    expect(talents.docs).toHaveLength(1)
    expect(talents.docs[0]).toMatchObject({ isPublic: true, photo: expect.any(Number), cv: expect.any(Number) })
    expect(talents.docs[0].languages).toHaveLength(2)

    // The confirmation email: the code and a one-time link, never a password.
    const { body: outbox } = await api<{ docs: OutboxEmail[] }>(`/api/outbox?sort=-createdAt&limit=20`, { token })
    const mail = outbox.docs.find((doc) => doc.to.includes(email))
    expect(mail, 'confirmation email in the outbox').toBeTruthy()
    expect(mail!.html).toContain(code)
    const href = mail!.html.match(/href="([^"]*\/definir-mot-de-passe\?token=[^"]+)"/)?.[1]
    expect(href).toBeTruthy()
    const link = href!.replaceAll('&amp;', '&')
    expect(link.startsWith(baseUrl())).toBe(true)

    // The set-password page: checks first, then Payload's reset-password signs the talent in.
    await page.goto(link)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Choisissez votre mot de passe')
    await screenshot(page, 'set-password-desktop')
    const newPassword = 'Soleil-Abidjan-2026'
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('court')
    await page.getByLabel('Confirmez le mot de passe', { exact: true }).fill('autre')
    await page.getByRole('button', { name: 'Enregistrer mon mot de passe' }).click()
    await expect.poll(() => page.getByText('Le mot de passe doit compter au moins 10 caractères.').count()).toBe(1)
    await expect.poll(() => page.getByText('Les deux mots de passe ne sont pas identiques.').count()).toBe(1)
    await screenshot(page, 'set-password-errors-desktop')
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(newPassword)
    await page.getByLabel('Confirmez le mot de passe', { exact: true }).fill(newPassword)
    await page.getByRole('button', { name: 'Enregistrer mon mot de passe' }).click()
    await page.waitForURL((url) => url.pathname === '/mon-espace')

    // The link served once.
    await page.goto(link)
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('Encore-Un-Autre-2026')
    await page.getByLabel('Confirmez le mot de passe', { exact: true }).fill('Encore-Un-Autre-2026')
    await page.getByRole('button', { name: 'Enregistrer mon mot de passe' }).click()
    await expect.poll(() => page.getByText('Ce lien a expiré ou a déjà servi.').count()).toBe(1)
    await expect.poll(() => page.getByRole('link', { name: 'Demander un nouveau lien' }).getAttribute('href')).toBe('/admin/forgot')
    await screenshot(page, 'set-password-expired-desktop')

    // Sign out with the header button, then sign in with the code.
    await page.goto('/')
    const nav = page.getByRole('navigation', { name: 'Navigation principale' })
    await nav.getByRole('button', { name: 'Se déconnecter' }).click()
    await expect.poll(() => nav.getByRole('link', { name: 'Se connecter' }).count()).toBe(1)
    await page.goto('/connexion')
    await page.getByLabel('E-mail ou code unique').fill(code)
    await page.getByLabel('Mot de passe', { exact: true }).fill(newPassword)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL((url) => url.pathname === '/mon-espace')
    await context.close()
  })

  it('refuses bad input on a phone with French messages under the fields, and creates nothing', async () => {
    // An account that already uses the email typed at the end.
    const token = await adminToken()
    const taken = { email: uniqueEmail('deja.inscrit'), password: 'Deja-Inscrit-2026', roles: ['talent'] }
    expect((await api('/api/users', { method: 'POST', token, body: JSON.stringify(taken) })).status).toBe(201)
    const talentsBefore = await countOf('/api/talents?limit=1', token)
    const usersBefore = await countOf('/api/users?limit=1', token)

    const { context, page } = await openPage(PHONE)
    await page.goto('/inscription')
    await expect.poll(() => page.getByRole('progressbar', { name: 'Étapes de l’inscription' }).getAttribute('aria-valuetext')).toBe('Étape 1 sur 7')

    // Nothing filled: each required field says so, and the focus goes to the first one.
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect.poll(() => page.getByText('Ce champ est obligatoire.').count()).toBeGreaterThanOrEqual(3)
    await expect.poll(() => focusedId(page)).toBe('registration-firstName')
    await expect.poll(() => page.getByLabel('Prénom').getAttribute('aria-invalid')).toBe('true')
    await expect.poll(() => page.getByText('Faites un choix dans la liste.').count()).toBe(1)
    await screenshot(page, 'registration-1-identity-errors-phone')

    await page.getByLabel('Prénom').fill('Moussa')
    await page.getByLabel('Nom', { exact: true }).fill('Diop')
    await page.getByRole('radio', { name: 'Homme' }).check()
    await page.getByLabel('Jour').fill('3')
    await page.getByLabel('Mois').selectOption('11')
    await page.getByLabel('Année').fill('2015')
    await pick(page, 'Nationalité', 'senegal', /Sénégalais$/)
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect.poll(() => page.getByText('Vous devez avoir au moins 16 ans pour vous inscrire.').count()).toBe(1)
    await expect.poll(() => focusedId(page)).toBe('registration-dateOfBirth')
    await page.getByLabel('Année').fill('1990')
    await screenshot(page, 'registration-1-identity-phone')
    await continueTo(page, 'Comment vous joindre ?')

    // An invalid email
    await page.getByLabel('Adresse e-mail').fill('moussa.diop@')
    await page.getByLabel('Téléphone', { exact: true }).fill('+221 77 123 45 67')
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect.poll(() => page.getByText('Adresse e-mail invalide.').count()).toBe(1)
    await expect.poll(() => focusedId(page)).toBe('registration-email')
    await expect.poll(() => page.getByLabel('Adresse e-mail').getAttribute('aria-describedby')).toContain('registration-email-error')
    await screenshot(page, 'registration-2-contact-invalid-email-phone')
    await page.getByLabel('Adresse e-mail').fill(taken.email)
    await screenshot(page, 'registration-2-contact-phone')
    await continueTo(page, 'Où habitez-vous ?')

    await page.getByRole('combobox', { name: 'Pays de résidence' }).fill('se')
    await expect.poll(() => page.getByRole('option', { name: /Sénégal/ }).isVisible()).toBe(true)
    await screenshot(page, 'registration-3-location-list-phone')
    await pick(page, 'Pays de résidence', 'sene', /Sénégal/)
    await expect.poll(() => page.getByRole('combobox', { name: 'Ville', exact: true }).isEnabled()).toBe(true)
    await pick(page, 'Ville', 'dak', /^Dakar/)
    await screenshot(page, 'registration-3-location-phone')
    await continueTo(page, 'Vos métiers et vos talents')

    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect.poll(() => page.getByText('Choisissez au moins une catégorie (8 au plus).').count()).toBe(1)
    await expect.poll(() => focusedId(page)).toBe('registration-categories')
    await page.getByRole('searchbox', { name: 'Filtrer les catégories' }).fill('figur')
    await page.getByRole('checkbox', { name: 'Figurant·e' }).check()
    await page.getByRole('searchbox', { name: 'Filtrer les catégories' }).fill('')
    await pick(page, 'Langue 1', 'wol', 'Wolof')
    await page.getByRole('button', { name: /^Danse/ }).click()
    await page.getByRole('checkbox', { name: 'Sabar' }).check()
    await screenshot(page, 'registration-4-profile-phone')
    await continueTo(page, 'Votre photo et votre CV')

    // A 6 MB photo is refused at once, before anything is sent.
    const hugePhoto = Buffer.concat([await jpegPhoto(), Buffer.alloc(6 * 1024 * 1024)])
    await page.getByLabel(/^Photo/).setInputFiles({ name: 'grande-photo.jpg', mimeType: 'image/jpeg', buffer: hugePhoto })
    await expect.poll(() => page.getByText('Fichier trop volumineux : 5 Mo maximum.').count()).toBe(1)
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect.poll(() => focusedId(page)).toBe('registration-photo')
    await screenshot(page, 'registration-5-files-too-large-phone')
    await page.getByRole('button', { name: 'Retirer' }).click()
    await page.getByLabel(/^Photo/).setInputFiles({ name: 'moussa.png', mimeType: 'image/png', buffer: await jpegPhoto(300, 400) })
    await expect.poll(() => page.getByRole('img', { name: 'Aperçu de votre photo' }).isVisible()).toBe(true)
    await screenshot(page, 'registration-5-files-phone')
    await continueTo(page, 'Visibilité et consentement')

    // No consent, no profile.
    await page.getByRole('radio', { name: 'Privé' }).check()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect.poll(() => page.getByText('Votre consentement est nécessaire pour créer le profil.').count()).toBe(1)
    await expect.poll(() => focusedId(page)).toBe('registration-consent')
    await screenshot(page, 'registration-6-visibility-no-consent-phone')
    await page.getByRole('checkbox', { name: /J’accepte que Taalentio conserve/ }).check()
    await continueTo(page, 'Vérifiez vos informations')
    await screenshot(page, 'registration-7-review-phone')

    // The server refuses the email already in use: back to the contact step, message under the field.
    await page.getByRole('button', { name: 'Créer mon profil' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Comment vous joindre/ }).count()).toBe(1)
    await expect.poll(() => page.getByText(/Un compte existe déjà avec cette adresse e-mail/).count()).toBe(1)
    await expect.poll(() => focusedId(page)).toBe('registration-email')
    await screenshot(page, 'registration-duplicate-email-phone')

    expect(await countOf('/api/talents?limit=1', token)).toBe(talentsBefore)
    expect(await countOf('/api/users?limit=1', token)).toBe(usersBefore)
    await context.close()
  })

  it('speaks English after the language switch', async () => {
    const { context, page } = await openPage(PHONE)
    await page.goto('/inscription?lang=en')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Create your talent profile')
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect.poll(() => page.getByText('This field is required.').count()).toBeGreaterThanOrEqual(3)
    await expect.poll(() => focusedId(page)).toBe('registration-firstName')
    await screenshot(page, 'registration-1-identity-errors-en-phone')
    await context.close()
  })
})
