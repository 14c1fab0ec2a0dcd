import { describe, expect, it } from 'vitest'

import {
  CINEMA_SECTIONS,
  emptyCinemaForm,
  firstErrorPath,
  newFilmRow,
  sectionOfPath,
  sectionState,
  SECTION_FIELDS,
  toCinemaRegistrationInput,
  validateSection,
  withDefaults,
  type CinemaFormValues,
} from '@/cinema/registration/form'
import { cinemaRegistrationSchema, parseCinemaRegistration } from '@/cinema/registration/schema'
import { cmToFeetInches, feetInchesToCm, poundsToKg } from '@/cinema/registration/units'

const today = new Date('2026-06-01T12:00:00Z')
const noFiles = { photo: null, gallery: [], cv: null }

function filledForm(overrides: Partial<CinemaFormValues> = {}): CinemaFormValues {
  return {
    ...emptyCinemaForm(),
    firstName: 'Fatou',
    lastName: 'Ndiaye',
    gender: 'F',
    birthDay: '3',
    birthMonth: '9',
    birthYear: '1994',
    email: ' Fatou.Ndiaye@Example.com ',
    phone: '+221 77 123 45 67',
    whatsappSameAsPhone: true,
    country: '12',
    city: '345',
    heightCm: '172',
    weightValue: '61',
    languages: [
      { key: 'a', language: '9', level: 'native' },
      { key: 'b', language: '4', level: 'fluent' },
    ],
    categories: ['1'],
    isPublic: true,
    consent: true,
    ...overrides,
  }
}

const parse = (values: CinemaFormValues, locale: 'fr' | 'en' = 'fr') => {
  const result = parseCinemaRegistration(toCinemaRegistrationInput(values, locale), locale, today)
  return { ...result, data: result.success ? result.data : undefined }
}
const messagesOf = (result: ReturnType<typeof parse>) =>
  result.success ? {} : Object.fromEntries(result.errors.map(({ path, message }) => [path, message]))

describe('units', () => {
  it('converts feet and inches to whole centimetres and pounds to kilograms', () => {
    expect(feetInchesToCm(5, 9)).toBe(175)
    expect(feetInchesToCm(6, 0)).toBe(183)
    expect(poundsToKg(150)).toBe(68)
    expect(poundsToKg(200)).toBe(90.7)
    expect(cmToFeetInches(175)).toEqual({ feet: 5, inches: 9 })
  })
})

describe('cinema registration schema', () => {
  it('has a schema for each of the 9 sections, and each field belongs to exactly one section', () => {
    const { sections } = cinemaRegistrationSchema('fr', today)
    expect(Object.keys(sections)).toEqual([...CINEMA_SECTIONS])
    expect(CINEMA_SECTIONS).toHaveLength(9)
    for (const section of CINEMA_SECTIONS) {
      const shape = Object.keys((sections[section] as unknown as { shape: object }).shape)
      for (const field of shape) {
        if (['heightUnit', 'weightUnit'].includes(field)) continue
        expect(SECTION_FIELDS[section], `${section}.${field}`).toContain(field)
      }
    }
  })

  it('accepts a filled form and stores height and weight in cm and kg', () => {
    const result = parse(filledForm())
    expect(result.success, JSON.stringify(messagesOf(result))).toBe(true)
    expect(result.data).toMatchObject({ email: 'fatou.ndiaye@example.com', whatsapp: '+221 77 123 45 67', heightCm: 172, weightKg: 61, availability: 'available', rateCurrency: 'XOF' })
    expect(result.data).not.toHaveProperty('heightUnit')
    expect(result.data).not.toHaveProperty('weightValue')
  })

  it('converts 5 ft 9 in and 150 lb, and refuses heights and weights out of range in either unit', () => {
    const imperial = parse(filledForm({ heightUnit: 'ftin', heightFeet: '5', heightInches: '9', heightCm: '', weightUnit: 'lb', weightValue: '150' }))
    expect(imperial.data).toMatchObject({ heightCm: 175, weightKg: 68 })

    expect(messagesOf(parse(filledForm({ heightCm: '300' })))).toEqual({ heightCm: 'Taille entre 50 et 250 cm (1 pied 8 à 8 pieds 2).' })
    expect(messagesOf(parse(filledForm({ heightUnit: 'ftin', heightFeet: '9', heightCm: '' }))).heightFeet).toMatch(/pieds/)
    expect(messagesOf(parse(filledForm({ heightUnit: 'ftin', heightFeet: '', heightInches: '7', heightCm: '' }))).heightFeet).toMatch(/pieds/)
    // 800 lb is 362.9 kg: too heavy, though 800 alone would pass a kilogram check.
    expect(messagesOf(parse(filledForm({ weightUnit: 'lb', weightValue: '800' })))).toEqual({ weightValue: 'Poids entre 20 et 300 kg (44 à 660 lb).' })
    expect(messagesOf(parse(filledForm({ weightUnit: 'kg', weightValue: '15' }))).weightValue).toBeDefined()
    expect(messagesOf(parse(filledForm({ heightCm: 'abc' }))).heightCm).toBeDefined()
  })

  it('requires consent and a visibility choice, in French and English', () => {
    const refused = messagesOf(parse(filledForm({ consent: false, isPublic: null })))
    expect(refused.consent).toBe('Votre consentement est nécessaire pour créer le profil.')
    expect(refused.isPublic).toBe('Indiquez si votre profil doit être public ou privé.')
    expect(messagesOf(parse(filledForm({ consent: false }), 'en')).consent).toBe('Your consent is needed to create the profile.')
  })

  it('checks dates: a real birth date, 16 years old at least, a real availability date', () => {
    expect(messagesOf(parse(filledForm({ birthDay: '30', birthMonth: '2', birthYear: '2000' }))).dateOfBirth).toBe('Date invalide.')
    expect(messagesOf(parse(filledForm({ birthYear: '2015' }))).dateOfBirth).toBe('Vous devez avoir au moins 16 ans pour vous inscrire.')
    expect(messagesOf(parse(filledForm({ availableFrom: '2026-13-01' }))).availableFrom).toBe('Date invalide.')
    expect(parse(filledForm({ availableFrom: '2026-09-01' })).data?.availableFrom).toBe('2026-09-01')
  })

  it('checks the filmography rows, playing ages, links and the skills limit', () => {
    const rows = [
      { ...newFilmRow({ title: 'Atlantique', year: 2019, type: 'feature', imdbId: 'tt10199914' }), role: 'Ada' },
      { ...newFilmRow(), year: '1850' },
    ]
    const errors = messagesOf(
      parse(
        filledForm({
          filmography: rows,
          playingAgeMin: '40',
          playingAgeMax: '30',
          showreelUrl: 'vimeo',
          socialLinks: { ...emptyCinemaForm().socialLinks, instagram: 'javascript:alert(1)' },
          skills: Array.from({ length: 41 }, (_, index) => String(index + 1)),
        }),
      ),
    )
    expect(errors).toEqual({
      'filmography.1.title': 'Donnez le titre de la production.',
      'filmography.1.year': 'Une année entre 1900 et 2031.',
      playingAgeMax: 'L’âge maximal doit être au moins égal à l’âge minimal.',
      showreelUrl: 'Adresse web invalide : elle doit commencer par https://',
      'socialLinks.instagram': 'Adresse web invalide : elle doit commencer par https://',
      skills: '40 compétences au plus.',
    })
    const kept = parse(filledForm({ filmography: [rows[0]] }))
    expect(kept.data?.filmography).toEqual([{ title: 'Atlantique', year: 2019, type: 'feature', role: 'Ada', imdbId: 'tt10199914' }])
  })

  it('validates one section at a time and points each error to its section', () => {
    const values = filledForm({ firstName: '', categories: [], heightCm: '20' })
    expect(Object.keys(validateSection('identity', values, noFiles, 'fr', today))).toEqual(['firstName'])
    expect(Object.keys(validateSection('contact', values, noFiles, 'fr', today))).toEqual([])
    expect(Object.keys(validateSection('physical', values, noFiles, 'fr', today))).toEqual(['heightCm'])
    expect(Object.keys(validateSection('roles', values, noFiles, 'fr', today))).toEqual(['categories'])
    expect(sectionOfPath('filmography.3.year')).toBe('experience')
    expect(sectionOfPath('socialLinks.instagram')).toBe('media')
    expect(firstErrorPath({ consent: 'x', heightCm: 'y', 'languages.0.language': 'z' })).toBe('heightCm')
  })

  it('refuses a too-large photo and a ninth gallery photo before sending', () => {
    const big = new File([new Uint8Array(6 * 1024 * 1024)], 'grande.jpg', { type: 'image/jpeg' })
    expect(validateSection('identity', filledForm(), { ...noFiles, photo: big }, 'fr', today).photo).toBe('Fichier trop volumineux : 5 Mo maximum.')
    const photo = new File([new Uint8Array(10)], 'p.jpg', { type: 'image/jpeg' })
    expect(validateSection('media', filledForm(), { ...noFiles, gallery: Array(9).fill(photo) }, 'fr', today).gallery).toBe('8 photos au plus.')
  })

  it('gives each section its state: empty, in progress, complete, with errors', () => {
    const empty = emptyCinemaForm()
    expect(sectionState('identity', empty, noFiles, {}, false, 'fr')).toBe('empty')
    expect(sectionState('identity', { ...empty, firstName: 'Fatou' }, noFiles, {}, false, 'fr')).toBe('progress')
    expect(sectionState('identity', filledForm(), noFiles, {}, false, 'fr')).toBe('complete')
    expect(sectionState('identity', filledForm(), noFiles, { lastName: 'Ce champ est obligatoire.' }, false, 'fr')).toBe('error')
    // Optional sections: complete once confirmed with "Continuer", even left empty.
    expect(sectionState('skills', empty, noFiles, {}, false, 'fr')).toBe('empty')
    expect(sectionState('skills', empty, noFiles, {}, true, 'fr')).toBe('complete')
  })

  it('restores an old draft over today’s defaults', () => {
    const restored = withDefaults({ firstName: 'Fatou', socialLinks: { instagram: 'https://instagram.com/f' } } as Partial<CinemaFormValues>)
    expect(restored.firstName).toBe('Fatou')
    expect(restored.socialLinks.website).toBe('')
    expect(restored.languages).toHaveLength(1)
    expect(restored.availability).toBe('available')
  })
})
