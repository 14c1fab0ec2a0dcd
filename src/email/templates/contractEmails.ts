import { format, type Locale } from '@/i18n'

import { brandedEmail, type RenderedEmail } from './brandedEmail'
import { formatExpiry } from './formatExpiry'

/**
 * Emails of the contract workflow (issue #8): signing link, reminder, one-time code, final
 * signature, and the status changes staff must know about. Texts French first, English for
 * recipients who chose it.
 */
const MESSAGES = {
  fr: {
    greeting: 'Bonjour {name},',
    reason: 'Vous recevez cet e-mail parce qu’un contrat Taalentio vous concerne.',
    staffReason: 'Vous recevez cet e-mail parce que vous suivez ce contrat sur Taalentio.',
    linkSafety: 'Ce lien est personnel : ne le transférez pas. Il ne sert qu’une fois et expire le {expiresAt}.',
    sent: {
      subject: 'Contrat à signer : {title} ({reference})',
      title: 'Un contrat vous attend',
      intro: 'L’équipe Taalentio vous envoie le contrat « {title} » (référence {reference}) à signer électroniquement.',
      steps: 'Lisez-le attentivement, puis signez en ligne : dessin de votre signature ou nom saisi, après vérification de votre identité.',
      action: 'Lire et signer le contrat',
    },
    countersign: {
      subject: 'Contre-signature attendue : {title} ({reference})',
      title: 'À vous de contre-signer',
      intro: '{party} a signé le contrat « {title} » (référence {reference}). Il attend votre contre-signature.',
      steps: 'Un code à usage unique vous sera envoyé par e-mail pour confirmer votre identité.',
      action: 'Contre-signer le contrat',
    },
    reminder: {
      subject: 'Rappel : contrat à signer — {title} ({reference})',
      title: 'Rappel : votre contrat attend votre signature',
      intro: 'Le contrat « {title} » (référence {reference}) n’est pas encore signé.',
      steps: 'Voici un nouveau lien pour le lire et le signer ; les liens reçus précédemment ne fonctionnent plus.',
      action: 'Lire et signer le contrat',
    },
    otp: {
      subject: 'Votre code de signature : {code}',
      title: 'Votre code de signature',
      intro: 'Saisissez ce code sur la page de signature du contrat {reference} pour confirmer votre identité.',
      label: 'Code à usage unique',
      help: 'Valable {minutes} minutes. Si vous n’avez rien demandé, ignorez ce message.',
    },
    signed: {
      subject: 'Contrat signé : {title} ({reference})',
      title: 'Le contrat est signé',
      intro: 'Toutes les signatures du contrat « {title} » (référence {reference}) ont été recueillies le {signedAt}.',
      hash: 'Empreinte SHA-256 du document : {hash}',
      pdf: 'Le PDF final, avec ses signatures et son certificat, est disponible dans votre espace.',
      action: 'Télécharger le PDF signé',
      verify: 'Chacun peut vérifier l’authenticité du contrat sur {url}',
    },
    declined: {
      subject: 'Contrat refusé : {title} ({reference})',
      title: 'Signature refusée',
      intro: '{name} a refusé de signer le contrat « {title} » (référence {reference}).',
      reason: 'Motif indiqué : {reason}',
      noReason: 'Aucun motif n’a été indiqué.',
      action: 'Ouvrir le contrat',
    },
    expired: {
      subject: 'Contrat expiré : {title} ({reference})',
      title: 'Le lien de signature a expiré',
      intro: 'Le contrat « {title} » (référence {reference}) n’a pas été signé avant l’expiration de son lien.',
      action: 'Ouvrir le contrat',
    },
    cancelled: {
      subject: 'Contrat annulé : {title} ({reference})',
      title: 'Le contrat a été annulé',
      intro: 'Le contrat « {title} » (référence {reference}) a été annulé par l’équipe Taalentio. Le lien de signature ne fonctionne plus.',
      action: 'Ouvrir le contrat',
    },
  },
  en: {
    greeting: 'Hello {name},',
    reason: 'You are receiving this email because a Taalentio contract concerns you.',
    staffReason: 'You are receiving this email because you follow this contract on Taalentio.',
    linkSafety: 'This link is personal: do not forward it. It works once and expires on {expiresAt}.',
    sent: {
      subject: 'Contract to sign: {title} ({reference})',
      title: 'A contract is waiting for you',
      intro: 'The Taalentio team sends you the contract “{title}” (reference {reference}) to sign electronically.',
      steps: 'Read it carefully, then sign online: draw your signature or type your name, after an identity check.',
      action: 'Read and sign the contract',
    },
    countersign: {
      subject: 'Countersignature needed: {title} ({reference})',
      title: 'Your turn to countersign',
      intro: '{party} signed the contract “{title}” (reference {reference}). It now waits for your countersignature.',
      steps: 'A one-time code will be emailed to you to confirm your identity.',
      action: 'Countersign the contract',
    },
    reminder: {
      subject: 'Reminder: contract to sign — {title} ({reference})',
      title: 'Reminder: your contract is waiting for your signature',
      intro: 'The contract “{title}” (reference {reference}) is not signed yet.',
      steps: 'Here is a new link to read and sign it; links received before no longer work.',
      action: 'Read and sign the contract',
    },
    otp: {
      subject: 'Your signing code: {code}',
      title: 'Your signing code',
      intro: 'Enter this code on the signing page of contract {reference} to confirm your identity.',
      label: 'One-time code',
      help: 'Valid for {minutes} minutes. If you did not ask for it, ignore this message.',
    },
    signed: {
      subject: 'Contract signed: {title} ({reference})',
      title: 'The contract is signed',
      intro: 'All signatures of the contract “{title}” (reference {reference}) were collected on {signedAt}.',
      hash: 'SHA-256 fingerprint of the document: {hash}',
      pdf: 'The final PDF, with its signatures and certificate, is available in your space.',
      action: 'Download the signed PDF',
      verify: 'Anyone can check the contract’s authenticity at {url}',
    },
    declined: {
      subject: 'Contract declined: {title} ({reference})',
      title: 'Signature declined',
      intro: '{name} declined to sign the contract “{title}” (reference {reference}).',
      reason: 'Reason given: {reason}',
      noReason: 'No reason was given.',
      action: 'Open the contract',
    },
    expired: {
      subject: 'Contract expired: {title} ({reference})',
      title: 'The signing link has expired',
      intro: 'The contract “{title}” (reference {reference}) was not signed before its link expired.',
      action: 'Open the contract',
    },
    cancelled: {
      subject: 'Contract cancelled: {title} ({reference})',
      title: 'The contract has been cancelled',
      intro: 'The contract “{title}” (reference {reference}) was cancelled by the Taalentio team. The signing link no longer works.',
      action: 'Open the contract',
    },
  },
} as const

type ContractRef = { title: string; reference: string }
type Base = { locale: Locale; name: string; contract: ContractRef; siteUrl?: string }

/** The signing link, first sending (talent) or countersignature (staff). */
export function contractSigningEmail(input: Base & { url: string; expiresAt: Date; kind: 'sent' | 'countersign' | 'reminder'; partyName?: string }): RenderedEmail {
  const m = MESSAGES[input.locale]
  const t = m[input.kind]
  const values = { ...input.contract, party: input.partyName ?? '' }
  return brandedEmail({
    locale: input.locale,
    siteUrl: input.siteUrl,
    subject: format(t.subject, values),
    title: t.title,
    preheader: format(t.intro, values),
    paragraphs: [format(m.greeting, { name: input.name }), format(t.intro, values), t.steps],
    action: { label: t.action, url: input.url, intro: format(m.linkSafety, { expiresAt: formatExpiry(input.locale, input.expiresAt) }) },
    reason: input.kind === 'countersign' ? m.staffReason : m.reason,
  })
}

/** The one-time code that confirms a signer's identity. */
export function contractOtpEmail(input: Base & { code: string; minutes: number }): RenderedEmail {
  const m = MESSAGES[input.locale]
  return brandedEmail({
    locale: input.locale,
    siteUrl: input.siteUrl,
    subject: format(m.otp.subject, { code: input.code }),
    title: m.otp.title,
    paragraphs: [format(m.greeting, { name: input.name }), format(m.otp.intro, input.contract)],
    highlight: { label: m.otp.label, value: input.code, help: format(m.otp.help, { minutes: input.minutes }) },
    reason: m.reason,
  })
}

/** To every party once the last signature is in: the PDF link works for a signed-in owner or staff. */
export function contractSignedEmail(input: Base & { signedAt: Date; hash: string; pdfUrl: string; verifyUrl: string; staff: boolean }): RenderedEmail {
  const m = MESSAGES[input.locale]
  const values = { ...input.contract, signedAt: formatExpiry(input.locale, input.signedAt), hash: input.hash, url: input.verifyUrl }
  return brandedEmail({
    locale: input.locale,
    siteUrl: input.siteUrl,
    subject: format(m.signed.subject, values),
    title: m.signed.title,
    paragraphs: [format(m.greeting, { name: input.name }), format(m.signed.intro, values), m.signed.pdf],
    action: { label: m.signed.action, url: input.pdfUrl },
    closingParagraphs: [format(m.signed.hash, values), format(m.signed.verify, values)],
    reason: input.staff ? m.staffReason : m.reason,
  })
}

/** Declined, expired or cancelled: staff (and, when cancelled, the signer who had the link). */
export function contractStatusEmail(input: Base & { status: 'declined' | 'expired' | 'cancelled'; url: string; signerName?: string; declineReason?: string | null; staff: boolean }): RenderedEmail {
  const m = MESSAGES[input.locale]
  const t = m[input.status]
  const values = { ...input.contract, name: input.signerName ?? '' }
  const paragraphs = [format(m.greeting, { name: input.name }), format(t.intro, values)]
  if (input.status === 'declined') {
    const declined = m.declined
    paragraphs.push(input.declineReason?.trim() ? format(declined.reason, { reason: input.declineReason.trim() }) : declined.noReason)
  }
  return brandedEmail({
    locale: input.locale,
    siteUrl: input.siteUrl,
    subject: format(t.subject, values),
    title: t.title,
    paragraphs,
    action: { label: t.action, url: input.url },
    reason: input.staff ? m.staffReason : m.reason,
  })
}
