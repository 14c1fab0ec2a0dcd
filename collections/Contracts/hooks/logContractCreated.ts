import type { CollectionAfterChangeHook } from 'payload'

import { logContractActivity } from '@/contracts/logging'
import type { Contract } from '../../../payload-types'

/** The activity log records each new contract (the workflow logs the later steps). */
export const logContractCreated: CollectionAfterChangeHook<Contract> = async ({ doc, operation, req }) => {
  if (operation === 'create') await logContractActivity(req, 'contract.created', doc, `Contrat ${doc.reference} créé pour ${doc.partyName ?? '—'}.`)
  return doc
}
