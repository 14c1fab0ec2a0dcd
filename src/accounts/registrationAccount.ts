import { randomBytes } from 'node:crypto'
import {
  APIError,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { publicSiteUrl, registrationConfirmationEmail, sendAndRecordEmail } from '@/email'
import type { Locale } from '@/i18n/locales'
import { checkUpload, uploadErrorMessage, type UploadKind } from '@/uploads/uploadRules'
import type { User } from '../../payload-types'

/**
 * What every public registration shares (talent, cinema): one transaction for the account,
 * the files and the profile; an account with a password nobody knows; a one-time
 * set-password link; the confirmation email after the commit; signing the new person in.
 */

/** How long the set-password link sent after registration stays valid. */
export const SET_PASSWORD_LINK_HOURS = 72

export type { UploadedFile } from '@/uploads/multipartForm'
import type { UploadedFile } from '@/uploads/multipartForm'

/** A refusal the form can show under its fields: `{ path, message }` pairs and an HTTP status. */
export class RegistrationError extends APIError {
  constructor(
    status: number,
    readonly fieldErrors: { path: string; message: string }[],
  ) {
    super(fieldErrors[0]?.message ?? 'Registration failed', status, { errors: fieldErrors }, true)
  }
}

export const DUPLICATE_EMAIL = {
  fr: 'Un compte existe déjà avec cette adresse e-mail. Connectez-vous ou utilisez « Mot de passe oublié ».',
  en: 'An account already exists with this email address. Sign in or use “Forgot password”.',
}

export type CheckedFile = { data: Buffer; mimetype: string; name: string; size: number }

/**
 * A file judged from its bytes (type and size), ready for `payload.create({ file })`, or a
 * localized 400 under `path` (defaults to the kind: `photo`, `cv`; a gallery passes `gallery.2`).
 */
export async function checkedFile(kind: UploadKind, file: UploadedFile | undefined, locale: Locale, path: string = kind): Promise<CheckedFile | undefined> {
  if (!file) return undefined
  const result = await checkUpload(kind, file.data)
  if (!result.ok) throw new RegistrationError(400, [{ path, message: uploadErrorMessage(kind, result.reason, locale) }])
  return { data: file.data, mimetype: result.mimeType, name: `${kind}.${result.extension}`, size: file.data.byteLength }
}

/** A unique index refused this field (two registrations racing): Payload reports it as a ValidationError. */
export const isUniqueViolation = (error: unknown, path: string) =>
  error instanceof ValidationError && error.data.errors.some((issue) => issue.path === path)

const duplicateEmailError = (locale: Locale) => new RegistrationError(409, [{ path: 'email', message: DUPLICATE_EMAIL[locale] }])

/**
 * Runs a registration in one transaction on a local request in the visitor's language.
 * Anything thrown rolls everything back; a racing duplicate email (unique index) becomes
 * the same refusal as the early check.
 */
export async function inRegistrationTransaction<T>(
  payload: Payload,
  locale: Locale,
  work: (req: PayloadRequest) => Promise<T>,
  onDuplicateEmail: () => Error = () => duplicateEmailError(locale),
): Promise<T> {
  const req = await createLocalReq({ context: { registration: true } }, payload)
  req.i18n.language = locale
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    if (isUniqueViolation(error, 'email')) throw onDuplicateEmail()
    throw error
  }
}

/** Throws `refusal()` (by default the 409 under `email`) when an account already uses this address. */
export async function assertEmailFree(req: PayloadRequest, email: string, refusal: () => Error = () => duplicateEmailError(req.i18n.language === 'en' ? 'en' : 'fr')): Promise<void> {
  const existing = await req.payload.count({ collection: 'users', where: { email: { equals: email } }, req })
  if (existing.totalDocs > 0) throw refusal()
}

export type NewAccount = { user: User; password: string }

/** A talent account with a random password nobody knows, until the person sets theirs from the email. */
export async function createAccountWithRandomPassword(
  req: PayloadRequest,
  { email, name, preferredLanguage }: { email: string; name: string; preferredLanguage: Locale },
): Promise<NewAccount> {
  const password = randomBytes(24).toString('base64url')
  const user = await req.payload.create({
    collection: 'users',
    data: { email, password, roles: ['talent'], name, preferredLanguage },
    req,
  })
  return { user, password }
}

export type SetPasswordLink = { url: string; expiresAt: Date }

/** A one-time link to /definir-mot-de-passe, valid SET_PASSWORD_LINK_HOURS (Payload's forgot-password token). */
export async function issueSetPasswordLink(req: PayloadRequest, email: string): Promise<SetPasswordLink> {
  const expiration = SET_PASSWORD_LINK_HOURS * 3_600_000
  const token = await req.payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true, expiration, req })
  return {
    url: `${publicSiteUrl()}/definir-mot-de-passe?token=${encodeURIComponent(String(token))}`,
    expiresAt: new Date(Date.now() + expiration),
  }
}

/**
 * The confirmation email with the code (and the set-password link for a new account),
 * sent after the commit. The profile exists whatever the provider says: a failed send
 * stays visible in the outbox.
 */
export async function sendRegistrationConfirmation(
  payload: Payload,
  {
    to,
    locale,
    name,
    code,
    setPassword,
    profile,
  }: {
    to: string
    locale: Locale
    name?: string | null
    code: string
    setPassword?: SetPasswordLink
    profile?: Parameters<typeof registrationConfirmationEmail>[0]['profile']
  },
): Promise<void> {
  const email = registrationConfirmationEmail({
    locale,
    name,
    code,
    setPasswordUrl: setPassword?.url,
    expiresAt: setPassword?.expiresAt,
    profile,
  })
  await sendAndRecordEmail(payload, { to, ...email, locale, throwOnError: false })
}

/** A session token for the account just created, so the new person is signed in at once. */
export async function signInNewAccount(payload: Payload, { email, password }: { email: string; password: string }): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return token as string
}
