import { createHmac, timingSafeEqual } from 'node:crypto'

import { publicProfileUrl } from '@/qr/publicProfileUrl'

/**
 * The public verification page's identifier of a contract: `<id>-<16 hex of an HMAC>`. Numeric
 * ids alone would let anyone walk through every contract's signers; the keyed suffix makes the
 * address unguessable without a column to store, and the QR code of the PDF carries it.
 */
export function contractVerificationId(secret: string, contractId: number | string): string {
  return `${contractId}-${verificationSuffix(secret, contractId)}`
}

function verificationSuffix(secret: string, contractId: number | string): string {
  return createHmac('sha256', secret).update(`contract-verify:${contractId}`).digest('hex').slice(0, 16)
}

/** The contract id a verification identifier stands for, or null when it is not one of ours. */
export function parseContractVerificationId(secret: string, value: string): number | null {
  const match = /^(\d{1,12})-([0-9a-f]{16})$/.exec(value)
  if (!match) return null
  const expected = Buffer.from(verificationSuffix(secret, match[1]))
  const given = Buffer.from(match[2])
  return expected.length === given.length && timingSafeEqual(expected, given) ? Number(match[1]) : null
}

export const contractVerificationPath = (secret: string, contractId: number | string) => `/contrats/verifier/${contractVerificationId(secret, contractId)}`

/** Absolute URL of the verification page: what the PDF's QR code encodes. */
export const contractVerificationUrl = (secret: string, contractId: number | string) => publicProfileUrl(contractVerificationPath(secret, contractId))

/** Absolute URL of a signing link's page. */
export const contractSigningUrl = (token: string) => publicProfileUrl(`/contrats/signer/${token}`)
