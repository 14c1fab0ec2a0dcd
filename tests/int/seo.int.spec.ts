import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteMetadata, routeMetadata, contentPageMetadata } from '@/seo/metadata'
import { buildRobots } from '@/seo/robots'
import { buildSitemap } from '@/seo/sitemap'
import type { SeoSetting, User } from '../../payload-types'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

/**
 * SEO (SPEC §9): the seo role edits SEO settings and content pages and nothing else;
 * sharing images are checked from their bytes; sitemap.xml and robots.txt follow the
 * settings and list only what anyone may see.
 */

const ENV = { NEXT_PUBLIC_SERVER_URL: 'https://taalentio.example' }
const messages = { siteName: 'Taalentio', defaultTitle: 'Titre intégré', description: 'Description intégrée' }

let payload: Payload
let admin: User
let seo: User
let talentUser: User
let presence: User
let publicTalentCode: string
let privateTalentCode: string
let publicCinemaCode: string
const created: { collection: 'pages' | 'seo-images'; id: number }[] = []

/** A refused save: Payload's ValidationError carries the field's own message. */
const refusedWith = (pattern: RegExp) => ({ data: { errors: [expect.objectContaining({ message: expect.stringMatching(pattern) })] } })

const png = (width = 1200, height = 630) => sharp({ create: { width, height, channels: 3, background: '#b4461f' } }).png().toBuffer()

async function idOf(collection: 'countries' | 'categories', field: string, value: string) {
  return (await payload.find({ collection, where: { [field]: { equals: value } }, depth: 0, limit: 1 })).docs[0].id
}

beforeAll(async () => {
  payload = await getTestPayload()
  admin = (await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } }, limit: 1 })).docs[0]
  seo = await createUser(payload, { roles: ['seo'] })
  presence = await createUser(payload, { roles: ['presence'] })
  talentUser = await createUser(payload, { roles: ['talent'] })

  const country = await idOf('countries', 'iso2', 'CI')
  const city = (await payload.find({ collection: 'cities', where: { country: { equals: country } }, sort: 'name', limit: 1, depth: 0 })).docs[0].id
  const category = await idOf('categories', 'slug', 'acteur')
  const base = { gender: 'M' as const, country, city, categories: [category], dateOfBirth: '1992-03-04T12:00:00.000Z' }
  const shown = await payload.create({ collection: 'talents', data: { ...base, user: talentUser.id, firstName: 'Sitemap', lastName: 'Public', isPublic: true } })
  const hiddenUser = await createUser(payload, { roles: ['talent'] })
  const hidden = await payload.create({ collection: 'talents', data: { ...base, user: hiddenUser.id, firstName: 'Sitemap', lastName: 'Prive', isPublic: false } })
  const cinemaUser = await createUser(payload, { roles: ['talent'] })
  const cinema = await payload.create({ collection: 'cinema-talents', data: { ...base, dateOfBirth: '1992-03-04', user: cinemaUser.id, firstName: 'Cine', lastName: 'Public', availability: 'available', isPublic: true } })
  publicTalentCode = shown.code!
  privateTalentCode = hidden.code!
  publicCinemaCode = cinema.code!
})

afterAll(async () => {
  for (const { collection, id } of created.reverse()) await payload.delete({ collection, id }).catch(() => undefined)
  await payload.updateGlobal({ slug: 'seo-settings', data: { allowIndexing: true, routes: [], disallowPaths: '', ogImage: null, defaultTitle: null, defaultDescription: null } })
})

describe('content pages', () => {
  it('starts with the three seeded pages: à propos published, the legal templates as drafts', async () => {
    const { docs } = await payload.find({ collection: 'pages', where: { slug: { in: ['a-propos', 'mentions-legales', 'confidentialite'] } }, sort: 'slug' })
    expect(docs.map((page) => [page.slug, page.published])).toEqual([
      ['a-propos', true],
      ['confidentialite', false],
      ['mentions-legales', false],
    ])
    expect(JSON.stringify(docs.find((page) => page.slug === 'mentions-legales')?.content)).toMatch(/MODÈLE À COMPLÉTER/)
  })

  it('shows visitors the published pages only; SEO managers see drafts too', async () => {
    const visitor = await payload.find({ collection: 'pages', overrideAccess: false, user: null, limit: 100 })
    expect(visitor.docs.every((page) => page.published)).toBe(true)
    expect(visitor.docs.map((page) => page.slug)).toContain('a-propos')
    const manager = await payload.find({ collection: 'pages', overrideAccess: false, user: seo, limit: 100 })
    expect(manager.docs.map((page) => page.slug)).toContain('mentions-legales')
  })

  it('lets the seo role write pages, not talents; refuses addresses the site already uses', async () => {
    const content = (await payload.find({ collection: 'pages', where: { slug: { equals: 'a-propos' } } })).docs[0].content
    const page = await payload.create({ collection: 'pages', overrideAccess: false, user: seo, data: { title: 'Presse', slug: 'presse', content, published: true, meta: { title: 'Espace presse', description: 'Contacts presse', noIndex: true } } })
    created.push({ collection: 'pages', id: page.id })
    await expect(payload.create({ collection: 'pages', overrideAccess: false, user: talentUser, data: { title: 'Pirate', slug: 'pirate', content } })).rejects.toThrow()
    await expect(payload.create({ collection: 'pages', overrideAccess: false, user: seo, data: { title: 'Talents', slug: 'talents', content } })).rejects.toMatchObject(refusedWith(/déjà utilisée/))
    await expect(payload.create({ collection: 'pages', overrideAccess: false, user: seo, data: { title: 'Mauvais', slug: 'Pas Bon', content } })).rejects.toMatchObject(refusedWith(/minuscules/))
  })
})

describe('the seo role', () => {
  it('edits the SEO settings', async () => {
    const updated = await payload.updateGlobal({ slug: 'seo-settings', overrideAccess: false, user: seo, data: { defaultTitle: 'Taalentio, les talents d’Afrique', region: 'CI' } })
    expect(updated.defaultTitle).toBe('Taalentio, les talents d’Afrique')
  })

  it('cannot touch users, API keys or system settings', async () => {
    await expect(payload.update({ collection: 'users', id: admin.id, overrideAccess: false, user: seo, data: { name: 'Pirate' } })).rejects.toThrow()
    await expect(payload.update({ collection: 'users', id: seo.id, overrideAccess: false, user: seo, data: { roles: ['admin'] } })).resolves.toMatchObject({ roles: ['seo'] })
    await expect(payload.findGlobal({ slug: 'integrations', overrideAccess: false, user: seo })).rejects.toThrow()
    await expect(payload.updateGlobal({ slug: 'integrations', overrideAccess: false, user: seo, data: { omdbApiKey: 'x' } })).rejects.toThrow()
    await expect(payload.findGlobal({ slug: 'system-settings', overrideAccess: false, user: seo })).rejects.toThrow()
    await expect(payload.updateGlobal({ slug: 'system-settings', overrideAccess: false, user: seo, data: { headHtml: '<script>alert(1)</script>' } })).rejects.toThrow()
  })

  it('is the only staff role besides admins on SEO: presence and talents cannot edit it', async () => {
    await expect(payload.updateGlobal({ slug: 'seo-settings', overrideAccess: false, user: presence, data: { defaultTitle: 'x' } })).rejects.toThrow()
    await expect(payload.findGlobal({ slug: 'seo-settings', overrideAccess: false, user: talentUser })).rejects.toThrow()
  })
})

describe('sharing images', () => {
  it('accepts PNG, JPEG, GIF and WEBP judged from the bytes, and refuses anything else', async () => {
    const image = await payload.create({ collection: 'seo-images', overrideAccess: false, user: seo, data: { alt: 'Affiche Taalentio' }, file: { data: await png(), mimetype: 'image/png', name: 'partage.png', size: 0 } })
    created.push({ collection: 'seo-images', id: image.id })
    expect(image.filename).toMatch(/^[0-9a-f-]{36}\.png$/)
    expect(image.sizes?.og?.width).toBe(1200)

    const gif = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#000' } }).gif().toBuffer()
    const fromGif = await payload.create({ collection: 'seo-images', overrideAccess: false, user: seo, data: { alt: 'GIF' }, file: { data: gif, mimetype: 'image/gif', name: 'anim.gif', size: 0 } })
    created.push({ collection: 'seo-images', id: fromGif.id })
    expect(fromGif.mimeType).toBe('image/gif')

    await expect(
      payload.create({ collection: 'seo-images', overrideAccess: false, user: seo, data: { alt: 'Faux' }, file: { data: Buffer.from('<svg onload="alert(1)"></svg>'), mimetype: 'image/png', name: 'faux.png', size: 0 } }),
    ).rejects.toMatchObject(refusedWith(/Type de fichier non accepté/))
    await expect(
      payload.create({ collection: 'seo-images', overrideAccess: false, user: talentUser, data: { alt: 'Talent' }, file: { data: await png(20, 20), mimetype: 'image/png', name: 't.png', size: 0 } }),
    ).rejects.toThrow()
  })
})

describe('metadata from the settings', () => {
  it('uses the SEO defaults and the uploaded OpenGraph image, and lets a route override its title', async () => {
    const image = created.find((entry) => entry.collection === 'seo-images')!
    await payload.updateGlobal({
      slug: 'seo-settings',
      data: { defaultTitle: 'Titre SEO', defaultDescription: 'Description SEO', ogImage: image.id, twitterCard: 'summary_large_image', twitterSite: '@taalentio', region: 'CI', routes: [{ path: '/talents', title: 'Annuaire SEO', description: 'Les talents SEO' }] },
    })
    const settings = await payload.findGlobal({ slug: 'seo-settings', depth: 1 })
    const site = siteMetadata(settings, 'fr', messages)
    expect(site.title).toEqual({ default: 'Titre SEO', template: '%s · Taalentio' })
    expect(site.description).toBe('Description SEO')
    expect(site.openGraph).toMatchObject({ locale: 'fr_CI', images: [{ width: 1200, height: 630, alt: 'Affiche Taalentio' }] })
    expect(JSON.stringify(site.openGraph)).toMatch(/\/api\/seo-images\/file\/[0-9a-f-]+-1200x630\.png/)
    expect(site.twitter).toMatchObject({ card: 'summary_large_image', site: '@taalentio' })
    expect(site.robots).toEqual({ index: true, follow: true })
    // English pages keep the site's own translated texts: the SEO texts are written in French.
    expect(siteMetadata(settings, 'en', messages).description).toBe('Description intégrée')

    const talents = routeMetadata(settings, 'fr', messages, '/talents', { title: 'Annuaire', description: 'intégrée' })
    expect(talents.title).toEqual({ absolute: 'Annuaire SEO' })
    expect(talents.openGraph).toMatchObject({ title: 'Annuaire SEO', description: 'Les talents SEO', siteName: 'Taalentio' })
    const inscription = routeMetadata(settings, 'fr', messages, '/inscription', { title: 'Inscription' })
    expect(inscription.title).toBe('Inscription')

    const page = contentPageMetadata(settings, 'fr', messages, { title: 'Presse', slug: 'presse', meta: { title: 'Espace presse', description: 'Contacts presse', noIndex: true } })
    expect(page).toMatchObject({ title: { absolute: 'Espace presse' }, description: 'Contacts presse', robots: { index: false } })
  })
})

describe('sitemap.xml and robots.txt', () => {
  it('lists the public pages and public profiles with their last modification, nothing private', async () => {
    const settings = await payload.updateGlobal({ slug: 'seo-settings', data: { allowIndexing: true, routes: [{ path: '/api-docs', noIndex: true }] } })
    const entries = await buildSitemap(payload, settings as SeoSetting, ENV)
    const urls = entries.map((entry) => entry.url)
    expect(urls).toContain('https://taalentio.example/')
    expect(urls).toContain('https://taalentio.example/talents')
    expect(urls).toContain('https://taalentio.example/inscription')
    expect(urls).toContain('https://taalentio.example/a-propos')
    expect(urls).toContain(`https://taalentio.example/talents/${publicTalentCode}`)
    expect(urls).toContain(`https://taalentio.example/cinema/profile/${publicCinemaCode}`)
    expect(urls).not.toContain(`https://taalentio.example/talents/${privateTalentCode}`)
    expect(urls).not.toContain('https://taalentio.example/mentions-legales')
    expect(urls).not.toContain('https://taalentio.example/api-docs')
    // The page marked "ne pas indexer" in its SEO tab is left out too.
    expect(urls).not.toContain('https://taalentio.example/presse')
    for (const entry of entries) expect(entry.lastModified, entry.url).toBeInstanceOf(Date)
  })

  it('writes robots.txt from the directives, always pointing to the sitemap', async () => {
    const open = await payload.updateGlobal({ slug: 'seo-settings', data: { allowIndexing: true, disallowPaths: '/brouillons\n/recherche-interne' } })
    const robots = buildRobots(open as SeoSetting, ENV)
    expect(robots.sitemap).toBe('https://taalentio.example/sitemap.xml')
    expect(robots.rules).toMatchObject({ userAgent: '*', allow: '/' })
    const disallow = (robots.rules as { disallow: string[] }).disallow
    expect(disallow).toEqual(expect.arrayContaining(['/admin', '/api/', '/mon-espace', '/brouillons', '/recherche-interne']))

    const closed = await payload.updateGlobal({ slug: 'seo-settings', data: { allowIndexing: false } })
    expect(buildRobots(closed as SeoSetting, ENV)).toEqual({ rules: { userAgent: '*', disallow: '/' }, sitemap: 'https://taalentio.example/sitemap.xml' })
    expect(await buildSitemap(payload, closed as SeoSetting, ENV)).toEqual([])
    expect(siteMetadata(closed as SeoSetting, 'fr', messages).robots).toEqual({ index: false, follow: false })
  })

  it('refuses a robots path that is not a path', async () => {
    await expect(payload.updateGlobal({ slug: 'seo-settings', data: { disallowPaths: 'admin' } })).rejects.toMatchObject(refusedWith(/Chemin invalide/))
  })
})

describe('settings.updated', () => {
  it('logs a change of the SEO settings with the names of the fields, and head HTML changes as security events', async () => {
    const req = await createLocalReq({ user: { ...seo, collection: 'users' } as never }, payload)
    await payload.updateGlobal({ slug: 'seo-settings', overrideAccess: false, user: seo, req, data: { defaultDescription: 'Nouvelle description' } })
    const { flushLogs } = await import('@/logs')
    await flushLogs()
    const activity = await payload.find({ collection: 'activity-logs', where: { action: { equals: 'settings.updated' }, targetCollection: { equals: 'seo-settings' } }, sort: '-createdAt', limit: 1 })
    expect(activity.docs[0]?.metadata).toMatchObject({ fields: ['defaultDescription'] })

    await payload.updateGlobal({ slug: 'system-settings', data: { headHtml: '<meta name="google-site-verification" content="abc">' } })
    await flushLogs()
    const security = await payload.find({ collection: 'security-logs', where: { action: { equals: 'settings.updated' }, targetCollection: { equals: 'system-settings' } }, sort: '-createdAt', limit: 1 })
    expect(security.docs[0]?.metadata).toMatchObject({ fields: ['headHtml'] })
    await payload.updateGlobal({ slug: 'system-settings', data: { headHtml: '' } })
  })
})
