import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { hasRole } from '@/access'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'
import { isPayloadError, validationErrors } from '@/talentSpace/payloadErrors'
import { isOwnFileKind, replaceOwnFile } from '@/talentSpace/replaceOwnFile'
import { UPLOAD_RULES, uploadErrorMessage } from '@/uploads/uploadRules'
import type { Cv, Photo } from '../payload-types'

// Room for the multipart envelope around the file itself.
const MULTIPART_OVERHEAD = 64 * 1024

/** What the talent space shows of the new file (the URLs are access-controlled by Payload). */
function summary(doc: Photo | Cv) {
  const thumbnail = 'sizes' in doc ? doc.sizes?.thumbnail?.url : undefined
  return { id: doc.id, url: doc.url, thumbnailUrl: thumbnail ?? null, filename: doc.filename, filesize: doc.filesize, mimeType: doc.mimeType, createdAt: doc.createdAt }
}

/**
 * POST /api/me/files/photo | /api/me/files/cv — multipart with a `file` field, cookie auth.
 * Replaces the signed-in talent's photo or CV (see replaceOwnFile). Answers 201 with the
 * new file, or `{ errors: [{ path: 'file', message }] }` in the person's language: wrong
 * type (read from the bytes), too large, no file.
 */
export const replaceOwnFileEndpoint: Endpoint = {
  path: '/me/files/:kind',
  method: 'post',
  handler: async (req) => {
    const locale = req.i18n?.language === 'en' ? 'en' : 'fr'
    const m = talentSpaceMessages[locale]
    const refuse = (status: number, message: string, path = 'file') => Response.json({ errors: [{ path, message }] }, { status })

    const kind = req.routeParams?.kind
    if (!isOwnFileKind(kind)) return refuse(404, m.upload.unknownKind, '')
    if (!req.user) return refuse(401, m.common.signedOut, '')
    if (!hasRole(req.user, 'talent')) return refuse(403, m.common.forbidden, '')

    // Refuse an oversized upload before reading it, from the size the browser declares.
    const declared = Number(req.headers.get('content-length') ?? 0)
    if (declared > UPLOAD_RULES[kind].maxBytes + MULTIPART_OVERHEAD) return refuse(413, uploadErrorMessage(kind, 'tooLarge', locale))
    try {
      await addDataAndFileToRequest(req)
    } catch (error) {
      // Payload's own limit (the largest upload) stops the stream and reports it as an APIError.
      const tooLarge = error instanceof Error && error.message === req.payload.config.upload?.responseOnLimit
      return refuse(tooLarge ? 413 : 400, tooLarge ? uploadErrorMessage(kind, 'tooLarge', locale) : m.upload.missing)
    }
    if (!req.file) return refuse(400, m.upload.missing)

    try {
      const doc = await replaceOwnFile(req, kind, req.file)
      return Response.json({ doc: summary(doc) }, { status: 201 })
    } catch (error) {
      if (isPayloadError(error, 'ValidationError')) {
        return Response.json({ errors: validationErrors(error).map(({ message }) => ({ path: 'file', message })) }, { status: 400 })
      }
      if (isPayloadError(error, 'NotFound')) return refuse(404, m.noProfile.talentTitle, '')
      throw error
    }
  },
}
