import type { Locale } from '@/i18n/locales'

/** The `{{variables}}` a contract template may use, with what each one becomes. */
export const CONTRACT_VARIABLES = [
  { name: 'talent.nom', description: { fr: 'Nom de famille du talent', en: 'Talent’s last name' } },
  { name: 'talent.prenom', description: { fr: 'Prénom du talent', en: 'Talent’s first name' } },
  { name: 'talent.nom_complet', description: { fr: 'Prénom et nom du talent', en: 'Talent’s full name' } },
  { name: 'talent.code', description: { fr: 'Code unique du talent', en: 'Talent’s unique code' } },
  { name: 'talent.email', description: { fr: 'Adresse e-mail du talent', en: 'Talent’s email address' } },
  { name: 'talent.pays', description: { fr: 'Pays de résidence', en: 'Country of residence' } },
  { name: 'talent.ville', description: { fr: 'Ville de résidence', en: 'City of residence' } },
  { name: 'projet.titre', description: { fr: 'Titre du projet (cinéma)', en: 'Project title (cinema)' } },
  { name: 'projet.code', description: { fr: 'Code du projet (cinéma)', en: 'Project code (cinema)' } },
  { name: 'production.nom', description: { fr: 'Société de production', en: 'Production company' } },
  { name: 'role', description: { fr: 'Rôle ou poste de l’affectation', en: 'Role or position of the assignment' } },
  { name: 'cachet', description: { fr: 'Montant formaté avec sa devise (ex. 150 000 F CFA)', en: 'Amount formatted with its currency' } },
  { name: 'devise', description: { fr: 'Code de la devise (ex. XOF)', en: 'Currency code (e.g. XOF)' } },
  { name: 'date_debut', description: { fr: 'Date de début (ex. 1 décembre 2026)', en: 'Start date' } },
  { name: 'date_fin', description: { fr: 'Date de fin', en: 'End date' } },
  { name: 'date_du_jour', description: { fr: 'Date du jour de la rédaction', en: 'Date of writing' } },
  { name: 'contrat.reference', description: { fr: 'Référence du contrat (CTR-AAAA-NNNNNN)', en: 'Contract reference' } },
] as const

export type ContractVariableName = (typeof CONTRACT_VARIABLES)[number]['name']
export type ContractVariableValues = Record<ContractVariableName, string>

export const CONTRACT_VARIABLE_NAMES: readonly string[] = CONTRACT_VARIABLES.map((variable) => variable.name)

/** The variables list in one language, as GET /api/contracts/variables answers. */
export function contractVariablesFor(locale: Locale): { name: string; token: string; description: string }[] {
  return CONTRACT_VARIABLES.map((variable) => ({ name: variable.name, token: `{{${variable.name}}}`, description: variable.description[locale] }))
}

/** What the values are built from: plain data, loaded by src/contracts/renderContext.ts. */
export type ContractFacts = {
  reference?: string | null
  party?: { firstName?: string | null; lastName?: string | null; code?: string | null; email?: string | null; country?: string | null; city?: string | null } | null
  project?: { title?: string | null; code?: string | null; productionName?: string | null } | null
  roleName?: string | null
  amount?: number | null
  currency?: string | null
  startDate?: string | null
  endDate?: string | null
  today: Date
}

/** French typography uses a narrow no-break space (U+202F) that the PDF's standard fonts lack: a no-break space reads the same. */
const plainSpaces = (text: string) => text.replace(/\u202f/g, '\u00a0')

export function formatContractAmount(amount: number | null | undefined, currency: string | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return ''
  if (!currency) return plainSpaces(new Intl.NumberFormat('fr-FR').format(amount))
  return plainSpaces(new Intl.NumberFormat('fr-FR', { style: 'currency', currency, maximumFractionDigits: Number.isInteger(amount) ? 0 : 2 }).format(amount))
}

/** A date as a French sentence says it: « 1 décembre 2026 ». Dates are stored as UTC days. */
export function formatContractDate(value: string | Date | null | undefined): string {
  if (!value) return ''
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)
}

export function contractVariableValues(facts: ContractFacts): ContractVariableValues {
  const party = facts.party ?? {}
  const fullName = [party.firstName, party.lastName].filter(Boolean).join(' ')
  return {
    'talent.nom': party.lastName ?? '',
    'talent.prenom': party.firstName ?? '',
    'talent.nom_complet': fullName,
    'talent.code': party.code ?? '',
    'talent.email': party.email ?? '',
    'talent.pays': party.country ?? '',
    'talent.ville': party.city ?? '',
    'projet.titre': facts.project?.title ?? '',
    'projet.code': facts.project?.code ?? '',
    'production.nom': facts.project?.productionName ?? '',
    role: facts.roleName ?? '',
    cachet: formatContractAmount(facts.amount, facts.currency),
    devise: facts.currency ?? '',
    date_debut: formatContractDate(facts.startDate),
    date_fin: formatContractDate(facts.endDate),
    date_du_jour: formatContractDate(facts.today),
    'contrat.reference': facts.reference ?? '',
  }
}
