import { existsSync } from 'node:fs'
import path from 'node:path'

import { REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { changeOwnPassword } from '@/talentSpace/changeOwnPassword'
import { updateOwnProfile } from '@/talentSpace/updateOwnProfile'
import { updateOwnVisibility } from '@/talentSpace/updateOwnVisibility'
import { uploadDirectory } from '@/uploads/uploadDirectory'
import type { Talent, User } from '../../payload-types'
import config from '../../payload.config'
import { executableBytes, jpegPhoto, pdfCv } from '../helpers/files'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

let payload: Payload
const ids: Record<string, number> = {}
let counter = 0

type Person = { user: User & { password: string }; talent: Talent }

async function idOf(collection: 'countries' | 'categories' | 'skills' | 'languages' | 'nationalities', field: string, value: string) {
  const { docs } = await payload.find({ collection, where: { [field]: { equals: value } }, depth: 0, limit: 1 })
  if (!docs[0]) throw new Error(`${collection} ${value} missing from the reference data`)
  return docs[0].id
}

async function createTalent(): Promise<Person> {
  counter += 1
  const user = await createUser(payload, { roles: ['talent'] })
  const talent = await payload.create({
    collection: 'talents',
    data: {
      user: user.id,
      firstName: 'Awa',
      lastName: `Ndiaye ${counter}`,
      gender: 'F',
      dateOfBirth: '1995-04-12',
      country: ids.SN,
      city: ids.dakar,
      categories: [ids.acteur],
      languages: [{ language: ids.wolof, level: 'native' }],
      phone: '+221 77 000 00 01',
    },
  })
  return { user, talent }
}

/** The profile form as the page sends it (strings from inputs, ids from selects). */
function formInput(overrides: Record<string, unknown> = {}) {
  return {
    firstName: 'Awa',
    lastName: 'Ndiaye',
    stageName: 'Awa N.',
    dateOfBirth: '1995-04-12',
    nationality: String(ids.senegalese),
    phone: '+221 77 123 45 67',
    whatsapp: '',
    emergencyContact: 'Fatou Ndiaye, +221 77 765 43 21',
    idDocumentNumber: 'SN-1234567',
    country: String(ids.SN),
    city: String(ids.thies),
    address: '12 rue Carnot, Thiès',
    categories: [String(ids.acteur), String(ids.musicien)],
    languages: [
      { language: String(ids.wolof), level: 'native' },
      { language: String(ids.french), level: 'fluent' },
    ],
    skills: [String(ids.chant)],
    yearsOfExperience: '6',
    experience: 'Théâtre Daniel Sorano, deux courts métrages.',
    ...overrides,
  }
}

const idOfRelation = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : value)

async function tokenOf(person: Person, password = person.user.password): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email: person.user.email, password } })
  return token as string
}

/** Calls Payload's real REST handler for a custom endpoint under /api, as Next would. */
async function post(pathname: string, { token, json, form }: { token?: string; json?: unknown; form?: FormData }) {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (json !== undefined) headers.set('content-type', 'application/json')
  const request = new Request(`http://localhost/api${pathname}`, {
    method: 'POST',
    headers,
    body: form ?? (json !== undefined ? JSON.stringify(json) : undefined),
  })
  const slug = pathname.split('/').filter(Boolean)
  const response = await REST_POST(config)(request, { params: Promise.resolve({ slug }) })
  return { status: response.status, headers: response.headers, body: (await response.json()) as any }
}

function fileForm(bytes: Buffer, name: string, type: string): FormData {
  const form = new FormData()
  form.append('file', new File([new Uint8Array(bytes)], name, { type }))
  return form
}

const fileOnDisk = (kind: 'photos' | 'cvs', filename: string | null | undefined) =>
  Boolean(filename) && existsSync(path.join(uploadDirectory(kind), filename as string))

beforeAll(async () => {
  payload = await getTestPayload()
  ids.SN = await idOf('countries', 'iso2', 'SN')
  ids.CI = await idOf('countries', 'iso2', 'CI')
  const cities = await payload.find({ collection: 'cities', where: { country: { in: [ids.SN, ids.CI] } }, pagination: false, depth: 0 })
  const city = (country: number, name: string) => cities.docs.find((c) => idOfRelation(c.country) === country && c.name === name)!.id
  ids.dakar = city(ids.SN, 'Dakar')
  ids.thies = city(ids.SN, 'Thiès')
  ids.abidjan = city(ids.CI, 'Abidjan')
  ids.acteur = await idOf('categories', 'slug', 'acteur')
  ids.musicien = await idOf('categories', 'slug', 'musicien')
  ids.chant = await idOf('skills', 'slug', 'chant')
  ids.wolof = await idOf('languages', 'code', 'wo')
  ids.french = await idOf('languages', 'code', 'fr')
  const nationality = await payload.find({ collection: 'nationalities', where: { country: { equals: ids.SN } }, limit: 1, depth: 0 })
  ids.senegalese = nationality.docs[0].id
})

describe('editing one’s own profile', () => {
  it('saves the owner’s form through the Local API, as them', async () => {
    const awa = await createTalent()
    const result = await updateOwnProfile(payload, { user: awa.user, talentId: awa.talent.id, input: formInput(), locale: 'fr' })
    expect(result).toEqual({ ok: true, message: 'Modifications enregistrées.' })

    const saved = await payload.findByID({ collection: 'talents', id: awa.talent.id, depth: 0, overrideAccess: false, user: awa.user })
    expect(saved).toMatchObject({
      displayName: 'Awa N.',
      stageName: 'Awa N.',
      phone: '+221 77 123 45 67',
      emergencyContact: 'Fatou Ndiaye, +221 77 765 43 21',
      idDocumentNumber: 'SN-1234567',
      address: '12 rue Carnot, Thiès',
      city: ids.thies,
      nationality: ids.senegalese,
      categories: [ids.acteur, ids.musicien],
      skills: [ids.chant],
      yearsOfExperience: 6,
      code: awa.talent.code,
    })
    expect(saved.languages?.map((entry) => [entry.language, entry.level])).toEqual([
      [ids.wolof, 'native'],
      [ids.french, 'fluent'],
    ])

    // Emptied optional fields are cleared, not kept.
    const cleared = await updateOwnProfile(payload, {
      user: awa.user,
      talentId: awa.talent.id,
      input: formInput({ stageName: '', nationality: '', address: '', emergencyContact: '', yearsOfExperience: '', skills: [] }),
      locale: 'fr',
    })
    expect(cleared.ok).toBe(true)
    const after = await payload.findByID({ collection: 'talents', id: awa.talent.id, depth: 0, overrideAccess: false, user: awa.user })
    expect(after).toMatchObject({ displayName: `Awa Ndiaye`, stageName: null, nationality: null, address: null, emergencyContact: null, yearsOfExperience: null, skills: [] })
  })

  it('answers field errors in the person’s language', async () => {
    const awa = await createTalent()
    const fr = await updateOwnProfile(payload, {
      user: awa.user,
      talentId: awa.talent.id,
      input: formInput({ firstName: ' ', phone: 'call me', categories: [], languages: [] }),
      locale: 'fr',
    })
    expect(fr.ok).toBe(false)
    if (fr.ok) return
    const byPath = Object.fromEntries(fr.errors.map((error) => [error.path, error.message]))
    expect(byPath.firstName).toBe('Ce champ est obligatoire.')
    expect(byPath.phone).toMatch(/Numéro invalide/)
    expect(byPath.categories).toMatch(/au moins une catégorie/)
    expect(byPath.languages).toMatch(/au moins une langue/)

    const en = await updateOwnProfile(payload, { user: awa.user, talentId: awa.talent.id, input: formInput({ phone: 'x' }), locale: 'en' })
    expect(en.ok === false && en.errors).toEqual([{ path: 'phone', message: expect.stringMatching(/Invalid number/) }])
  })

  it('refuses a city that is not in the chosen country', async () => {
    const awa = await createTalent()
    const result = await updateOwnProfile(payload, { user: awa.user, talentId: awa.talent.id, input: formInput({ city: String(ids.abidjan) }), locale: 'fr' })
    expect(result.ok).toBe(false)
    expect(result.ok === false && result.errors).toEqual([{ path: 'city', message: 'Cette ville n’est pas dans le pays choisi.' }])
    const unchanged = await payload.findByID({ collection: 'talents', id: awa.talent.id, depth: 0 })
    expect(unchanged.city).toBe(ids.dakar)
  })

  it('does not let a talent update another talent’s profile', async () => {
    const [awa, moussa] = [await createTalent(), await createTalent()]
    const result = await updateOwnProfile(payload, { user: moussa.user, talentId: awa.talent.id, input: formInput({ firstName: 'Pirate' }), locale: 'fr' })
    expect(result).toEqual({ ok: false, message: 'Vous ne pouvez pas modifier ce profil.', errors: [] })
    const visibility = await updateOwnVisibility(payload, { user: moussa.user, talentId: awa.talent.id, input: { isPublic: true, publicParts: [] }, locale: 'fr' })
    expect(visibility.ok).toBe(false)

    const unchanged = await payload.findByID({ collection: 'talents', id: awa.talent.id, depth: 0 })
    expect(unchanged).toMatchObject({ firstName: 'Awa', isPublic: false, phone: '+221 77 000 00 01' })
  })

  it('never changes the code or the account of a profile', async () => {
    const [awa, moussa] = [await createTalent(), await createTalent()]
    // Through the save function: unknown keys are dropped by the schema.
    const result = await updateOwnProfile(payload, {
      user: awa.user,
      talentId: awa.talent.id,
      input: formInput({ code: 'SNF9999DKR', user: moussa.user.id, gender: 'M' }),
      locale: 'fr',
    })
    expect(result.ok).toBe(true)
    // Straight through the Local API as the owner: Payload's field access drops them too.
    await payload.update({
      collection: 'talents',
      id: awa.talent.id,
      data: { code: 'SNF9999DKR', user: moussa.user.id, firstName: 'Awa-Marie' },
      overrideAccess: false,
      user: awa.user,
    })
    const after = await payload.findByID({ collection: 'talents', id: awa.talent.id, depth: 0 })
    expect(after).toMatchObject({ code: awa.talent.code, user: awa.user.id, gender: 'F', firstName: 'Awa-Marie' })
  })

  it('shows the encrypted contact fields in plaintext to their owner only', async () => {
    const [awa, moussa] = [await createTalent(), await createTalent()]
    await updateOwnProfile(payload, { user: awa.user, talentId: awa.talent.id, input: formInput(), locale: 'fr' })
    await updateOwnVisibility(payload, { user: awa.user, talentId: awa.talent.id, input: { isPublic: true, publicParts: ['location'] }, locale: 'fr' })

    const asOwner = await payload.findByID({ collection: 'talents', id: awa.talent.id, depth: 0, overrideAccess: false, user: awa.user })
    expect(asOwner).toMatchObject({ phone: '+221 77 123 45 67', idDocumentNumber: 'SN-1234567', address: '12 rue Carnot, Thiès' })

    const asOther = await payload.findByID({ collection: 'talents', id: awa.talent.id, depth: 0, overrideAccess: false, user: moussa.user })
    expect(asOther.firstName).toBe('Awa')
    expect(asOther.city).toBe(ids.thies)
    for (const field of ['phone', 'whatsapp', 'address', 'emergencyContact', 'idDocumentNumber', 'experience'] as const) {
      expect(asOther[field], field).toBeUndefined()
    }

    // At rest the column holds ciphertext, never the number.
    const raw = await payload.db.findOne<Talent>({ collection: 'talents', where: { id: { equals: awa.talent.id } } })
    expect(raw?.phone).toBeTruthy()
    expect(raw?.phone).not.toContain('77 123')
  })

  it('saves the visibility and the public parts', async () => {
    const awa = await createTalent()
    const bad = await updateOwnVisibility(payload, { user: awa.user, talentId: awa.talent.id, input: { isPublic: true, publicParts: ['phone'] }, locale: 'fr' })
    expect(bad.ok).toBe(false)
    const result = await updateOwnVisibility(payload, {
      user: awa.user,
      talentId: awa.talent.id,
      input: { isPublic: true, publicParts: ['skills', 'age', 'skills'] },
      locale: 'fr',
    })
    expect(result).toEqual({ ok: true, message: 'Visibilité enregistrée.' })
    const after = await payload.findByID({ collection: 'talents', id: awa.talent.id, depth: 0 })
    expect(after).toMatchObject({ isPublic: true, publicParts: ['age', 'skills'] })
  })
})

describe('changing one’s password', () => {
  it('requires the right current password, then replaces it', async () => {
    const awa = await createTalent()
    const input = { currentPassword: 'not-my-password', newPassword: 'Nouveau-Mot-2026', confirmPassword: 'Nouveau-Mot-2026' }

    const wrong = await changeOwnPassword(payload, { user: awa.user, input, locale: 'fr' })
    expect(wrong.ok === false && wrong.errors).toEqual([{ path: 'currentPassword', message: 'Mot de passe actuel incorrect.' }])

    const mismatch = await changeOwnPassword(payload, { user: awa.user, input: { ...input, currentPassword: awa.user.password, confirmPassword: 'autre-chose-123' }, locale: 'fr' })
    expect(mismatch.ok === false && mismatch.errors.map((e) => e.path)).toEqual(['confirmPassword'])
    const tooShort = await changeOwnPassword(payload, { user: awa.user, input: { currentPassword: awa.user.password, newPassword: 'court', confirmPassword: 'court' }, locale: 'en' })
    expect(tooShort.ok === false && tooShort.errors).toEqual([{ path: 'newPassword', message: 'At least 10 characters.' }])

    // Nothing changed so far.
    await expect(tokenOf(awa)).resolves.toBeTruthy()

    const done = await changeOwnPassword(payload, { user: awa.user, input: { ...input, currentPassword: awa.user.password }, locale: 'fr' })
    expect(done).toEqual({ ok: true, message: 'Mot de passe modifié.' })
    await expect(tokenOf(awa, 'Nouveau-Mot-2026')).resolves.toBeTruthy()
    await expect(tokenOf(awa)).rejects.toThrow()
  })
})

describe('replacing the photo and the CV', () => {
  it('attaches the new file and deletes the previous document and its files', async () => {
    const awa = await createTalent()
    const token = await tokenOf(awa)

    const first = await post('/me/files/photo', { token, form: fileForm(await jpegPhoto(), 'portrait.jpg', 'image/jpeg') })
    expect(first.status).toBe(201)
    const firstPhoto = await payload.findByID({ collection: 'photos', id: first.body.doc.id, depth: 0 })
    expect(idOfRelation(firstPhoto.owner)).toBe(awa.user.id)
    expect(fileOnDisk('photos', firstPhoto.filename)).toBe(true)

    const second = await post('/me/files/photo', { token, form: fileForm(await jpegPhoto(800, 1000), 'nouveau.jpg', 'image/jpeg') })
    expect(second.status).toBe(201)
    const talent = await payload.findByID({ collection: 'talents', id: awa.talent.id, depth: 0 })
    expect(talent.photo).toBe(second.body.doc.id)
    expect((await payload.count({ collection: 'photos', where: { id: { equals: firstPhoto.id } } })).totalDocs).toBe(0)
    expect(fileOnDisk('photos', firstPhoto.filename)).toBe(false)
    expect(fileOnDisk('photos', firstPhoto.sizes?.thumbnail?.filename)).toBe(false)

    const cv = await post('/me/files/cv', { token, form: fileForm(pdfCv(), 'mon-cv.pdf', 'application/pdf') })
    expect(cv.status).toBe(201)
    expect(cv.body.doc).toMatchObject({ mimeType: 'application/pdf', url: expect.stringContaining('/api/cvs/file/') })
    expect((await payload.findByID({ collection: 'talents', id: awa.talent.id, depth: 0 })).cv).toBe(cv.body.doc.id)
  })

  it('refuses a wrong file type with a localized message, and keeps the current photo', async () => {
    const awa = await createTalent()
    const token = await tokenOf(awa)
    const refused = await post('/me/files/photo', { token, form: fileForm(executableBytes(), 'photo.jpg', 'image/jpeg') })
    expect(refused.status).toBe(400)
    expect(refused.body.errors).toEqual([{ path: 'file', message: expect.stringMatching(/^Type de fichier non accepté/) }])
    const cvAsPhoto = await post('/me/files/photo', { token, form: fileForm(pdfCv(), 'cv.pdf', 'application/pdf') })
    expect(cvAsPhoto.status).toBe(400)
    const talent = await payload.findByID({ collection: 'talents', id: awa.talent.id, depth: 0 })
    expect(talent.photo ?? null).toBeNull()
    expect((await payload.count({ collection: 'photos', where: { owner: { equals: awa.user.id } } })).totalDocs).toBe(0)
  })

  it('refuses files over the size limit of their kind, in the person’s language', async () => {
    const awa = await createTalent()
    const token = await tokenOf(awa)
    // A JPEG padded past 5 MB: the photo rule refuses it after reading.
    const bigPhoto = Buffer.concat([await jpegPhoto(), Buffer.alloc(5 * 1024 * 1024)])
    const photo = await post('/me/files/photo', { token, form: fileForm(bigPhoto, 'grande.jpg', 'image/jpeg') })
    expect(photo.status).toBe(400)
    expect(photo.body.errors).toEqual([{ path: 'file', message: 'Fichier trop volumineux : 5 Mo maximum.' }])
    // Past Payload's own limit (10 MB, the largest upload): the stream is stopped.
    const bigCv = Buffer.concat([pdfCv(), Buffer.alloc(10 * 1024 * 1024)])
    const cv = await post('/me/files/cv', { token, form: fileForm(bigCv, 'gros.pdf', 'application/pdf') })
    expect(cv.status).toBe(413)
    expect(cv.body.errors).toEqual([{ path: 'file', message: 'Fichier trop volumineux : 10 Mo maximum.' }])
    const talent = await payload.findByID({ collection: 'talents', id: awa.talent.id, depth: 0 })
    expect([talent.photo ?? null, talent.cv ?? null]).toEqual([null, null])
  })

  it('refuses anonymous callers and unknown kinds', async () => {
    expect((await post('/me/files/photo', { form: fileForm(await jpegPhoto(), 'p.jpg', 'image/jpeg') })).status).toBe(401)
    const awa = await createTalent()
    expect((await post('/me/files/passport', { token: await tokenOf(awa), form: fileForm(pdfCv(), 'p.pdf', 'application/pdf') })).status).toBe(404)
  })
})

describe('deleting one’s account', () => {
  it('erases the profile, photo, CV and account of the caller only, in one go', async () => {
    const [awa, moussa] = [await createTalent(), await createTalent()]
    const awaToken = await tokenOf(awa)
    const moussaToken = await tokenOf(moussa)
    await post('/me/files/photo', { token: awaToken, form: fileForm(await jpegPhoto(), 'a.jpg', 'image/jpeg') })
    await post('/me/files/cv', { token: awaToken, form: fileForm(pdfCv(), 'a.pdf', 'application/pdf') })
    await post('/me/files/photo', { token: moussaToken, form: fileForm(await jpegPhoto(), 'm.jpg', 'image/jpeg') })
    const awaFiles = {
      photo: (await payload.find({ collection: 'photos', where: { owner: { equals: awa.user.id } }, depth: 0 })).docs[0],
      cv: (await payload.find({ collection: 'cvs', where: { owner: { equals: awa.user.id } }, depth: 0 })).docs[0],
    }
    expect(fileOnDisk('photos', awaFiles.photo.filename) && fileOnDisk('cvs', awaFiles.cv.filename)).toBe(true)

    // Anonymous, or without the confirmation, or with someone else's code: refused.
    expect((await post('/me/delete-account', { json: { confirmation: 'SUPPRIMER' } })).status).toBe(401)
    const noConfirmation = await post('/me/delete-account', { token: moussaToken, json: {} })
    expect(noConfirmation.status).toBe(400)
    expect(noConfirmation.body.errors[0]).toMatchObject({ path: 'confirmation', message: expect.stringMatching(/SUPPRIMER/) })
    expect((await post('/me/delete-account', { token: moussaToken, json: { confirmation: awa.talent.code } })).status).toBe(400)
    // Naming another account in the body changes nothing: the target is always the caller.
    expect((await post('/me/delete-account', { token: moussaToken, json: { confirmation: 'nope', id: awa.user.id, talent: awa.talent.id } })).status).toBe(400)
    expect((await payload.count({ collection: 'talents', where: { id: { equals: awa.talent.id } } })).totalDocs).toBe(1)

    const deleted = await post('/me/delete-account', { token: awaToken, json: { confirmation: awa.talent.code!.toLowerCase() } })
    expect(deleted.status).toBe(200)
    expect(deleted.body).toEqual({ deleted: true, redirect: '/?compte=supprime' })
    // The session cookie comes back empty and already expired.
    const cookie = deleted.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=;/)
    expect(new Date(cookie.match(/Expires=([^;]+)/)?.[1] ?? '').getTime()).toBeLessThan(Date.now())

    const remaining = async (collection: 'talents' | 'photos' | 'cvs' | 'users', id: number) =>
      (await payload.count({ collection, where: { id: { equals: id } } })).totalDocs
    expect(await remaining('talents', awa.talent.id)).toBe(0)
    expect(await remaining('photos', awaFiles.photo.id)).toBe(0)
    expect(await remaining('cvs', awaFiles.cv.id)).toBe(0)
    expect(await remaining('users', awa.user.id)).toBe(0)
    expect(fileOnDisk('photos', awaFiles.photo.filename)).toBe(false)
    expect(fileOnDisk('cvs', awaFiles.cv.filename)).toBe(false)

    // The other talent is untouched, and can still delete their own account with the word.
    expect(await remaining('talents', moussa.talent.id)).toBe(1)
    expect(await remaining('users', moussa.user.id)).toBe(1)
    expect((await payload.count({ collection: 'photos', where: { owner: { equals: moussa.user.id } } })).totalDocs).toBe(1)
    expect((await post('/me/delete-account', { token: moussaToken, json: { confirmation: 'supprimer' } })).status).toBe(200)
    expect(await remaining('users', moussa.user.id)).toBe(0)
  })

  it('changes nothing when a step fails: one transaction', async () => {
    const awa = await createTalent()
    const token = await tokenOf(awa)
    await post('/me/files/cv', { token, form: fileForm(pdfCv(), 'a.pdf', 'application/pdf') })
    const cvId = (await payload.findByID({ collection: 'talents', id: awa.talent.id, depth: 0 })).cv as number

    // The account is deleted last; make that step fail, after the profile and the CV went.
    const realDelete = payload.delete.bind(payload)
    const spy = vi.spyOn(payload, 'delete').mockImplementation(((options: Parameters<Payload['delete']>[0]) => {
      if (options.collection === 'users') throw new Error('simulated failure')
      return realDelete(options)
    }) as Payload['delete'])
    try {
      const failed = await post('/me/delete-account', { token, json: { confirmation: 'SUPPRIMER' } })
      expect(failed.status).toBe(500)
    } finally {
      spy.mockRestore()
    }
    const count = async (collection: 'talents' | 'cvs' | 'users', id: number) =>
      (await payload.count({ collection, where: { id: { equals: id } } })).totalDocs
    expect([await count('talents', awa.talent.id), await count('cvs', cvId), await count('users', awa.user.id)]).toEqual([1, 1, 1])
  })

  it('is only for talents', async () => {
    const seo = await createUser(payload, { roles: ['seo'] })
    const { token } = await payload.login({ collection: 'users', data: { email: seo.email, password: seo.password } })
    const refused = await post('/me/delete-account', { token: token as string, json: { confirmation: 'SUPPRIMER' } })
    expect(refused.status).toBe(403)
    expect((await payload.count({ collection: 'users', where: { id: { equals: seo.id } } })).totalDocs).toBe(1)
  })
})
