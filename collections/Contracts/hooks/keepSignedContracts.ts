import type { CollectionBeforeDeleteHook } from 'payload'

import { ContractError } from '@/contracts/errors'

/** Only a draft may be deleted: a sent contract is a record (cancel or archive it instead). */
export const keepSignedContracts: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const contract = await req.payload.findByID({ collection: 'contracts', id, depth: 0, req, overrideAccess: true, select: { status: true } })
  if (contract.status !== 'draft') {
    throw new ContractError('contract_not_draft', 409)
  }
}
