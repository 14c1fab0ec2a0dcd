import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { requestConnection } from '@/db/requestConnection'

import type { Contract, ContractSigningLink } from '../../payload-types'
import { CONTRACT_SIGNING_LINKS_SLUG, OPEN_STATUSES } from './constants'
import { ContractError } from './errors'
import { logLinkRefused } from './logging'
import { hashSigningToken, isSigningTokenShape, newSigningToken } from './tokens'

export type Signer = NonNullable<Contract['signers']>[number]
export type ResolvedLink = { link: ContractSigningLink; contract: Contract; signer: Signer; signerIndex: number }

/**
 * Issues a signing link for one signer: a new random token (returned once, for the email) whose
 * SHA-256 is stored with its expiry. The signer's earlier links stop working.
 */
export async function issueSigningLink(req: PayloadRequest, contractId: number, signerId: string, expiresAt: Date): Promise<{ token: string; linkId: number }> {
  await revokeSigningLinks(req, contractId, signerId)
  const token = newSigningToken()
  const link = await req.payload.create({
    collection: CONTRACT_SIGNING_LINKS_SLUG,
    data: { contract: contractId, signerId, tokenHash: hashSigningToken(token), expiresAt: expiresAt.toISOString(), otpAttempts: 0 },
    req,
    overrideAccess: true,
  })
  return { token, linkId: link.id }
}

/** Ends the unused links of a contract (of one signer when given): cancelled, reminded, expired. */
export async function revokeSigningLinks(req: PayloadRequest, contractId: number, signerId?: string): Promise<void> {
  await req.payload.update({
    collection: CONTRACT_SIGNING_LINKS_SLUG,
    where: {
      and: [
        { contract: { equals: contractId } },
        { usedAt: { exists: false } },
        { revokedAt: { exists: false } },
        ...(signerId ? [{ signerId: { equals: signerId } }] : []),
      ],
    },
    data: { revokedAt: new Date().toISOString() },
    req,
    overrideAccess: true,
  })
}

/**
 * The link, its contract and signer for a token, or a refusal: unknown or revoked → 404
 * `link_invalid`; past its expiry (or the contract expired) → 410 `link_expired`; already used
 * to sign or decline → 410 `link_used`. Every refusal goes to the security log.
 */
export async function resolveSigningLink(req: PayloadRequest, token: unknown, now = new Date()): Promise<ResolvedLink> {
  const refuse = async (code: 'link_invalid' | 'link_expired' | 'link_used', contract?: Contract | null): Promise<never> => {
    await logLinkRefused(req, code, contract)
    throw new ContractError(code, code === 'link_invalid' ? 404 : 410)
  }
  if (!isSigningTokenShape(token)) return refuse('link_invalid')
  const found = await req.payload.find({
    collection: CONTRACT_SIGNING_LINKS_SLUG,
    where: { tokenHash: { equals: hashSigningToken(token) } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const link = found.docs[0]
  if (!link) return refuse('link_invalid')
  const contract = await req.payload.findByID({ collection: 'contracts', id: link.contract as number, depth: 0, req, overrideAccess: true }).catch(() => null)
  if (!contract) return refuse('link_invalid')
  if (link.usedAt) return refuse('link_used', contract)
  if (['signed', 'declined', 'archived'].includes(contract.status)) return refuse('link_used', contract)
  if (contract.status === 'expired' || new Date(link.expiresAt) <= now) return refuse('link_expired', contract)
  if (link.revokedAt || contract.status === 'cancelled') return refuse('link_invalid', contract)
  if (!OPEN_STATUSES.includes(contract.status)) return refuse('link_invalid', contract)
  const signerIndex = (contract.signers ?? []).findIndex((signer) => signer.id === link.signerId)
  if (signerIndex < 0) return refuse('link_invalid', contract)
  return { link, contract, signer: contract.signers![signerIndex], signerIndex }
}

/**
 * Marks the link used, once: a single conditional UPDATE, so two simultaneous submissions of the
 * same link cannot both sign. Runs in the request's transaction (rolled back with it).
 */
export async function consumeSigningLink(req: PayloadRequest, linkId: number): Promise<boolean> {
  const { rows } = await (await requestConnection(req)).execute(sql`
    UPDATE contract_signing_links SET used_at = now(), updated_at = now()
    WHERE id = ${linkId} AND used_at IS NULL AND revoked_at IS NULL
    RETURNING id`)
  return rows.length === 1
}
