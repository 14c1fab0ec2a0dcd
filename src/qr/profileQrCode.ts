import { createHash } from 'node:crypto'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { normalizeCode } from '@/codes/formats'
import { format } from '@/i18n'
import { toLocale, type Locale } from '@/i18n/locales'
import { publicProfileUrl } from './publicProfileUrl'
import { DEFAULT_QR_SIZE, qrPng, qrSvg } from './qrCode'

export type QrFormat = 'png' | 'svg'

const CONTENT_TYPES: Record<QrFormat, string> = { png: 'image/png', svg: 'image/svg+xml' }
export const QR_SIZE_LIMITS = { min: 64, max: 4096 } as const
/** A day: the code and the configured base URL never change for a profile, so neither does its QR code. */
export const QR_MAX_AGE_SECONDS = 86_400

/** Strong validator: the same URL drawn in the same format and size is the same image. */
export function qrEtag(url: string, qrFormat: QrFormat, size: number | undefined): string {
  const digest = createHash('sha256').update(`${qrFormat}\n${size ?? ''}\n${url}`).digest('base64url')
  return `"qr-${digest.slice(0, 27)}"`
}

/** RFC 9110 If-None-Match: a list of entity tags (weak ones compare weakly), or `*`. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '')
    return tag === '*' || tag === etag
  })
}

function errorResponse(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
}

/** A kind of profile whose public page has a QR code: talent or cinema. */
export type QrProfileKind = {
  collection: Extract<CollectionSlug, 'talents' | 'cinema-talents'>
  isCode: (code: string) => boolean
  /** The public page the QR code leads to (relative; made absolute with the public base URL). */
  profilePath: (code: string) => string
  messages: (locale: Locale) => { malformedCode: string; notFound: string; badSize: string }
}

/**
 * GET /api/<collection>/:code/qr.png|svg — the QR code of a profile's public URL.
 * Anyone gets it for a public profile; the owner and staff get it for a private one too
 * (the profile is looked up through the collection's access rules, as the caller); 404
 * otherwise, 400 for a malformed code or size. `?download=1` makes it an attachment,
 * `?size=` sets the width in pixels.
 */
export async function profileQrCodeResponse(req: PayloadRequest, kind: QrProfileKind, qrFormat: QrFormat): Promise<Response> {
  const messages = kind.messages(toLocale(req.i18n?.language))
  const requested = String(req.routeParams?.code ?? '')
  if (!kind.isCode(requested)) return errorResponse(400, format(messages.malformedCode, { code: requested.slice(0, 40) }))
  const code = normalizeCode(requested)

  const sizeParam = req.searchParams?.get('size')
  const size = sizeParam ? Number(sizeParam) : undefined
  if (size !== undefined && !(Number.isInteger(size) && size >= QR_SIZE_LIMITS.min && size <= QR_SIZE_LIMITS.max)) {
    return errorResponse(400, format(messages.badSize, QR_SIZE_LIMITS))
  }

  const { docs } = await req.payload.find({
    collection: kind.collection,
    where: { code: { equals: code } },
    select: { isPublic: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (docs.length === 0) return errorResponse(404, format(messages.notFound, { code }))

  const url = publicProfileUrl(kind.profilePath(code))
  const etag = qrEtag(url, qrFormat, size)
  const headers = new Headers({
    'Content-Type': CONTENT_TYPES[qrFormat],
    // A private profile's code is for its owner's and staff's eyes: no shared cache keeps it.
    'Cache-Control': `${docs[0].isPublic ? 'public' : 'private'}, max-age=${QR_MAX_AGE_SECONDS}, immutable`,
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  })
  if (req.searchParams?.get('download') === '1') {
    headers.set('Content-Disposition', `attachment; filename="${code}-qr.${qrFormat}"`)
  }
  if (etagMatches(req.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })

  const body =
    qrFormat === 'png'
      ? new Uint8Array(await qrPng(url, { size: size ?? DEFAULT_QR_SIZE }))
      : await qrSvg(url, size ? { size } : {})
  return new Response(body, { status: 200, headers })
}
