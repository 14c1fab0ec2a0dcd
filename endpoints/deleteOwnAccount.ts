import { generateExpiredPayloadCookie, type Endpoint } from 'payload'
import { z } from 'zod'

import { hasRole } from '@/access'
import { format } from '@/i18n'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { deleteOwnAccount } from '@/talentSpace/deleteOwnAccount'
import { isDeletionConfirmed } from '@/talentSpace/deletionConfirmation'
import { findOwnTalent } from '@/talentSpace/findOwnTalent'
import { AFTER_ACCOUNT_DELETION } from '@/talentSpace/paths'
import type { User } from '../payload-types'

const body = z.object({ confirmation: z.string() })

/**
 * POST /api/me/delete-account — `{ confirmation }` (the talent's code, or SUPPRIMER / DELETE).
 * Deletes the caller's own profile, photos, CVs and account in one transaction, then
 * expires the session cookie. Nobody can name another account: the target is `req.user`.
 * JSON only, so that a cross-site form cannot post here.
 */
export const deleteOwnAccountEndpoint: Endpoint = {
  path: '/me/delete-account',
  method: 'post',
  handler: async (req) => {
    const locale = req.i18n?.language === 'en' ? 'en' : 'fr'
    const m = talentSpaceMessages[locale]
    const refuse = (status: number, message: string, path = '') =>
      Response.json({ errors: [{ path, message }] }, { status })

    if (!req.user) return refuse(401, m.common.signedOut)
    if (!hasRole(req.user, 'talent')) return refuse(403, m.deletion.notTalent)
    if (!req.headers.get('content-type')?.startsWith('application/json')) return refuse(415, m.common.unknown)

    const parsed = body.safeParse(await req.json?.().catch(() => null))
    const user = req.user as User
    const talent = await findOwnTalent(req.payload, user, { req })
    if (!talent) return refuse(404, m.noProfile.talentTitle)
    if (!parsed.success || !isDeletionConfirmed(parsed.data.confirmation, talent.code)) {
      return refuse(400, format(m.deletion.mismatch, { word: m.deletion.confirmWord }), 'confirmation')
    }

    await deleteOwnAccount(req, talent)
    const expired = generateExpiredPayloadCookie({
      collectionAuthConfig: req.payload.collections.users.config.auth,
      cookiePrefix: req.payload.config.cookiePrefix,
    })
    return Response.json({ deleted: true, redirect: AFTER_ACCOUNT_DELETION }, { headers: { 'Set-Cookie': expired } })
  },
}
