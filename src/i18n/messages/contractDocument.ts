import type { Locale } from '../locales'

/** Texts of the contract PDF and its certificate page. French is the reference. */
const fr = {
  brand: 'TAALENTIO',
  contract: 'Contrat {reference}',
  draft: 'PROJET',
  draftNotice: 'Projet non signé — document de travail sans valeur contractuelle.',
  party: 'Partie',
  amount: 'Montant',
  period: 'Période',
  periodValue: 'du {start} au {end}',
  signatures: 'Signatures',
  roles: { talent: 'Talent', staff: 'Pour Taalentio' },
  signedOn: 'Signé le {date}',
  notSigned: 'Signature en attente',
  typedSignature: 'Signature (nom saisi)',
  page: 'Page {page} / {pages}',
  certificate: {
    title: 'Certificat de signature électronique',
    intro: 'Ce certificat accompagne le contrat {reference}. Il atteste des signatures recueillies et de l’empreinte du document signé.',
    status: 'Statut',
    signedAt: 'Signature finale',
    hash: 'Empreinte SHA-256 du document signé',
    hashHelp: 'Calculée sur le texte du contrat, la partie, les montants, les dates et les signatures, au moment de la signature finale.',
    signers: 'Signataires',
    columns: { name: 'Nom', role: 'Rôle', signedAt: 'Signé le', method: 'Méthode', identity: 'Identité', ip: 'Adresse IP' },
    methods: { drawn: 'Dessinée', typed: 'Nom saisi' },
    identities: { code: 'Code du talent', otp: 'Code par e-mail' },
    events: 'Piste d’audit',
    eventColumns: { at: 'Date (UTC)', event: 'Événement', actor: 'Par', ip: 'IP', userAgent: 'Navigateur' },
    verify: 'Vérifier ce contrat',
    verifyHelp: 'Scannez le QR code ou ouvrez l’adresse ci-dessous : la page confirme l’empreinte et les signataires, sans montrer le contenu.',
  },
}

export type ContractDocumentMessages = typeof fr

const en: ContractDocumentMessages = {
  brand: 'TAALENTIO',
  contract: 'Contract {reference}',
  draft: 'DRAFT',
  draftNotice: 'Unsigned draft — working document with no contractual value.',
  party: 'Party',
  amount: 'Amount',
  period: 'Period',
  periodValue: 'from {start} to {end}',
  signatures: 'Signatures',
  roles: { talent: 'Talent', staff: 'For Taalentio' },
  signedOn: 'Signed on {date}',
  notSigned: 'Signature pending',
  typedSignature: 'Signature (typed name)',
  page: 'Page {page} / {pages}',
  certificate: {
    title: 'Electronic signature certificate',
    intro: 'This certificate comes with contract {reference}. It records the signatures collected and the fingerprint of the signed document.',
    status: 'Status',
    signedAt: 'Final signature',
    hash: 'SHA-256 fingerprint of the signed document',
    hashHelp: 'Computed over the contract text, the party, amounts, dates and signatures when the last signature was made.',
    signers: 'Signers',
    columns: { name: 'Name', role: 'Role', signedAt: 'Signed on', method: 'Method', identity: 'Identity', ip: 'IP address' },
    methods: { drawn: 'Drawn', typed: 'Typed name' },
    identities: { code: 'Talent code', otp: 'Emailed code' },
    events: 'Audit trail',
    eventColumns: { at: 'Date (UTC)', event: 'Event', actor: 'By', ip: 'IP', userAgent: 'User agent' },
    verify: 'Verify this contract',
    verifyHelp: 'Scan the QR code or open the address below: the page confirms the fingerprint and the signers without showing the content.',
  },
}

export function getContractDocumentMessages(locale: Locale): ContractDocumentMessages {
  return locale === 'en' ? en : fr
}
