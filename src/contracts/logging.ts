import type { PayloadRequest } from 'payload'

import { logActivity, logSecurity } from '@/logs'

type ContractLike = { id: number | string; reference?: string | null }

const targetOf = (contract: ContractLike) => ({ collection: 'contracts', id: contract.id, label: contract.reference ?? undefined })

/** One step of a contract's life in the activity log (contract.created, contract.sent, …). */
export async function logContractActivity(req: PayloadRequest, action: string, contract: ContractLike, message: string, metadata?: Record<string, unknown>): Promise<void> {
  await logActivity(req, { action, target: targetOf(contract), message, ...(metadata ? { metadata } : {}) })
}

/** A refused signing link (unknown, expired, used, wrong identity code): security log, kept even if the request fails. */
export async function logLinkRefused(req: PayloadRequest, reason: string, contract?: ContractLike | null): Promise<void> {
  await logSecurity(req, {
    action: 'contract.link_refused',
    severity: 'warning',
    actor: req.user ? undefined : null,
    ...(contract ? { target: targetOf(contract) } : {}),
    message: `Lien de signature refusé (${reason}).`,
    metadata: { reason },
  })
}
