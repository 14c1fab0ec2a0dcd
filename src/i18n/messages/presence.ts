import type { Locale } from '../locales'

/**
 * Texts of the presence API (errors and scan messages) and of the attendance Excel export.
 * The scanner page has its own file (presencePage.ts). French is the reference; `en` has the
 * same keys. Placeholders are filled with `format()` from `@/i18n`.
 */
const fr = {
  api: {
    signIn: 'Connectez-vous pour enregistrer les présences.',
    forbidden: 'Les présences sont réservées aux administrateurs et à l’équipe présence des projets.',
    projectForbidden: 'Projet introuvable, ou vous n’êtes pas dans son équipe présence.',
    badRequest: 'Requête illisible : {detail}',
    invalidCode: 'Code illisible « {code} » : attendu un code cinéma (ex. CIABJ00001F), un code talent (ex. CIF0001ABJ) ou l’adresse imprimée sur un badge.',
    unknownCode: 'Aucun talent ne porte le code {code}.',
    notAssigned: '{name} n’est pas affecté·e au projet {project} : présence refusée.',
    notAssignedCanForce: '{name} n’est pas affecté·e au projet {project}. En tant qu’administrateur, vous pouvez forcer son arrivée.',
    tooMany: 'Trop de scans en une fois ({count}) : {max} au maximum par envoi.',
    badRange: 'Période invalide : dates attendues au format AAAA-MM-JJ, « du » avant « au », {max} jours au plus.',
    personRequired: 'Une présence doit désigner un talent (profil cinéma ou profil principal).',
    departureBeforeArrival: 'Le départ ne peut pas précéder l’arrivée.',
  },
  export: {
    rowsSheet: 'Présences',
    totalsSheet: 'Totaux par jour',
    title: 'Présences — {project} ({code}) — du {from} au {to}',
    date: 'Date',
    code: 'Code',
    talent: 'Talent',
    role: 'Rôle',
    arrival: 'Arrivée',
    departure: 'Départ',
    duration: 'Durée (h:mm)',
    minutes: 'Durée (min)',
    method: 'Méthode',
    forced: 'Forcée',
    recordedBy: 'Enregistrée par',
    notes: 'Notes',
    yes: 'oui',
    no: 'non',
    noDeparture: 'sortie non enregistrée',
    total: 'Total',
    attendances: 'Présences',
    methods: { camera: 'Caméra', manual: 'Saisie du code', bulk: 'En groupe' },
  },
  admin: {
    inProgress: 'en cours',
    noDeparture: 'sortie non enregistrée',
  },
}

export type PresenceMessages = typeof fr

const en: PresenceMessages = {
  api: {
    signIn: 'Sign in to record attendance.',
    forbidden: 'Attendance is for administrators and the projects’ attendance staff.',
    projectForbidden: 'Project not found, or you are not on its attendance staff.',
    badRequest: 'Unreadable request: {detail}',
    invalidCode: 'Unreadable code “{code}”: expected a cinema code (e.g. CIABJ00001F), a talent code (e.g. CIF0001ABJ) or the address printed on a badge.',
    unknownCode: 'No talent has the code {code}.',
    notAssigned: '{name} is not assigned to project {project}: attendance refused.',
    notAssignedCanForce: '{name} is not assigned to project {project}. As an administrator, you may force their arrival.',
    tooMany: 'Too many scans at once ({count}): {max} at most per request.',
    badRange: 'Invalid period: dates expected as YYYY-MM-DD, “from” before “to”, {max} days at most.',
    personRequired: 'An attendance must name a talent (cinema profile or main profile).',
    departureBeforeArrival: 'The departure cannot be before the arrival.',
  },
  export: {
    rowsSheet: 'Attendance',
    totalsSheet: 'Daily totals',
    title: 'Attendance — {project} ({code}) — {from} to {to}',
    date: 'Date',
    code: 'Code',
    talent: 'Talent',
    role: 'Role',
    arrival: 'Arrival',
    departure: 'Departure',
    duration: 'Duration (h:mm)',
    minutes: 'Duration (min)',
    method: 'Method',
    forced: 'Forced',
    recordedBy: 'Recorded by',
    notes: 'Notes',
    yes: 'yes',
    no: 'no',
    noDeparture: 'departure not recorded',
    total: 'Total',
    attendances: 'Attendances',
    methods: { camera: 'Camera', manual: 'Typed code', bulk: 'Bulk' },
  },
  admin: {
    inProgress: 'in progress',
    noDeparture: 'departure not recorded',
  },
}

export const presenceMessages: Record<Locale, PresenceMessages> = { fr, en }

export function getPresenceMessages(locale: Locale): PresenceMessages {
  return presenceMessages[locale]
}
