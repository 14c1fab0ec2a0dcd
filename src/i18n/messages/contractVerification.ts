import type { Locale } from '../locales'

/** Texts of the public contract verification page (/contrats/verifier/[id]). French is the reference. */
const fr = {
  metaTitle: 'Vérification du contrat {reference}',
  notFoundTitle: 'Contrat introuvable',
  eyebrow: 'Vérification de contrat',
  title: 'Contrat {reference}',
  lead: 'Cette page confirme l’authenticité d’un contrat signé sur Taalentio : son empreinte et ses signataires. Le contenu du contrat n’est jamais affiché ici.',
  status: 'Statut',
  statuses: { draft: 'Brouillon', sent: 'En attente de signature', viewed: 'En attente de signature', signed: 'Signé', declined: 'Refusé', expired: 'Expiré', cancelled: 'Annulé', archived: 'Signé et archivé' } as Record<string, string>,
  intact: 'Document intact',
  intactHelp: 'L’empreinte recalculée à partir du contrat enregistré correspond à celle enregistrée lors de la signature finale.',
  altered: 'Document altéré',
  alteredHelp: 'L’empreinte recalculée ne correspond plus à celle enregistrée lors de la signature : le contrat enregistré a été modifié après sa signature. Contactez l’équipe Taalentio.',
  notSigned: 'Pas encore signé',
  notSignedHelp: 'Ce contrat n’a pas reçu toutes ses signatures : il n’a pas encore d’empreinte.',
  signers: 'Signataires',
  roles: { talent: 'Talent', staff: 'Pour Taalentio' } as Record<string, string>,
  signedOn: 'Signé le {date}',
  pending: 'Signature en attente',
  signedAt: 'Signature finale',
  documentHash: 'Empreinte SHA-256 du document signé',
  pdfHash: 'Empreinte SHA-256 du PDF final\u00a0:',
  pdfStored: 'PDF final enregistré\u00a0:',
  pdfStoredOk: 'intact',
  pdfStoredBad: 'altéré ou manquant',
  compare: {
    title: 'Comparer un PDF',
    help: 'Déposez le PDF que vous avez reçu : son empreinte est calculée dans votre navigateur (le fichier n’est pas envoyé) et comparée à celle du PDF final.',
    choose: 'Choisir un PDF',
    drop: 'ou déposez-le ici',
    computing: 'Calcul de l’empreinte…',
    match: 'Ce PDF est identique au PDF final signé.',
    mismatch: 'Ce PDF ne correspond pas au PDF final signé : il a été modifié, ou il s’agit d’un autre document.',
    yourHash: 'Empreinte de votre fichier\u00a0:',
    notPdf: 'Choisissez un fichier PDF.',
    unavailable: 'Ce contrat n’a pas encore de PDF final à comparer.',
  },
}

export type ContractVerificationMessages = typeof fr

const en: ContractVerificationMessages = {
  metaTitle: 'Verification of contract {reference}',
  notFoundTitle: 'Contract not found',
  eyebrow: 'Contract verification',
  title: 'Contract {reference}',
  lead: 'This page confirms the authenticity of a contract signed on Taalentio: its fingerprint and its signers. The contract’s content is never shown here.',
  status: 'Status',
  statuses: { draft: 'Draft', sent: 'Waiting for signature', viewed: 'Waiting for signature', signed: 'Signed', declined: 'Declined', expired: 'Expired', cancelled: 'Cancelled', archived: 'Signed and archived' },
  intact: 'Document intact',
  intactHelp: 'The fingerprint recomputed from the stored contract matches the one recorded at the final signature.',
  altered: 'Document altered',
  alteredHelp: 'The recomputed fingerprint no longer matches the one recorded at signature: the stored contract was changed after it was signed. Contact the Taalentio team.',
  notSigned: 'Not signed yet',
  notSignedHelp: 'This contract does not have all its signatures: it has no fingerprint yet.',
  signers: 'Signers',
  roles: { talent: 'Talent', staff: 'For Taalentio' },
  signedOn: 'Signed on {date}',
  pending: 'Signature pending',
  signedAt: 'Final signature',
  documentHash: 'SHA-256 fingerprint of the signed document',
  pdfHash: 'SHA-256 fingerprint of the final PDF:',
  pdfStored: 'Stored final PDF:',
  pdfStoredOk: 'intact',
  pdfStoredBad: 'altered or missing',
  compare: {
    title: 'Compare a PDF',
    help: 'Drop the PDF you received: its fingerprint is computed in your browser (the file is not uploaded) and compared with the final PDF’s.',
    choose: 'Choose a PDF',
    drop: 'or drop it here',
    computing: 'Computing the fingerprint…',
    match: 'This PDF is identical to the signed final PDF.',
    mismatch: 'This PDF does not match the signed final PDF: it was changed, or it is another document.',
    yourHash: 'Your file’s fingerprint:',
    notPdf: 'Choose a PDF file.',
    unavailable: 'This contract has no final PDF to compare yet.',
  },
}

export function getContractVerificationMessages(locale: Locale): ContractVerificationMessages {
  return locale === 'en' ? en : fr
}
