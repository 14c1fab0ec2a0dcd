import type { Endpoint } from 'payload'

import { generatePayloadCookie } from 'payload'
import { fieldErrors, registrationSchema, type FormLocale } from '@/talents/registrationSchema'
import { RegistrationError, registerTalent, type UploadedFile } from '@/talents/registerTalent'
import { UPLOAD_RULES } from '@/uploads/uploadRules'

const MALFORMED = {
  fr: 'Formulaire illisible : rechargez la page et réessayez.',
  en: 'Unreadable form: reload the page and try again.',
}

async function fileField(form: FormData, name: 'photo' | 'cv', maxBytes: number): Promise<UploadedFile | undefined> {
  const value = form.get(name)
  if (!value || typeof value === 'string' || value.size === 0) return undefined
  // Refuse before reading an oversized file into memory; checkUpload gives the message.
  const data = value.size > maxBytes ? Buffer.alloc(maxBytes + 1) : Buffer.from(await value.arrayBuffer())
  return { data, name: value.name }
}

/**
 * POST /api/registrations/talent — public sign-up (multipart: `data` JSON, `photo`, `cv`).
 * Answers 201 with the code and signs the new talent in; 400/409 with `{ errors: [{ path, message }] }`.
 */
export const registerTalentEndpoint: Endpoint = {
  path: '/registrations/talent',
  method: 'post',
  handler: async (req) => {
    const locale: FormLocale = req.i18n?.language === 'en' ? 'en' : 'fr'
    let form: FormData
    let raw: unknown
    try {
      form = await req.formData!()
      raw = JSON.parse(String(form.get('data') ?? ''))
    } catch {
      return Response.json({ errors: [{ path: '', message: MALFORMED[locale] }] }, { status: 400 })
    }
    const parsed = registrationSchema(locale).full.safeParse(raw)
    if (!parsed.success) return Response.json({ errors: fieldErrors(parsed.error) }, { status: 400 })

    try {
      const files = {
        photo: await fileField(form, 'photo', UPLOAD_RULES.photo.maxBytes),
        cv: await fileField(form, 'cv', UPLOAD_RULES.cv.maxBytes),
      }
      const { talent, token } = await registerTalent(req.payload, parsed.data, files, locale)
      const cookie = generatePayloadCookie({ collectionAuthConfig: req.payload.collections.users.config.auth, cookiePrefix: req.payload.config.cookiePrefix, token })
      return Response.json({ code: talent.code, redirect: '/mon-espace' }, { status: 201, headers: { 'Set-Cookie': cookie } })
    } catch (error) {
      if (error instanceof RegistrationError) return Response.json({ errors: error.fieldErrors }, { status: error.status })
      throw error
    }
  },
}
