import { randomBytes } from 'node:crypto'
import {
  APIError,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  ValidationError,
} from 'payload'

import { publicSiteUrl, registrationConfirmationEmail, sendAndRecordEmail } from '@/email'
import { checkUpload, uploadErrorMessage, type UploadKind } from '@/uploads/uploadRules'
import type { Talent } from '../../payload-types'
import type { FormLocale, Registration } from './registrationSchema'

/** How long the set-password link sent after registration stays valid. */
export const SET_PASSWORD_LINK_HOURS = 72

export type UploadedFile = { data: Buffer; name: string }

export class RegistrationError extends APIError {
  constructor(
    status: number,
    readonly fieldErrors: { path: string; message: string }[],
  ) {
    super(fieldErrors[0]?.message ?? 'Registration failed', status, { errors: fieldErrors }, true)
  }
}

const DUPLICATE_EMAIL = {
  fr: 'Un compte existe déjà avec cette adresse e-mail. Connectez-vous ou utilisez « Mot de passe oublié ».',
  en: 'An account already exists with this email address. Sign in or use “Forgot password”.',
}

async function checkedFile(kind: UploadKind, file: UploadedFile | undefined, locale: FormLocale) {
  if (!file) return undefined
  const result = await checkUpload(kind, file.data)
  if (!result.ok) throw new RegistrationError(400, [{ path: kind, message: uploadErrorMessage(kind, result.reason, locale) }])
  return { data: file.data, mimetype: result.mimeType, name: `${kind}.${result.extension}`, size: file.data.byteLength }
}

export type RegistrationResult = { talent: Talent; token: string; setPasswordUrl: string }

/**
 * A public registration, all or nothing: the account, the photo, the CV and the profile
 * (whose code is issued on creation) are written in one transaction; the confirmation
 * email with the code and a one-time set-password link goes out after the commit.
 * The account gets a random password nobody knows, until the talent sets theirs.
 */
export async function registerTalent(
  payload: Payload,
  input: Registration,
  files: { photo?: UploadedFile; cv?: UploadedFile },
  locale: FormLocale,
): Promise<RegistrationResult> {
  const [photo, cv] = await Promise.all([checkedFile('photo', files.photo, locale), checkedFile('cv', files.cv, locale)])

  const req = await createLocalReq({ context: { registration: true } }, payload)
  req.i18n.language = locale
  await initTransaction(req)
  const password = randomBytes(24).toString('base64url')
  try {
    const existing = await payload.count({ collection: 'users', where: { email: { equals: input.email } }, req })
    if (existing.totalDocs > 0) throw new RegistrationError(409, [{ path: 'email', message: DUPLICATE_EMAIL[locale] }])

    const user = await payload.create({
      collection: 'users',
      data: {
        email: input.email,
        password,
        roles: ['talent'],
        name: `${input.firstName} ${input.lastName}`,
        preferredLanguage: input.preferredLanguage,
      },
      req,
    })
    const ownedBy = { owner: user.id }
    const photoDoc = photo
      ? await payload.create({ collection: 'photos', data: { ...ownedBy, alt: `${input.firstName} ${input.lastName}` }, file: photo, req })
      : undefined
    const cvDoc = cv ? await payload.create({ collection: 'cvs', data: ownedBy, file: cv, req }) : undefined

    const talent = await payload.create({
      collection: 'talents',
      data: {
        user: user.id,
        firstName: input.firstName,
        lastName: input.lastName,
        stageName: input.stageName,
        gender: input.gender,
        dateOfBirth: input.dateOfBirth,
        nationality: input.nationality,
        phone: input.phone,
        whatsapp: input.whatsapp,
        country: input.country,
        city: input.city,
        address: input.address,
        categories: input.categories,
        languages: input.languages,
        skills: input.skills,
        yearsOfExperience: input.yearsOfExperience,
        experience: input.experience,
        photo: photoDoc?.id,
        cv: cvDoc?.id,
        isPublic: input.isPublic,
        consentAt: new Date().toISOString(),
      },
      req,
    })
    const resetToken = await payload.forgotPassword({
      collection: 'users',
      data: { email: input.email },
      disableEmail: true,
      expiration: SET_PASSWORD_LINK_HOURS * 3_600_000,
      req,
    })
    await commitTransaction(req)

    const setPasswordUrl = `${publicSiteUrl()}/definir-mot-de-passe?token=${encodeURIComponent(String(resetToken))}`
    const email = registrationConfirmationEmail({
      locale,
      name: talent.displayName,
      code: talent.code as string,
      setPasswordUrl,
      expiresAt: new Date(Date.now() + SET_PASSWORD_LINK_HOURS * 3_600_000),
    })
    // The profile exists whatever the email provider says; a failed send stays visible in the outbox.
    await sendAndRecordEmail(payload, { to: input.email, ...email, locale, throwOnError: false })

    const { token } = await payload.login({ collection: 'users', data: { email: input.email, password } })
    return { talent, token: token as string, setPasswordUrl }
  } catch (error) {
    await killTransaction(req)
    // Two registrations racing with one email: the unique index refuses the second.
    const duplicate = error instanceof ValidationError && error.data.errors.some((e) => e.path === 'email')
    if (duplicate) throw new RegistrationError(409, [{ path: 'email', message: DUPLICATE_EMAIL[locale] }])
    throw error
  }
}

