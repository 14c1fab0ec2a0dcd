import type { Endpoint, PayloadRequest } from 'payload'

import { clientIp } from '@/auth/clientIp'
import { sendContactMessage } from '@/cinema/contactMessage'
import { cinemaProfilePath } from '@/cinema/publicProfile'
import { normalizeCode, parseCinemaCode } from '@/codes/formats'
import { format, toLocale } from '@/i18n'
import { getCinemaProfileMessages } from '@/i18n/messages/cinemaProfile'
import { cinemaQrCodeResponse } from '@/qr/cinemaQrCode'

const noStore = { 'Cache-Control': 'no-store' }

/** The body as JSON (the page's script) or as a plain form post (no script): the answer differs. */
async function readBody(req: PayloadRequest): Promise<{ input: unknown; isForm: boolean } | null> {
  const type = req.headers.get('content-type') ?? ''
  try {
    if (type.includes('application/json')) return { input: await req.json!(), isForm: false }
    if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
      const form = await req.formData!()
      return { input: Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string')), isForm: true }
    }
  } catch {
    // reported below as unreadable
  }
  return null
}

/**
 * POST /api/cinema-talents/:code/contact — a visitor writes to a public cinema profile.
 * JSON in, JSON out: 201 `{ ok, message }`, 400 `{ errors: [{ path, message }] }` in the
 * visitor's language, 404 for a private or unknown profile, 429 past the per-IP limit.
 * A plain form post (no script in the browser) is answered with a redirect to the profile.
 */
export const cinemaContactEndpoint: Endpoint = {
  path: '/:code/contact',
  method: 'post',
  handler: async (req) => {
    const locale = toLocale(req.i18n?.language)
    const m = getCinemaProfileMessages(locale).api
    const requested = String(req.routeParams?.code ?? '')
    if (!parseCinemaCode(requested)) {
      return Response.json({ errors: [{ path: '', message: format(m.malformedCode, { code: requested.slice(0, 40) }) }] }, { status: 404, headers: noStore })
    }
    const code = normalizeCode(requested)
    const body = await readBody(req)
    if (!body) return Response.json({ errors: [{ path: '', message: m.malformedBody }] }, { status: 400, headers: noStore })

    const outcome = await sendContactMessage(req, { code, input: body.input, ip: clientIp(req.headers), locale })

    if (body.isForm && outcome.status !== 'notFound') {
      const result = outcome.status === 'sent' ? 'sent' : 'error'
      return new Response(null, { status: 303, headers: { ...noStore, Location: `${cinemaProfilePath(code)}?contact=${result}#contact` } })
    }
    switch (outcome.status) {
      case 'sent':
        return Response.json({ ok: true, message: m.sent, talentName: outcome.talentName }, { status: 201, headers: noStore })
      case 'notFound':
        return Response.json({ errors: [{ path: '', message: format(m.notFound, { code }) }] }, { status: 404, headers: noStore })
      case 'invalid':
        return Response.json({ errors: outcome.errors }, { status: 400, headers: noStore })
      case 'rateLimited':
        return Response.json(
          { errors: [{ path: '', message: format(m.tooMany, { minutes: Math.ceil(outcome.retryAfterSeconds / 60) }) }] },
          { status: 429, headers: { ...noStore, 'Retry-After': String(outcome.retryAfterSeconds) } },
        )
    }
  },
}

/**
 * Public cinema profile endpoints, relative to the cinema-talents collection (Payload hands
 * every /api/cinema-talents/… request to the collection's own endpoints): the QR codes at
 * /api/cinema-talents/:code/qr.png and qr.svg, and the contact form.
 */
export const cinemaProfileEndpoints: Endpoint[] = [
  { path: '/:code/qr.png', method: 'get', handler: (req) => cinemaQrCodeResponse(req, 'png') },
  { path: '/:code/qr.svg', method: 'get', handler: (req) => cinemaQrCodeResponse(req, 'svg') },
  cinemaContactEndpoint,
]
