import type { Access, CollectionConfig } from 'payload'

import { CONTRACT_SIGNING_LINKS_SLUG } from '@/contracts/constants'

const nobody: Access = () => false

/**
 * One single-use signing link per signer and sending: only the SHA-256 of its token is kept,
 * with its expiry, its use, and the hashed one-time code (OTP) sent for the identity check.
 * Hidden and closed to every API: src/contracts/signingLinks.ts reads and writes it.
 */
export const ContractSigningLinks: CollectionConfig<'contract-signing-links'> = {
  slug: CONTRACT_SIGNING_LINKS_SLUG,
  labels: { singular: { fr: 'Lien de signature', en: 'Signing link' }, plural: { fr: 'Liens de signature', en: 'Signing links' } },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  lockDocuments: false,
  fields: [
    { name: 'contract', type: 'relationship', relationTo: 'contracts', required: true, index: true },
    { name: 'signerId', type: 'text', required: true },
    { name: 'tokenHash', type: 'text', required: true, unique: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
    { name: 'usedAt', type: 'date' },
    { name: 'revokedAt', type: 'date' },
    { name: 'otpHash', type: 'text' },
    { name: 'otpExpiresAt', type: 'date' },
    { name: 'otpAttempts', type: 'number', defaultValue: 0 },
  ],
}
