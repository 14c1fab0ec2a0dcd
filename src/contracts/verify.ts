import type { Payload } from 'payload'

import { readUploadFile } from '@/storage/uploadFiles'
import type { ContractFile } from '../../payload-types'
import { CONTRACT_FILES_SLUG } from './constants'
import { contractDocumentHash, fileSha256 } from './documentHash'
import { parseContractVerificationId } from './verification'

/** What the public verification shows: never the text, amounts, emails or signatures. */
export type ContractVerification = {
  reference: string
  title: string
  status: string
  signers: { name: string; role: string; signedAt: string | null }[]
  signedAt: string | null
  documentHash: string | null
  /** true: the stored document still gives the stored hash; false: altered; null: not signed yet. */
  intact: boolean | null
  pdfHash: string | null
  /** The stored final PDF still has its recorded SHA-256 (null without a PDF). */
  pdfIntact: boolean | null
}

/**
 * Recomputes the fingerprint of the stored contract (text, party, amounts, dates, signatures)
 * and compares it with the one recorded at the final signature. null when the identifier is
 * not a valid verification identifier or the contract does not exist.
 */
export async function verifyContract(payload: Payload, verificationId: string): Promise<ContractVerification | null> {
  const id = parseContractVerificationId(payload.secret, verificationId)
  if (!id) return null
  const contract = await payload.findByID({ collection: 'contracts', id, depth: 0, overrideAccess: true }).catch(() => null)
  if (!contract) return null
  const signed = Boolean(contract.documentHash)
  let pdfIntact: boolean | null = null
  if (contract.finalPdf && contract.pdfHash) {
    const file = (await payload.findByID({ collection: CONTRACT_FILES_SLUG, id: contract.finalPdf as number, depth: 0, overrideAccess: true }).catch(() => null)) as ContractFile | null
    const bytes = file?.filename ? await readUploadFile(payload, CONTRACT_FILES_SLUG, file.filename) : null
    pdfIntact = bytes ? fileSha256(bytes) === contract.pdfHash : false
  }
  return {
    reference: contract.reference ?? '',
    title: contract.title ?? '',
    status: contract.status,
    signers: [...(contract.signers ?? [])].sort((a, b) => a.order - b.order).map((signer) => ({ name: signer.name, role: signer.role, signedAt: signer.signedAt ?? null })),
    signedAt: contract.signedAt ?? null,
    documentHash: contract.documentHash ?? null,
    intact: signed ? contractDocumentHash(contract) === contract.documentHash : null,
    pdfHash: contract.pdfHash ?? null,
    pdfIntact,
  }
}
