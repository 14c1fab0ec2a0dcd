import type { Payload, PayloadRequest } from 'payload'

import {
  assertEmailFree,
  checkedFile,
  createAccountWithRandomPassword,
  inRegistrationTransaction,
  isUniqueViolation,
  issueSetPasswordLink,
  RegistrationError,
  sendRegistrationConfirmation,
  signInNewAccount,
  type CheckedFile,
  type SetPasswordLink,
  type UploadedFile,
} from '@/accounts/registrationAccount'
import { cinemaProfileUrl } from '@/qr/publicProfileUrl'
import type { FormLocale } from '@/talents/registrationSchema'
import type { CinemaTalent, User } from '../../../payload-types'
import type { CinemaRegistration } from './schema'
import { MAX_GALLERY_PHOTOS } from './schema'

export type CinemaRegistrationFiles = { photo?: UploadedFile; gallery?: UploadedFile[]; cv?: UploadedFile }

/** The signed-in person registering, if any: their account gets the profile, no new account. */
export type RegisteringAccount = Pick<User, 'id' | 'email'> | null | undefined

export type CinemaRegistrationResult = {
  profile: CinemaTalent
  /** A session for a new account; none when the person was already signed in. */
  token?: string
  setPasswordUrl?: string
  newAccount: boolean
}

export const LOGIN_TO_ADD_CINEMA_PATH = '/connexion?next=/cinema/register'

const ACCOUNT_EXISTS = {
  fr: 'Un compte existe déjà avec cette adresse e-mail : connectez-vous pour ajouter votre profil cinéma à ce compte.',
  en: 'An account already exists with this email address: sign in to add your cinema profile to it.',
}
const ALREADY_CINEMA = {
  fr: 'Votre compte a déjà un profil cinéma ({code}) : un seul profil cinéma par compte.',
  en: 'Your account already has a cinema profile ({code}): one cinema profile per account.',
}

/** A refusal that carries a link the page shows with its message (sign in, open the profile). */
export class CinemaRegistrationConflict extends RegistrationError {
  constructor(
    path: string,
    message: string,
    readonly link: { href: string; kind: 'login' | 'profile' },
  ) {
    super(409, [{ path, message }])
  }
}

const accountExists = (locale: FormLocale) =>
  new CinemaRegistrationConflict('email', ACCOUNT_EXISTS[locale], { href: LOGIN_TO_ADD_CINEMA_PATH, kind: 'login' })

async function refuseSecondProfile(req: PayloadRequest, userId: number, locale: FormLocale) {
  const { docs } = await req.payload.find({ collection: 'cinema-talents', where: { user: { equals: userId } }, limit: 1, depth: 0, req })
  const code = docs[0]?.code
  if (docs.length > 0) {
    throw new CinemaRegistrationConflict('', ALREADY_CINEMA[locale].replace('{code}', code ?? ''), {
      href: code ? `/cinema/profile/${encodeURIComponent(code)}` : '/mon-espace',
      kind: 'profile',
    })
  }
}

/**
 * A public CINEMA registration (SPEC §5), all or nothing: the account (unless the person is
 * signed in), the photos, the CV and the profile, whose code the collection issues, in one
 * transaction; then the confirmation email with the code (and, for a new account, the
 * one-time set-password link) after the commit. Same account creation and emails as talents.
 */
export async function registerCinemaTalent(
  payload: Payload,
  input: CinemaRegistration,
  files: CinemaRegistrationFiles,
  locale: FormLocale,
  account?: RegisteringAccount,
): Promise<CinemaRegistrationResult> {
  if ((files.gallery?.length ?? 0) > MAX_GALLERY_PHOTOS) {
    throw new RegistrationError(400, [{ path: 'gallery', message: locale === 'en' ? '8 photos at most.' : '8 photos au plus.' }])
  }
  const [photo, cv, ...gallery] = await Promise.all([
    checkedFile('photo', files.photo, locale),
    checkedFile('cv', files.cv, locale),
    ...(files.gallery ?? []).map((file, index) => checkedFile('photo', file, locale, `gallery.${index}`)),
  ])
  const email = account ? account.email.toLowerCase() : input.email
  const name = `${input.firstName} ${input.lastName}`

  const { profile, password, setPassword } = await inRegistrationTransaction(
    payload,
    locale,
    async (req) => {
      let userId: number
      let password: string | undefined
      if (account) {
        userId = account.id
        await refuseSecondProfile(req, userId, locale)
      } else {
        await assertEmailFree(req, email, () => accountExists(locale))
        const created = await createAccountWithRandomPassword(req, { email, name, preferredLanguage: input.preferredLanguage })
        userId = created.user.id
        password = created.password
      }

      const ownedBy = { owner: userId }
      const store = (file: CheckedFile, alt: string) => payload.create({ collection: 'photos', data: { ...ownedBy, alt }, file, req })
      const photoDoc = photo ? await store(photo, name) : undefined
      const galleryDocs = []
      for (const [index, file] of gallery.entries()) if (file) galleryDocs.push(await store(file, `${name} (${index + 2})`))
      const cvDoc = cv ? await payload.create({ collection: 'cvs', data: ownedBy, file: cv, req }) : undefined

      const { email: _email, consent: _consent, preferredLanguage: _language, ...fields } = input
      const profile = await payload.create({
        collection: 'cinema-talents',
        data: {
          ...fields,
          user: userId,
          photo: photoDoc?.id,
          gallery: galleryDocs.map((doc) => doc.id),
          cv: cvDoc?.id,
          consentAt: new Date().toISOString(),
        },
        req,
      })
      const setPassword: SetPasswordLink | undefined = account ? undefined : await issueSetPasswordLink(req, email)
      return { profile, password, setPassword }
    },
    () => accountExists(locale),
  ).catch((error) => {
    // The unique index on the profile's account: two submissions racing for one signed-in person.
    if (isUniqueViolation(error, 'user')) {
      throw new CinemaRegistrationConflict('', ALREADY_CINEMA[locale].replace('{code}', ''), { href: '/mon-espace', kind: 'profile' })
    }
    throw error
  })

  const code = profile.code as string
  await sendRegistrationConfirmation(payload, {
    to: email,
    locale,
    name: profile.displayName,
    code,
    setPassword,
    profile: { kind: 'cinema', url: cinemaProfileUrl(code) },
  })
  const token = password ? await signInNewAccount(payload, { email, password }) : undefined
  return { profile, token, setPasswordUrl: setPassword?.url, newAccount: !account }
}
