import { describe, expect, it } from 'vitest'

import { newPasswordProblems } from '@/auth/passwordPolicy'
import { matchesQuery, normalizeForSearch } from '@/components/registration/search'
import {
  composeDateOfBirth,
  emptyRegistrationForm,
  FORM_STEPS,
  orderedErrorPaths,
  serverFieldErrors,
  STEP_FIELDS,
  stepOfPath,
  toRegistrationInput,
  validateFormStep,
  type RegistrationFormValues,
} from '@/talents/registrationForm'
import { registrationSchema } from '@/talents/registrationSchema'
import { precheckUpload } from '@/uploads/uploadLimits'

const today = new Date('2026-06-01T12:00:00Z')
const noFiles = { photo: null, cv: null }

function filledForm(overrides: Partial<RegistrationFormValues> = {}): RegistrationFormValues {
  return {
    ...emptyRegistrationForm(),
    firstName: 'Aïcha',
    lastName: 'Koné',
    gender: 'F',
    birthDay: '12',
    birthMonth: '4',
    birthYear: '1996',
    nationality: '7',
    email: ' Aicha.Kone@Example.com ',
    phone: '+225 07 08 09 10 11',
    whatsappSameAsPhone: true,
    country: '3',
    city: '41',
    categories: ['1', '5'],
    languages: [{ key: 'a', language: '9', level: 'native' }],
    skills: ['2'],
    yearsOfExperience: '6',
    isPublic: true,
    consent: true,
    ...overrides,
  }
}

describe('registration form', () => {
  it('lists, for every step the schema knows, exactly the schema’s fields', () => {
    const { steps } = registrationSchema('fr')
    for (const [step, schema] of Object.entries(steps)) {
      expect([...STEP_FIELDS[step as keyof typeof steps]].sort(), step).toEqual(Object.keys(schema.shape).sort())
    }
    expect(FORM_STEPS).toEqual(['identity', 'contact', 'location', 'profile', 'files', 'visibility', 'review'])
  })

  it('turns what was typed into input the server schema accepts', () => {
    const input = toRegistrationInput(filledForm(), 'fr')
    const parsed = registrationSchema('fr', today).full.parse(input)
    expect(parsed).toMatchObject({
      dateOfBirth: '1996-04-12',
      email: 'aicha.kone@example.com',
      whatsapp: '+225 07 08 09 10 11',
      nationality: 7,
      country: 3,
      city: 41,
      categories: [1, 5],
      languages: [{ language: 9, level: 'native' }],
      yearsOfExperience: 6,
      preferredLanguage: 'fr',
    })
    // Empty optional fields are left out rather than sent as empty strings.
    const sparse = toRegistrationInput(filledForm({ nationality: '', yearsOfExperience: '', whatsappSameAsPhone: false }), 'en')
    expect(sparse.nationality).toBeUndefined()
    expect(sparse.yearsOfExperience).toBeUndefined()
    expect(sparse.preferredLanguage).toBe('en')
  })

  it('composes the birth date from three fields, leaving incomplete dates malformed', () => {
    expect(composeDateOfBirth('5', '4', '1996')).toBe('1996-04-05')
    expect(composeDateOfBirth('', '', '')).toBeUndefined()
    expect(composeDateOfBirth('31', '', '1996')).toBe('1996--31')
  })

  it('validates one step at a time with localized messages', () => {
    const empty = emptyRegistrationForm()
    expect(validateFormStep('identity', empty, noFiles, 'fr', today)).toMatchObject({
      firstName: 'Ce champ est obligatoire.',
      gender: 'Faites un choix dans la liste.',
      dateOfBirth: 'Ce champ est obligatoire.',
    })
    expect(validateFormStep('contact', filledForm({ email: 'pas-un-email' }), noFiles, 'en', today)).toEqual({ email: 'Invalid email address.' })
    expect(validateFormStep('identity', filledForm({ birthYear: '2015' }), noFiles, 'fr', today)).toEqual({
      dateOfBirth: 'Vous devez avoir au moins 16 ans pour vous inscrire.',
    })
    expect(validateFormStep('visibility', filledForm({ consent: false, isPublic: null }), noFiles, 'fr', today)).toEqual({
      isPublic: 'Indiquez si votre profil doit être public ou privé.',
      consent: 'Votre consentement est nécessaire pour créer le profil.',
    })
    for (const step of FORM_STEPS) expect(validateFormStep(step, filledForm(), noFiles, 'fr', today), step).toEqual({})
  })

  it('checks files by size and name before sending them', () => {
    const file = (name: string, size: number) => ({ name, size }) as File
    expect(validateFormStep('files', filledForm(), { photo: file('moi.JPG', 6 * 1024 * 1024), cv: file('cv.txt', 100) }, 'fr')).toEqual({
      photo: 'Fichier trop volumineux : 5 Mo maximum.',
      cv: expect.stringContaining('PDF, DOC, DOCX'),
    })
    expect(precheckUpload('photo', { name: 'portrait.jpeg', size: 1000 })).toBeNull()
    expect(precheckUpload('cv', { name: 'cv.docx', size: 10 * 1024 * 1024 })).toBeNull()
    expect(precheckUpload('cv', { name: 'cv.pdf', size: 0 })).toBe('empty')
  })

  it('sends each error back to its step, the first field first', () => {
    expect(stepOfPath('email')).toBe('contact')
    expect(stepOfPath('languages.1.level')).toBe('profile')
    expect(stepOfPath('photo')).toBe('files')
    expect(stepOfPath('')).toBe('review')
    const errors = { nationality: 'x', 'languages.0.language': 'x', firstName: 'x', dateOfBirth: 'x', categories: 'x' }
    expect(orderedErrorPaths('identity', errors)).toEqual(['firstName', 'dateOfBirth', 'nationality'])
    expect(orderedErrorPaths('profile', errors)).toEqual(['categories', 'languages.0.language'])
  })

  it('reads the endpoint’s errors and Payload’s validation errors alike', () => {
    expect(serverFieldErrors({ errors: [{ path: 'email', message: 'Déjà pris' }] })).toEqual([{ path: 'email', message: 'Déjà pris' }])
    expect(
      serverFieldErrors({ errors: [{ name: 'ValidationError', message: 'invalid', data: { errors: [{ path: 'city', message: 'Pas dans ce pays' }] } }] }),
    ).toEqual([{ path: 'city', message: 'Pas dans ce pays' }])
    expect(serverFieldErrors({ errors: [{ message: 'Formulaire illisible' }] })).toEqual([{ path: '', message: 'Formulaire illisible' }])
    expect(serverFieldErrors(null)).toEqual([])
  })
})

describe('pickers search', () => {
  it('ignores case and accents and matches word starts', () => {
    const text = normalizeForSearch('Côte d’Ivoire CI CIV')
    expect(matchesQuery(text, 'cote')).toBe(true)
    expect(matchesQuery(text, 'IVOI')).toBe(true)
    expect(matchesQuery(text, 'côte iv')).toBe(true)
    expect(matchesQuery(text, 'voire')).toBe(false)
  })
})

describe('new password', () => {
  it('wants at least 10 characters, typed twice the same', () => {
    expect(newPasswordProblems('', '')).toEqual({ password: 'required', confirmation: 'confirmRequired' })
    expect(newPasswordProblems('court', 'autre')).toEqual({ password: 'tooShort', confirmation: 'mismatch' })
    expect(newPasswordProblems('Soleil-Abidjan-2026', 'Soleil-Abidjan-2026')).toEqual({})
  })
})
