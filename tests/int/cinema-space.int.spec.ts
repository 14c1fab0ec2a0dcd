import { REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { toCinemaRegistrationInput, type CinemaFormValues } from '@/cinema/registration/form'
import { registerCinemaTalent } from '@/cinema/registration/registerCinemaTalent'
import { cinemaRegistrationSchema, type CinemaRegistrationInput } from '@/cinema/registration/schema'
import { loadOwnCinemaForm, type OwnCinemaForm } from '@/cinemaSpace/loadOwnCinemaForm'
import { updateOwnCinemaProfile } from '@/cinemaSpace/updateOwnCinemaProfile'
import { relationId } from '@/payload/relationId'
import config from '../../payload.config'
import type { CinemaTalent, User } from '../../payload-types'
import { executableBytes, jpegPhoto, pdfCv } from '../helpers/files'
import { getTestPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

let payload: Payload
let place: { country: number; city: number }
let otherCity: number
let category: number
let wolof: number
let french: number
let english: number
let unique = 0

type Files = { photo?: [Buffer, string]; gallery?: [Buffer, string][]; cv?: [Buffer, string] }
type Answer = { message: string; errors?: { path: string; message: string }[]; form?: OwnCinemaForm }

/** A cinema talent registered through the real service, with a photo, two gallery photos and a CV; its session token. */
async function registeredTalent(overrides: Partial<CinemaRegistrationInput> = {}) {
  unique += 1
  const input = cinemaRegistrationSchema('fr').full.parse({
    firstName: 'Awa',
    lastName: `Diallo${unique}`,
    gender: 'F',
    dateOfBirth: '1992-05-14',
    email: `awa.${Date.now()}.${unique}@taalentio.test`,
    phone: '+221 77 000 11 22',
    country: place.country,
    city: place.city,
    heightCm: 168,
    weightValue: 60,
    languages: [{ language: wolof, level: 'native' }],
    categories: [category],
    filmography: [{ title: 'La Pirogue', year: 2012, type: 'feature', role: 'Figurante' }],
    availability: 'available',
    isPublic: false,
    consent: true,
    ...overrides,
  })
  const result = await registerCinemaTalent(
    payload,
    input,
    {
      photo: { data: await jpegPhoto(), name: 'portrait.jpg' },
      gallery: [
        { data: await jpegPhoto(400, 600), name: 'a.jpg' },
        { data: await jpegPhoto(500, 500), name: 'b.jpg' },
      ],
      cv: { data: pdfCv('Awa Diallo'), name: 'cv.pdf' },
    },
    'fr',
  )
  const user = (await payload.findByID({ collection: 'users', id: relationId(result.profile.user)!, depth: 0 })) as User
  return { profile: result.profile, user, token: result.token! }
}

/** The edit form as the page prefills it, changed by `patch`, as the browser sends it. */
async function editedInput(user: User, patch: Partial<CinemaFormValues> = {}) {
  const form = (await loadOwnCinemaForm(payload, user))!
  return toCinemaRegistrationInput({ ...form.values, ...patch }, 'fr')
}

/** Posts to the real REST route, as the page does. */
async function postEdit(token: string, data: unknown, files: Files = {}, extra: Record<string, string> = {}, lang = 'fr') {
  const form = new FormData()
  form.set('data', JSON.stringify(data))
  if (files.photo) form.set('photo', new Blob([new Uint8Array(files.photo[0])]), files.photo[1])
  for (const [bytes, name] of files.gallery ?? []) form.append('gallery', new Blob([new Uint8Array(bytes)]), name)
  if (files.cv) form.set('cv', new Blob([new Uint8Array(files.cv[0])]), files.cv[1])
  for (const [key, value] of Object.entries(extra)) form.set(key, value)
  const response = await REST_POST(config)(
    new Request('http://localhost/api/me/cinema-profile', { method: 'POST', body: form, headers: { Authorization: `JWT ${token}`, Cookie: `payload-lng=${lang}` } }),
    { params: Promise.resolve({ slug: ['me', 'cinema-profile'] }) },
  )
  return { status: response.status, body: (await response.json()) as Answer }
}

const stored = (id: number) => payload.findByID({ collection: 'cinema-talents', id, depth: 0 }) as Promise<CinemaTalent>
/** What an edit must never touch when refused: everything but timestamps. */
const snapshot = async (id: number) => {
  const { updatedAt: _u, ...rest } = await stored(id)
  return rest
}

beforeAll(async () => {
  payload = await getTestPayload()
  const { docs: [country] } = await payload.find({ collection: 'countries', where: { iso2: { equals: 'SN' } } })
  const { docs: cities } = await payload.find({ collection: 'cities', where: { country: { equals: country.id } }, sort: '-population', limit: 2 })
  place = { country: country.id, city: cities[0].id }
  otherCity = cities[1].id
  category = (await payload.find({ collection: 'categories', limit: 1 })).docs[0].id
  const language = async (code: string) => (await payload.find({ collection: 'languages', where: { code: { equals: code } } })).docs[0].id
  ;[wolof, french, english] = await Promise.all([language('wo'), language('fr'), language('en')])
})

describe('the owner edits their cinema profile', () => {
  it('saves every section changed through the form (units converted, language levels, filmography, availability, visibility); the code stays', async () => {
    const { profile, user, token } = await registeredTalent()
    const input = await editedInput(user, {
      city: String(otherCity),
      heightUnit: 'ftin',
      heightFeet: '5',
      heightInches: '11',
      heightCm: '',
      weightUnit: 'lb',
      weightValue: '170',
      languages: [
        { key: 'a', language: String(wolof), level: 'fluent' },
        { key: 'b', language: String(english), level: 'basic' },
      ],
      accents: 'Accent dakarois',
      availability: 'limited',
      availableFrom: '2031-02-01',
      willingToTravel: true,
      rate: '75000',
      isPublic: true,
      publicParts: ['physical', 'languages', 'filmography'],
      stageName: '',
    })
    input.filmography = [
      ...(input.filmography ?? []),
      { title: 'Banel & Adama', year: '2023', type: 'feature', role: 'Banel', director: 'Ramata-Toulaye Sy', company: '', imdbId: '', posterUrl: '' },
    ] as CinemaRegistrationInput['filmography']

    const { status, body } = await postEdit(token, input)
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.message).toBe('Modifications enregistrées.')

    const after = await stored(profile.id)
    expect(after.code).toBe(profile.code)
    expect(relationId(after.city)).toBe(otherCity)
    expect(after.heightCm).toBe(180) // 5 ft 11 in
    expect(after.weightKg).toBe(77.1) // 170 lb
    expect(after.languages?.map((row) => [relationId(row.language), row.level, row.levelRank])).toEqual([
      [wolof, 'fluent', 3],
      [english, 'basic', 1],
    ])
    expect(after.accents).toBe('Accent dakarois')
    expect(after.filmography?.map((film) => [film.title, film.year, film.role])).toEqual([
      ['La Pirogue', 2012, 'Figurante'],
      ['Banel & Adama', 2023, 'Banel'],
    ])
    expect(after).toMatchObject({ availability: 'limited', willingToTravel: true, rate: 75000, isPublic: true, publicParts: ['physical', 'languages', 'filmography'] })
    expect(after.availableFrom?.slice(0, 10)).toBe('2031-02-01')
    expect(after.stageName ?? null).toBeNull() // emptied, so cleared
    // The saved form comes back as the page shows it, in cm and kg.
    expect(body.form?.values).toMatchObject({ heightUnit: 'cm', heightCm: '180', weightValue: '77.1', city: String(otherCity) })
    // The public page shows the profile now: its photos follow its visibility.
    const photo = await payload.findByID({ collection: 'photos', id: relationId(after.photo)!, depth: 0 })
    expect(photo.isPublic).toBe(true)
  })

  it('keeps every field when the prefilled form is saved unchanged', async () => {
    const { profile, user, token } = await registeredTalent({ whatsapp: '+221 70 999 88 77', address: 'Rue 10, Médina', skills: [], otherSkills: 'Lutte', training: 'Conservatoire' } as Partial<CinemaRegistrationInput>)
    const before = await snapshot(profile.id)
    const { status } = await postEdit(token, await editedInput(user))
    expect(status).toBe(200)
    const after = await snapshot(profile.id)
    const rowsWithoutIds = (talent: typeof before) => ({
      ...talent,
      languages: talent.languages?.map(({ id: _id, ...row }) => row),
      filmography: talent.filmography?.map(({ id: _id, ...row }) => row),
    })
    expect(rowsWithoutIds(after)).toEqual(rowsWithoutIds(before))
  })

  it('replaces the main photo with a new photo of the talent’s own, adds and removes gallery photos, removes the CV, and deletes what was replaced', async () => {
    const { profile, user, token } = await registeredTalent()
    const before = await stored(profile.id)
    const [keptGallery, removedGallery] = before.gallery!.map((photo) => relationId(photo)!)
    const oldPhoto = relationId(before.photo)!
    const oldCv = relationId(before.cv)!

    const { status, body } = await postEdit(
      token,
      await editedInput(user),
      { photo: [await jpegPhoto(700, 900), 'nouveau.jpg'], gallery: [[await jpegPhoto(300, 300), 'c.jpg']] },
      { removeGallery: JSON.stringify([removedGallery]), removeCv: '1' },
    )
    expect(status, JSON.stringify(body)).toBe(200)

    const after = await stored(profile.id)
    const newPhoto = await payload.findByID({ collection: 'photos', id: relationId(after.photo)!, depth: 0 })
    expect(newPhoto.id).not.toBe(oldPhoto)
    expect(relationId(newPhoto.owner)).toBe(user.id)
    expect(newPhoto.width).toBe(700)
    const gallery = after.gallery!.map((photo) => relationId(photo)!)
    expect(gallery).toHaveLength(2)
    expect(gallery[0]).toBe(keptGallery)
    const added = await payload.findByID({ collection: 'photos', id: gallery[1], depth: 0 })
    expect(relationId(added.owner)).toBe(user.id)
    expect(after.cv ?? null).toBeNull()
    // Replaced and removed files are gone, not left behind.
    for (const id of [oldPhoto, removedGallery]) expect(await payload.findByID({ collection: 'photos', id, depth: 0, disableErrors: true })).toBeNull()
    expect(await payload.findByID({ collection: 'cvs', id: oldCv, depth: 0, disableErrors: true })).toBeNull()
    expect(body.form?.files.gallery.map((photo) => photo.id)).toEqual(gallery)
    expect(body.form?.files.cv).toBeNull()

    // A new CV replaces none: it is simply attached, as the talent's own.
    const again = await postEdit(token, await editedInput(user), { cv: [pdfCv('Nouveau CV'), 'cv.pdf'] })
    expect(again.status).toBe(200)
    const cv = await payload.findByID({ collection: 'cvs', id: relationId((await stored(profile.id)).cv)!, depth: 0 })
    expect(relationId(cv.owner)).toBe(user.id)
  })
})

describe('refusals', () => {
  it('refuses invalid input with localized errors per field and changes nothing', async () => {
    const { profile, user, token } = await registeredTalent()
    const before = await snapshot(profile.id)
    const photosBefore = (await payload.count({ collection: 'photos' })).totalDocs
    const input = await editedInput(user, { heightCm: '300', playingAgeMin: '40', playingAgeMax: '20', showreelUrl: 'vimeo', languages: [] })
    input.filmography = [{ title: '', year: '1800' }] as CinemaRegistrationInput['filmography']

    const { status, body } = await postEdit(token, input, { photo: [await jpegPhoto(), 'ok.jpg'] })
    expect(status).toBe(400)
    expect(body.message).toMatch(/Rien n’a été modifié/)
    const errors = Object.fromEntries((body.errors ?? []).map((error) => [error.path, error.message]))
    expect(errors).toMatchObject({
      heightCm: 'Taille entre 50 et 250 cm (1 pied 8 à 8 pieds 2).',
      playingAgeMax: 'L’âge maximal doit être au moins égal à l’âge minimal.',
      showreelUrl: 'Adresse web invalide : elle doit commencer par https://',
      languages: 'Ajoutez au moins une langue.',
      'filmography.0.title': 'Donnez le titre de la production.',
    })
    expect(errors['filmography.0.year']).toMatch(/^Une année entre 1900 et \d{4}\.$/)

    const english = await postEdit(token, input, {}, {}, 'en')
    expect(english.status).toBe(400)
    expect(english.body.errors).toContainEqual({ path: 'heightCm', message: 'Height between 50 and 250 cm (1 ft 8 to 8 ft 2).' })

    // A file that is not a photo: refused under its field, nothing stored.
    const badPhoto = await postEdit(token, await editedInput(user, { heightCm: '190' }), { photo: [executableBytes(), 'photo.jpg'] })
    expect(badPhoto.status).toBe(400)
    expect(badPhoto.body.errors).toEqual([{ path: 'photo', message: expect.stringMatching(/Type de fichier non accepté/) }])

    expect(await snapshot(profile.id)).toEqual(before)
    expect((await payload.count({ collection: 'photos' })).totalDocs).toBe(photosBefore)
  })

  it('refuses another talent’s attempt on someone else’s profile, public or not, and changes nothing', async () => {
    const victim = await registeredTalent({ isPublic: true, publicParts: ['physical'] } as Partial<CinemaRegistrationInput>)
    const intruder = await registeredTalent()
    const before = await snapshot(victim.profile.id)
    const input = await editedInput(victim.user, { heightCm: '199', firstName: 'Pirate' })

    // The service acting as the intruder on the victim's id (as a forged request would).
    const result = await updateOwnCinemaProfile(payload, { user: intruder.user, profileId: victim.profile.id, input, files: { photo: { data: await jpegPhoto(), name: 'x.jpg' } }, locale: 'fr' })
    expect(result).toMatchObject({ ok: false, status: 403, message: 'Vous ne pouvez modifier que votre propre fiche cinéma.' })

    // Through the endpoint, a talent only ever reaches their own profile, whatever the body says.
    const viaEndpoint = await postEdit(intruder.token, { ...input, id: victim.profile.id, user: victim.user.id, code: 'SNDKR99999F' })
    expect(viaEndpoint.status).toBe(200)
    const intruderAfter = await stored(intruder.profile.id)
    expect(intruderAfter.code).toBe(intruder.profile.code)
    expect(relationId(intruderAfter.user)).toBe(intruder.user.id)

    // A talent without a cinema profile has nothing to edit.
    const stranger = await createUser(payload, { roles: ['talent'] })
    const { token: strangerToken } = await payload.login({ collection: 'users', data: { email: stranger.email, password: stranger.password } })
    expect((await postEdit(strangerToken!, input)).status).toBe(404)

    expect(await snapshot(victim.profile.id)).toEqual(before)
  })

  it('leaves staff edits to the admin and refuses a signed-out request', async () => {
    const admin = await createUser(payload, { roles: ['admin'] })
    const { token } = await payload.login({ collection: 'users', data: { email: admin.email, password: admin.password } })
    const { profile, user } = await registeredTalent()
    const input = await editedInput(user)
    expect((await postEdit(token!, input)).status).toBe(403)
    const result = await updateOwnCinemaProfile(payload, { user: admin as User, profileId: profile.id, input, locale: 'fr' })
    expect(result).toMatchObject({ ok: false, status: 403 })
    expect((await postEdit('not-a-token', input)).status).toBe(401)
  })
})
