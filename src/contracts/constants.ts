import { CURRENCY_OPTIONS } from '@/cinema/cinemaOptions'

/** Slugs of the contract collections. */
export const CONTRACTS_SLUG = 'contracts'
export const CONTRACT_TEMPLATES_SLUG = 'contract-templates'
export const CONTRACT_FILES_SLUG = 'contract-files'
export const CONTRACT_SIGNING_LINKS_SLUG = 'contract-signing-links'

export const CONTRACT_KINDS = ['talent', 'cinema'] as const
export type ContractKind = (typeof CONTRACT_KINDS)[number]

/** draft → sent → viewed → signed (or declined / expired / cancelled) → archived. */
export const CONTRACT_STATUSES = ['draft', 'sent', 'viewed', 'signed', 'declined', 'expired', 'cancelled', 'archived'] as const
export type ContractStatus = (typeof CONTRACT_STATUSES)[number]

/** Statuses in which the contract waits for a signer. */
export const OPEN_STATUSES: readonly ContractStatus[] = ['sent', 'viewed']
/** Statuses staff may remind: waiting ones, and an expired one, which a reminder revives with a new validity. */
export const REMINDABLE_STATUSES: readonly ContractStatus[] = ['sent', 'viewed', 'expired']
/** Statuses that may be archived. */
export const ARCHIVABLE_STATUSES: readonly ContractStatus[] = ['signed', 'declined', 'expired', 'cancelled']

export const SIGNER_ROLES = ['talent', 'staff'] as const
export type SignerRole = (typeof SIGNER_ROLES)[number]
export const SIGNER_STATUSES = ['pending', 'sent', 'viewed', 'signed', 'declined'] as const
export type SignerStatus = (typeof SIGNER_STATUSES)[number]
export const SIGNATURE_METHODS = ['drawn', 'typed'] as const

export const CONTRACT_EVENT_TYPES = [
  'created',
  'updated',
  'sent',
  'viewed',
  'otp_sent',
  'signed',
  'declined',
  'reminder_sent',
  'countersignature_requested',
  'completed',
  'expired',
  'cancelled',
  'archived',
  'link_refused',
] as const
export type ContractEventType = (typeof CONTRACT_EVENT_TYPES)[number]

export const CONTRACT_CURRENCIES = CURRENCY_OPTIONS.map((option) => option.value)
export type ContractCurrency = (typeof CONTRACT_CURRENCIES)[number]

export const STATUS_LABELS: Record<ContractStatus, { fr: string; en: string }> = {
  draft: { fr: 'Brouillon', en: 'Draft' },
  sent: { fr: 'Envoyé', en: 'Sent' },
  viewed: { fr: 'Consulté', en: 'Viewed' },
  signed: { fr: 'Signé', en: 'Signed' },
  declined: { fr: 'Refusé', en: 'Declined' },
  expired: { fr: 'Expiré', en: 'Expired' },
  cancelled: { fr: 'Annulé', en: 'Cancelled' },
  archived: { fr: 'Archivé', en: 'Archived' },
}

export const SIGNER_STATUS_LABELS: Record<SignerStatus, { fr: string; en: string }> = {
  pending: { fr: 'En attente', en: 'Pending' },
  sent: { fr: 'Lien envoyé', en: 'Link sent' },
  viewed: { fr: 'Consulté', en: 'Viewed' },
  signed: { fr: 'Signé', en: 'Signed' },
  declined: { fr: 'Refusé', en: 'Declined' },
}

export const EVENT_LABELS: Record<ContractEventType, { fr: string; en: string }> = {
  created: { fr: 'Contrat créé', en: 'Contract created' },
  updated: { fr: 'Brouillon modifié', en: 'Draft edited' },
  sent: { fr: 'Lien de signature envoyé', en: 'Signing link sent' },
  viewed: { fr: 'Contrat consulté', en: 'Contract viewed' },
  otp_sent: { fr: 'Code à usage unique envoyé', en: 'One-time code sent' },
  signed: { fr: 'Contrat signé', en: 'Contract signed' },
  declined: { fr: 'Signature refusée', en: 'Signature declined' },
  reminder_sent: { fr: 'Relance envoyée', en: 'Reminder sent' },
  countersignature_requested: { fr: 'Contre-signature demandée', en: 'Countersignature requested' },
  completed: { fr: 'Toutes les signatures recueillies', en: 'All signatures collected' },
  expired: { fr: 'Lien expiré', en: 'Link expired' },
  cancelled: { fr: 'Contrat annulé', en: 'Contract cancelled' },
  archived: { fr: 'Contrat archivé', en: 'Contract archived' },
  link_refused: { fr: 'Lien refusé', en: 'Link refused' },
}

/** Link validity and OTP rules (issue #8). */
export const OTP_VALIDITY_MINUTES = 10
export const OTP_MAX_ATTEMPTS = 5
/** A drawn signature is a small PNG; anything bigger is not a signature. */
export const MAX_SIGNATURE_IMAGE_BYTES = 300 * 1024
