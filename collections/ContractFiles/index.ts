import path from 'node:path'

import type { Access, CollectionConfig } from 'payload'

import { isAdmin } from '@/access'
import { CONTRACT_FILES_SLUG } from '@/contracts/constants'

/** Only the signing workflow writes here (Local API, overrideAccess); nobody edits or deletes a final PDF. */
const nobody: Access = () => false

/**
 * Final PDFs of signed contracts. Private and immutable: staff read them in the admin, a
 * talent only through GET /api/contracts/:id/pdf, which checks their access to the contract.
 */
export const ContractFiles: CollectionConfig<'contract-files'> = {
  slug: CONTRACT_FILES_SLUG,
  labels: { singular: { fr: 'PDF de contrat', en: 'Contract PDF' }, plural: { fr: 'PDF de contrats', en: 'Contract PDFs' } },
  admin: { group: { fr: 'Contrats', en: 'Contracts' }, defaultColumns: ['filename', 'contract', 'sha256', 'createdAt'] },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  disableDuplicate: true,
  upload: {
    // Same root as the other uploads (src/uploads/uploadDirectory.ts): UPLOADS_DIR/contracts.
    staticDir: path.resolve(process.env.UPLOADS_DIR || 'uploads', 'contracts'),
    mimeTypes: ['application/pdf'],
  },
  fields: [
    { name: 'contract', type: 'relationship', relationTo: 'contracts', index: true, label: { fr: 'Contrat', en: 'Contract' }, admin: { readOnly: true } },
    { name: 'sha256', type: 'text', label: { fr: 'Empreinte SHA-256', en: 'SHA-256 fingerprint' }, admin: { readOnly: true } },
  ],
}
