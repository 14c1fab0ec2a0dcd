import { createHash } from 'node:crypto'

/** The stored fields a signed contract's fingerprint covers. */
export type HashableContract = {
  reference?: string | null
  title?: string | null
  kind?: string | null
  partyName?: string | null
  partyCode?: string | null
  amount?: number | null
  currency?: string | null
  startDate?: string | null
  endDate?: string | null
  renderedHtml?: string | null
  signers?:
    | {
        order: number
        role: string
        name: string
        email?: string | null
        signedAt?: string | null
        method?: string | null
        typedName?: string | null
        signatureImage?: string | null
        identity?: string | null
      }[]
    | null
}

const isoOrNull = (value: string | null | undefined) => (value ? new Date(value).toISOString() : null)
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')

/**
 * The signed document in one canonical form: the rendered text, the party, the amounts and
 * dates, and every signer with their signature (the drawn image by its own SHA-256). Fixed key
 * order and normalised dates, so the same stored contract always gives the same bytes.
 */
export function canonicalContractDocument(contract: HashableContract): string {
  const signers = [...(contract.signers ?? [])]
    .sort((a, b) => a.order - b.order)
    .map((signer) => [
      signer.order,
      signer.role,
      signer.name,
      signer.email ?? null,
      isoOrNull(signer.signedAt),
      signer.method ?? null,
      signer.typedName ?? null,
      signer.signatureImage ? sha256(signer.signatureImage) : null,
      signer.identity ?? null,
    ])
  return JSON.stringify({
    format: 'taalentio-contract/1',
    reference: contract.reference ?? null,
    title: contract.title ?? null,
    kind: contract.kind ?? null,
    party: { name: contract.partyName ?? null, code: contract.partyCode ?? null },
    amount: contract.amount ?? null,
    currency: contract.currency ?? null,
    startDate: isoOrNull(contract.startDate),
    endDate: isoOrNull(contract.endDate),
    html: contract.renderedHtml ?? '',
    signers,
  })
}

/** SHA-256 (hex) of the canonical document: stored on the final signature, recomputed by the verification. */
export function contractDocumentHash(contract: HashableContract): string {
  return sha256(canonicalContractDocument(contract))
}

/** SHA-256 (hex) of a file, e.g. the final PDF. */
export function fileSha256(data: Buffer | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}
