import type { Endpoint } from 'payload'

import { RegistrationError } from '@/accounts/registrationAccount'
import { sessionCookie } from '@/auth/sessionCookie'
import { logActivity } from '@/logs'
import { CinemaRegistrationConflict, registerCinemaTalent } from '@/cinema/registration/registerCinemaTalent'
import { parseCinemaRegistration } from '@/cinema/registration/schema'
import { cinemaFormFiles } from '@/cinema/registration/uploadedFiles'
import { cinemaProfileUrl } from '@/qr/publicProfileUrl'
import { qrSvg } from '@/qr/qrCode'
import type { FormLocale } from '@/talents/registrationSchema'
import { MALFORMED_FORM, readMultipartForm } from '@/uploads/multipartForm'

/**
 * POST /api/cinema/register — public CINEMA sign-up (multipart: `data` JSON, `photo`,
 * `gallery` (repeated, 8 at most), `cv`). A signed-in person gets the profile on their own
 * account; a visitor gets a new account and is signed in. Answers 201 with the code, the
 * profile's path and its QR code; 400/409 with `{ errors: [{ path, message }], link? }`.
 */
export const registerCinemaTalentEndpoint: Endpoint = {
  path: '/cinema/register',
  method: 'post',
  handler: async (req) => {
    const locale: FormLocale = req.i18n?.language === 'en' ? 'en' : 'fr'
    const body = await readMultipartForm(req)
    if (!body) return Response.json({ errors: [{ path: '', message: MALFORMED_FORM[locale] }] }, { status: 400 })
    const { form, data: raw } = body
    const account = req.user && req.user.collection === 'users' ? { id: req.user.id as number, email: req.user.email as string } : null
    // A signed-in person registers under their account's address, whatever the form says.
    const withEmail = account && raw && typeof raw === 'object' ? { ...raw, email: account.email } : raw
    const parsed = parseCinemaRegistration(withEmail, locale)
    if (!parsed.success) return Response.json({ errors: parsed.errors }, { status: 400 })

    try {
      const files = await cinemaFormFiles(form)
      const result = await registerCinemaTalent(req.payload, parsed.data, files, locale, account)
      const code = result.profile.code as string
      const userId = typeof result.profile.user === 'object' && result.profile.user ? result.profile.user.id : result.profile.user
      await logActivity(req, {
        action: 'cinema_talent.registered',
        actor: userId ? { id: userId, email: account?.email ?? parsed.data.email } : null,
        target: { collection: 'cinema-talents', id: result.profile.id, label: code },
        metadata: { newAccount: result.newAccount, isPublic: Boolean(result.profile.isPublic) },
      })
      const svg = await qrSvg(cinemaProfileUrl(code))
      const headers = new Headers()
      if (result.token) headers.set('Set-Cookie', sessionCookie(req, result.token))
      return Response.json(
        {
          code,
          profilePath: `/cinema/profile/${encodeURIComponent(code)}`,
          profileUrl: cinemaProfileUrl(code),
          qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
          newAccount: result.newAccount,
          isPublic: Boolean(result.profile.isPublic),
        },
        { status: 201, headers },
      )
    } catch (error) {
      if (error instanceof CinemaRegistrationConflict) return Response.json({ errors: error.fieldErrors, link: error.link }, { status: error.status })
      if (error instanceof RegistrationError) return Response.json({ errors: error.fieldErrors }, { status: error.status })
      throw error
    }
  },
}

export const cinemaRegistrationEndpoints: Endpoint[] = [registerCinemaTalentEndpoint]
