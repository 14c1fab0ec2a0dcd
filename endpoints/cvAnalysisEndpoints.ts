import type { Endpoint } from 'payload'

import { isStaffUser } from '@/access'
import { cvAnalysisEndpointMessages } from '@/ai/endpointMessages'
import { toLocale } from '@/i18n/locales'

const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/cv-analysis/:id/rerun — staff ask for a CV to be analysed again (after a failure,
 * a new key or model). The CV is marked pending and the job queued by the collection's hook.
 */
export const rerunCvAnalysis: Endpoint = {
  path: '/cv-analysis/:id/rerun',
  method: 'post',
  handler: async (req) => {
    const m = cvAnalysisEndpointMessages[toLocale(req.i18n?.language)]
    if (!req.user) return error(401, m.signIn)
    if (!isStaffUser(req.user)) return error(403, m.staffOnly)
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0) return error(400, m.badId)

    // Read as the staff member (collection access applies), then write the system-only fields.
    const cv = await req.payload.findByID({ collection: 'cvs', id, depth: 0, disableErrors: true, overrideAccess: false, user: req.user, req })
    if (!cv) return error(404, m.notFound)
    const requestedAt = new Date().toISOString()
    await req.payload.update({
      collection: 'cvs',
      id,
      data: { analysis: { ...cv.analysis, status: 'pending', requestedAt, errorCode: null, error: null } },
      overrideAccess: true,
      req,
    })
    req.payload.logger.info({ msg: `CV analysis re-run requested for CV ${id}`, cv: id, by: req.user.id })
    return Response.json({ status: 'pending', requestedAt, message: m.queued }, { status: 202 })
  },
}

export const cvAnalysisEndpoints: Endpoint[] = [rerunCvAnalysis]
