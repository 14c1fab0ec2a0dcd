import type { Endpoint } from 'payload'

import { sessionCookie } from '@/auth/sessionCookie'
import { logActivity } from '@/logs'
import { fieldErrors, registrationSchema, type FormLocale } from '@/talents/registrationSchema'
import { RegistrationError, registerTalent } from '@/talents/registerTalent'
import { MALFORMED_FORM, readMultipartForm, uploadedFile } from '@/uploads/multipartForm'
import { UPLOAD_RULES } from '@/uploads/uploadRules'

/**
 * POST /api/registrations/talent — public sign-up (multipart: `data` JSON, `photo`, `cv`).
 * Answers 201 with the code and signs the new talent in; 400/409 with `{ errors: [{ path, message }] }`.
 */
export const registerTalentEndpoint: Endpoint = {
  path: '/registrations/talent',
  method: 'post',
  handler: async (req) => {
    const locale: FormLocale = req.i18n?.language === 'en' ? 'en' : 'fr'
    const body = await readMultipartForm(req)
    if (!body) return Response.json({ errors: [{ path: '', message: MALFORMED_FORM[locale] }] }, { status: 400 })
    const { form } = body
    const parsed = registrationSchema(locale).full.safeParse(body.data)
    if (!parsed.success) return Response.json({ errors: fieldErrors(parsed.error) }, { status: 400 })

    try {
      const files = {
        photo: await uploadedFile(form.get('photo'), UPLOAD_RULES.photo.maxBytes),
        cv: await uploadedFile(form.get('cv'), UPLOAD_RULES.cv.maxBytes),
      }
      const { talent, token } = await registerTalent(req.payload, parsed.data, files, locale)
      const userId = typeof talent.user === 'object' && talent.user ? talent.user.id : talent.user
      await logActivity(req, {
        action: 'talent.registered',
        actor: userId ? { id: userId, email: parsed.data.email } : null,
        target: { collection: 'talents', id: talent.id, label: talent.code },
        metadata: { photo: Boolean(files.photo), cv: Boolean(files.cv), isPublic: Boolean(talent.isPublic) },
      })
      return Response.json({ code: talent.code, redirect: '/mon-espace' }, { status: 201, headers: { 'Set-Cookie': sessionCookie(req, token) } })
    } catch (error) {
      if (error instanceof RegistrationError) return Response.json({ errors: error.fieldErrors }, { status: error.status })
      throw error
    }
  },
}
