import type { PluralForms } from '../index'
import type { Locale } from '../locales'

/**
 * Texts of the CINEMA badges: the PDF itself, the badge endpoints' errors and the admin
 * panel's badge buttons. French is the reference; `en` must have the same keys.
 */
const fr = {
  pdf: {
    brand: 'TAALENTIO',
    module: 'CINÉMA',
    role: 'Rôle',
    project: 'Projet',
    cinemaCode: 'Code cinéma',
    scanHint: 'Scannez pour ouvrir le profil',
    kinds: { cast: 'Distribution', extra: 'Figuration', crew: 'Équipe technique' },
    photoAlt: 'Photo de {name}',
    sheetTitle: 'Badges — {project} ({code})',
    singleTitle: 'Badge — {name} — {project}',
    sheetFooter: '{project} · {code} — planche {page}/{pages} · découpez le long des traits de coupe',
  },
  api: {
    signIn: 'Connectez-vous pour télécharger les badges.',
    forbidden: 'Seuls les administrateurs et l’équipe présence du projet peuvent imprimer les badges.',
    projectNotFound: 'Projet introuvable, ou vous n’êtes pas dans son équipe présence.',
    assignmentNotFound: 'Affectation introuvable, ou elle n’appartient pas à l’un de vos projets.',
    noAssignments: 'Le projet {code} n’a encore aucun talent affecté (hors refus et annulations) : affectez des talents avant d’imprimer les badges.',
    noAssignmentsWithStatus: 'Le projet {code} n’a aucune affectation au statut demandé ({status}) : aucun badge à imprimer.',
    badFormat: 'Format inconnu « {format} » : attendu « sheet » (planche A4) ou « single » (un badge par page).',
    badStatus: 'Statut inconnu « {status} » : attendu {allowed}.',
    missingCode: '{name} n’a pas encore de code cinéma : son badge ne peut pas porter de QR code.',
  },
  admin: {
    title: 'Badges des talents',
    saveFirst: 'Enregistrez le projet pour pouvoir affecter des talents et imprimer leurs badges.',
    loading: 'Comptage des affectations…',
    count: { one: '{count} badge à imprimer', other: '{count} badges à imprimer' } satisfies PluralForms,
    countNote: 'Les affectations refusées ou annulées n’ont pas de badge.',
    none: 'Aucun talent affecté pour l’instant : ajoutez-en dans « Talents affectés » ci-dessous, puis imprimez leurs badges.',
    confirmedOnly: 'Uniquement les affectations confirmées',
    sheet: 'Planche A4 des badges',
    sheetHint: 'PDF A4, 9 badges par page avec traits de coupe',
    single: 'Badges individuels',
    singleHint: 'PDF au format carte 54 × 86 mm, un badge par page',
    countError: 'Impossible de compter les affectations : rechargez la page.',
    assignmentTitle: 'Badge',
    assignmentSaveFirst: 'Enregistrez l’affectation pour télécharger son badge.',
    assignmentDownload: 'Télécharger le badge (PDF)',
    assignmentHint: 'Format carte 54 × 86 mm : photo, rôle, projet et QR code du profil.',
  },
}

export type BadgeMessages = typeof fr

const en: BadgeMessages = {
  pdf: {
    brand: 'TAALENTIO',
    module: 'CINEMA',
    role: 'Role',
    project: 'Project',
    cinemaCode: 'Cinema code',
    scanHint: 'Scan to open the profile',
    kinds: { cast: 'Cast', extra: 'Extra', crew: 'Crew' },
    photoAlt: 'Photo of {name}',
    sheetTitle: 'Badges — {project} ({code})',
    singleTitle: 'Badge — {name} — {project}',
    sheetFooter: '{project} · {code} — sheet {page}/{pages} · cut along the crop marks',
  },
  api: {
    signIn: 'Sign in to download badges.',
    forbidden: 'Only administrators and the project’s attendance staff can print badges.',
    projectNotFound: 'Project not found, or you are not on its attendance staff.',
    assignmentNotFound: 'Assignment not found, or it does not belong to one of your projects.',
    noAssignments: 'Project {code} has no assigned talent yet (declined and cancelled ones aside): assign talents before printing badges.',
    noAssignmentsWithStatus: 'Project {code} has no assignment with the requested status ({status}): no badge to print.',
    badFormat: 'Unknown format “{format}”: expected “sheet” (A4 sheet) or “single” (one badge per page).',
    badStatus: 'Unknown status “{status}”: expected {allowed}.',
    missingCode: '{name} has no cinema code yet: their badge cannot carry a QR code.',
  },
  admin: {
    title: 'Talent badges',
    saveFirst: 'Save the project to assign talents and print their badges.',
    loading: 'Counting assignments…',
    count: { one: '{count} badge to print', other: '{count} badges to print' },
    countNote: 'Declined or cancelled assignments get no badge.',
    none: 'No talent assigned yet: add some under “Assigned talents” below, then print their badges.',
    confirmedOnly: 'Confirmed assignments only',
    sheet: 'A4 sheet of badges',
    sheetHint: 'A4 PDF, 9 badges per page with crop marks',
    single: 'Single badges',
    singleHint: 'Card-size PDF (54 × 86 mm), one badge per page',
    countError: 'Could not count the assignments: reload the page.',
    assignmentTitle: 'Badge',
    assignmentSaveFirst: 'Save the assignment to download its badge.',
    assignmentDownload: 'Download the badge (PDF)',
    assignmentHint: 'Card size 54 × 86 mm: photo, role, project and profile QR code.',
  },
}

export const badgeMessages: Record<Locale, BadgeMessages> = { fr, en }

export function getBadgeMessages(locale: Locale): BadgeMessages {
  return badgeMessages[locale]
}
