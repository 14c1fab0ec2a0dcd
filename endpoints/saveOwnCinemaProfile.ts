import type { Endpoint } from 'payload'

import { hasRole } from '@/access'
import { cinemaFormFiles } from '@/cinema/registration/uploadedFiles'
import { findOwnCinemaProfileId, loadOwnCinemaForm } from '@/cinemaSpace/loadOwnCinemaForm'
import { updateOwnCinemaProfile } from '@/cinemaSpace/updateOwnCinemaProfile'
import { cinemaSpaceMessages } from '@/i18n/messages/cinemaSpace'
import type { User } from '../payload-types'

/**
 * POST /api/me/cinema-profile — the signed-in talent saves their own cinema profile from
 * /mon-espace/cinema (multipart: `data` JSON as the registration form sends it, `photo`,
 * `gallery` (repeated), `cv`, `removeGallery` JSON array of photo ids, `removeCv` "1").
 * The profile is always the caller's own, never an id from the browser. Answers 200 with the
 * saved form (values and files as now stored), or `{ message, errors: [{ path, message }] }`.
 */
export const saveOwnCinemaProfileEndpoint: Endpoint = {
  path: '/me/cinema-profile',
  method: 'post',
  handler: async (req) => {
    const locale = req.i18n?.language === 'en' ? 'en' : 'fr'
    const m = cinemaSpaceMessages[locale].save
    const refuse = (status: number, message: string) => Response.json({ message, errors: [] }, { status })
    if (!req.user || req.user.collection !== 'users') return refuse(401, m.signedOut)
    const user = req.user as User
    if (!hasRole(user, 'talent')) return refuse(403, m.notTalent)
    const profileId = await findOwnCinemaProfileId(req.payload, user)
    if (!profileId) return refuse(404, m.noProfile)

    let form: FormData
    let input: unknown
    let removeGallery: number[]
    try {
      form = await req.formData!()
      input = JSON.parse(String(form.get('data') ?? ''))
      const removed: unknown = JSON.parse(String(form.get('removeGallery') || '[]'))
      removeGallery = Array.isArray(removed) ? removed.map(Number).filter(Number.isInteger) : []
    } catch {
      return refuse(400, m.malformed)
    }

    const files = await cinemaFormFiles(form)
    const result = await updateOwnCinemaProfile(req.payload, {
      user,
      profileId,
      input,
      files,
      removals: { gallery: removeGallery, cv: form.get('removeCv') === '1' },
      locale,
    })
    if (!result.ok) return Response.json({ message: result.message, errors: result.errors }, { status: result.status })
    return Response.json({ message: result.message, form: await loadOwnCinemaForm(req.payload, user) }, { status: 200 })
  },
}
