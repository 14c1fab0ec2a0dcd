import type { Endpoint, PayloadRequest } from 'payload'
import { APIError } from 'payload'
import { z } from 'zod'

import { isAdminUser } from '@/access/roles'
import { CONTRACT_FILES_SLUG } from '@/contracts/constants'
import { ContractError, contractErrorResponse } from '@/contracts/errors'
import { loadDraft, refId } from '@/contracts/renderContext'
import { contractVariablesFor } from '@/contracts/variables'
import { contractVerificationUrl } from '@/contracts/verification'
import { verifyContract } from '@/contracts/verify'
import { archiveContract, cancelContract, declineWithLink, loadContractAsStaff, remindContract, sendContract, sendSigningOtp, signWithLink, viewSigningLink } from '@/contracts/workflow'
import { toLocale } from '@/i18n/locales'
import { renderContractPdf } from '@/pdf/contractPdf'
import { readUploadFile } from '@/storage/uploadFiles'
import type { ContractFile } from '../payload-types'

const NO_STORE = { 'Cache-Control': 'no-store' }

/** Runs an endpoint; workflow refusals become `{ error: { code, message } }` in the caller's language. */
function handle(run: (req: PayloadRequest) => Promise<Response>): Endpoint['handler'] {
  return async (req) => {
    const locale = toLocale(req.i18n?.language)
    try {
      return await run(req)
    } catch (error) {
      if (error instanceof ContractError) return contractErrorResponse(error.code, error.status, locale, error.values)
      if (error instanceof z.ZodError) return contractErrorResponse('invalid_body', 400, locale, { details: error.issues.map((issue) => `${issue.path.join('.') || '—'} ${issue.message}`).join('; ') })
      if (error instanceof APIError && error.status < 500) return Response.json({ error: { code: 'invalid', message: error.message } }, { status: error.status, headers: NO_STORE })
      req.payload.logger.error({ err: error, msg: 'Contrats : erreur inattendue' })
      return contractErrorResponse('server_error', 500, locale)
    }
  }
}

async function jsonBody(req: PayloadRequest): Promise<unknown> {
  try {
    return req.json ? await req.json() : {}
  } catch {
    return {}
  }
}

function requireAdmin(req: PayloadRequest): void {
  if (!req.user) throw new ContractError('sign_in', 401)
  if (!isAdminUser(req.user)) throw new ContractError('forbidden', 403)
}

/** The contract as its reader may see it (field access applied). */
async function contractResponse(req: PayloadRequest, id: number): Promise<Response> {
  const contract = await req.payload.findByID({ collection: 'contracts', id, depth: 0, req, user: req.user, overrideAccess: false })
  return Response.json({ contract, verifyUrl: contractVerificationUrl(req.payload.secret, id) }, { headers: NO_STORE })
}

const id = z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]).nullish()
const previewBody = z.object({
  template: id,
  talent: id,
  cinemaTalent: id,
  project: id,
  assignment: id,
  amount: z.number().nonnegative().nullish(),
  currency: z.string().max(3).nullish(),
  startDate: z.string().max(40).nullish(),
  endDate: z.string().max(40).nullish(),
  /** Previewing changes to a saved draft: its reference and creation date fill their variables. */
  contract: id,
})

/** GET /api/contracts/variables — the `{{variables}}` a template may use (staff). */
const listVariables: Endpoint = {
  path: '/variables',
  method: 'get',
  handler: handle(async (req) => {
    requireAdmin(req)
    return Response.json({ variables: contractVariablesFor(toLocale(req.i18n?.language)) }, { headers: NO_STORE })
  }),
}

/** POST /api/contracts/preview — the create form's live preview: the rendered text, nothing saved. */
const preview: Endpoint = {
  path: '/preview',
  method: 'post',
  handler: handle(async (req) => {
    requireAdmin(req)
    const { contract, ...input } = previewBody.parse(await jsonBody(req))
    const saved = contract ? await loadContractAsStaff(req, contract) : null
    const draft = await loadDraft(req, { ...input, reference: saved?.reference ?? null })
    return Response.json({ html: draft.rendered.html, unknownVariables: draft.rendered.unknownVariables, emptyVariables: draft.rendered.emptyVariables, kind: draft.kind, partyName: draft.party.name }, { headers: NO_STORE })
  }),
}

const staffAction = (path: string, act: (req: PayloadRequest, id: unknown) => Promise<{ id: number }>): Endpoint => ({
  path: `/:id/${path}`,
  method: 'post',
  handler: handle(async (req) => {
    const contract = await act(req, req.routeParams?.id)
    return contractResponse(req, contract.id)
  }),
})

/** POST /api/contracts/:id/send | remind | cancel | archive (staff). */
const send = staffAction('send', sendContract)
const remind = staffAction('remind', async (req, contractId) => remindContract(req, await loadContractAsStaff(req, contractId)))
const cancel = staffAction('cancel', cancelContract)
const archive = staffAction('archive', archiveContract)

/** GET /api/contracts/:id/pdf — the final PDF (or a draft marked PROJET): staff, or the talent whose contract it is. */
const pdf: Endpoint = {
  path: '/:id/pdf',
  method: 'get',
  handler: handle(async (req) => {
    if (!req.user) throw new ContractError('sign_in', 401)
    const contractId = refId(req.routeParams?.id)
    if (!contractId) throw new ContractError('not_found', 404)
    const contract = await req.payload.findByID({ collection: 'contracts', id: contractId, depth: 0, req, user: req.user, overrideAccess: false }).catch(() => null)
    if (!contract) throw new ContractError('not_found', 404)
    let bytes: Buffer | null = null
    if (contract.finalPdf) {
      const file = (await req.payload.findByID({ collection: CONTRACT_FILES_SLUG, id: refId(contract.finalPdf)!, depth: 0, req, overrideAccess: true })) as ContractFile
      bytes = file.filename ? await readUploadFile(req.payload, CONTRACT_FILES_SLUG, file.filename) : null
      if (!bytes) throw new ContractError('no_pdf', 404)
    } else {
      // Staff and the talent may read the text before signing; the preview says it is a draft.
      const full = await req.payload.findByID({ collection: 'contracts', id: contractId, depth: 0, req, overrideAccess: true })
      bytes = await renderContractPdf(full, { verifyUrl: contractVerificationUrl(req.payload.secret, contractId), locale: toLocale(req.i18n?.language) })
    }
    const name = `${(contract.reference ?? `contrat-${contract.id}`).replace(/[^A-Za-z0-9_-]/g, '')}${contract.finalPdf ? '' : '-projet'}.pdf`
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${name}"`,
        'Content-Length': String(bytes.length),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  }),
}

/** GET /api/contracts/verify/:id (public) — hash check and signers, never the content. */
const verify: Endpoint = {
  path: '/verify/:id',
  method: 'get',
  handler: handle(async (req) => {
    const result = await verifyContract(req.payload, String(req.routeParams?.id ?? ''))
    if (!result) throw new ContractError('not_found', 404)
    const { title: _title, ...publicResult } = result
    return Response.json(publicResult, { headers: NO_STORE })
  }),
}

/** Endpoints of the contracts collection (/api/contracts/*). */
export const contractEndpoints: Endpoint[] = [listVariables, preview, verify, send, remind, cancel, archive, pdf]

const signBody = z.object({
  consent: z.boolean(),
  identity: z.object({ code: z.string().max(40).optional(), otp: z.string().max(12).optional() }).default({}),
  signature: z.discriminatedUnion('method', [
    z.object({ method: z.literal('drawn'), image: z.string().max(500_000) }),
    z.object({ method: z.literal('typed'), name: z.string().max(200) }),
  ]),
})
const declineBody = z.object({ reason: z.string().max(2000).optional() })

const token = (req: PayloadRequest) => req.routeParams?.token

/** GET /api/contract-signing/:token — the signing page's data; the first opening is recorded. */
const viewLink: Endpoint = {
  path: '/contract-signing/:token',
  method: 'get',
  handler: handle(async (req) => Response.json(await viewSigningLink(req, token(req)), { headers: NO_STORE })),
}

/** POST /api/contract-signing/:token/otp — emails a one-time code. */
const requestOtp: Endpoint = {
  path: '/contract-signing/:token/otp',
  method: 'post',
  handler: handle(async (req) => Response.json(await sendSigningOtp(req, token(req)), { headers: NO_STORE })),
}

/** POST /api/contract-signing/:token/sign */
const sign: Endpoint = {
  path: '/contract-signing/:token/sign',
  method: 'post',
  handler: handle(async (req) => Response.json(await signWithLink(req, token(req), signBody.parse(await jsonBody(req))), { headers: NO_STORE })),
}

/** POST /api/contract-signing/:token/decline */
const decline: Endpoint = {
  path: '/contract-signing/:token/decline',
  method: 'post',
  handler: handle(async (req) => Response.json(await declineWithLink(req, token(req), declineBody.parse(await jsonBody(req)).reason), { headers: NO_STORE })),
}

/** Public signing endpoints, by token (/api/contract-signing/*). */
export const contractSigningEndpoints: Endpoint[] = [viewLink, requestOtp, sign, decline]
