import type { Payload } from 'payload'

import {
  assertEmailFree,
  checkedFile,
  createAccountWithRandomPassword,
  inRegistrationTransaction,
  issueSetPasswordLink,
  sendRegistrationConfirmation,
  signInNewAccount,
  type UploadedFile,
} from '@/accounts/registrationAccount'
import type { Talent } from '../../payload-types'
import type { FormLocale, Registration } from './registrationSchema'

export { RegistrationError, SET_PASSWORD_LINK_HOURS, type UploadedFile } from '@/accounts/registrationAccount'

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

  const { talent, password, setPassword } = await inRegistrationTransaction(
    payload,
    locale,
    async (req) => {
      await assertEmailFree(req, input.email)
      const { user, password } = await createAccountWithRandomPassword(req, {
        email: input.email,
        name: `${input.firstName} ${input.lastName}`,
        preferredLanguage: input.preferredLanguage,
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
      const setPassword = await issueSetPasswordLink(req, input.email)
      return { talent, password, setPassword }
    },
  )

  await sendRegistrationConfirmation(payload, { to: input.email, locale, name: talent.displayName, code: talent.code as string, setPassword })
  const token = await signInNewAccount(payload, { email: input.email, password })
  return { talent, token, setPasswordUrl: setPassword.url }
}
