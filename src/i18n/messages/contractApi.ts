import type { Locale } from '../locales'

/**
 * Errors of the contract endpoints (/api/contracts/*, /api/contract-signing/*), answered as
 * `{ error: { code, message } }`. French is the reference; `en` must have the same keys.
 */
const fr = {
  sign_in: 'Connectez-vous pour accéder aux contrats.',
  forbidden: 'Seule l’équipe Taalentio (administrateurs) gère les contrats.',
  not_found: 'Contrat introuvable.',
  invalid_body: 'Requête invalide : {details}',
  template_required: 'Choisissez un modèle de contrat existant.',
  party_required: 'Choisissez le talent concerné par le contrat.',
  party_kind: 'Le talent choisi ne correspond pas au type du modèle (talent ou cinéma).',
  assignment_mismatch: 'L’affectation choisie ne concerne pas ce talent cinéma ou ce projet.',
  dates: 'La date de fin précède la date de début.',
  no_email: 'Le compte du talent n’a pas d’adresse e-mail : impossible de lui envoyer le contrat.',
  contract_frozen: 'Ce contrat a été envoyé : son contenu est figé et ne peut plus être modifié.',
  contract_not_draft: 'Seul un brouillon peut être supprimé : annulez ou archivez ce contrat.',
  bad_status: 'Action impossible : le contrat est « {status} ».',
  template_inactive: 'Ce modèle est désactivé : choisissez un modèle actif.',
  no_pdf: 'Ce contrat n’a pas encore de PDF final.',
  link_invalid: 'Ce lien de signature n’existe pas ou n’est plus valable.',
  link_expired: 'Ce lien de signature a expiré. Demandez un nouveau lien à l’équipe Taalentio.',
  link_used: 'Ce lien de signature a déjà servi : le contrat a été signé ou refusé.',
  consent_required: 'Cochez la case de consentement pour signer.',
  identity_failed: 'Le code saisi est incorrect.',
  otp_required: 'Demandez un code à usage unique par e-mail, puis saisissez-le.',
  otp_expired: 'Ce code a expiré : demandez-en un nouveau.',
  otp_wait: 'Un code vient de vous être envoyé : attendez une minute avant d’en demander un autre.',
  otp_locked: 'Trop d’essais : ce lien est bloqué. Demandez un nouveau lien à l’équipe Taalentio.',
  signature_invalid: 'Signature invalide : dessinez votre signature ou saisissez votre nom complet.',
  not_your_turn: 'Ce contrat attend d’abord la signature d’une autre personne.',
  server_error: 'Une erreur est survenue. Réessayez dans un instant.',
}

export type ContractApiMessages = typeof fr
export type ContractErrorCode = keyof ContractApiMessages

const en: ContractApiMessages = {
  sign_in: 'Sign in to access contracts.',
  forbidden: 'Only Taalentio staff (administrators) manage contracts.',
  not_found: 'Contract not found.',
  invalid_body: 'Invalid request: {details}',
  template_required: 'Choose an existing contract template.',
  party_required: 'Choose the talent the contract is for.',
  party_kind: 'The chosen talent does not match the template’s kind (talent or cinema).',
  assignment_mismatch: 'The chosen assignment is not this cinema talent’s or this project’s.',
  dates: 'The end date is before the start date.',
  no_email: 'The talent’s account has no email address: the contract cannot be sent.',
  contract_frozen: 'This contract has been sent: its content is frozen and can no longer be edited.',
  contract_not_draft: 'Only a draft can be deleted: cancel or archive this contract.',
  bad_status: 'Not possible: the contract is “{status}”.',
  template_inactive: 'This template is disabled: choose an active template.',
  no_pdf: 'This contract has no final PDF yet.',
  link_invalid: 'This signing link does not exist or is no longer valid.',
  link_expired: 'This signing link has expired. Ask the Taalentio team for a new link.',
  link_used: 'This signing link has already been used: the contract was signed or declined.',
  consent_required: 'Tick the consent box to sign.',
  identity_failed: 'The code entered is incorrect.',
  otp_required: 'Ask for a one-time code by email, then enter it.',
  otp_expired: 'This code has expired: ask for a new one.',
  otp_wait: 'A code was just sent to you: wait a minute before asking for another one.',
  otp_locked: 'Too many attempts: this link is locked. Ask the Taalentio team for a new link.',
  signature_invalid: 'Invalid signature: draw your signature or type your full name.',
  not_your_turn: 'This contract first waits for someone else’s signature.',
  server_error: 'Something went wrong. Please try again in a moment.',
}

export function getContractApiMessages(locale: Locale): ContractApiMessages {
  return locale === 'en' ? en : fr
}
