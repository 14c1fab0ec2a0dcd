import type { PayloadRequest } from 'payload'

import type { Assignment, CinemaTalent, City, ContractTemplate, Country, Production, Project, Talent, User } from '../../payload-types'
import type { ContractKind } from './constants'
import { ContractError } from './errors'
import { renderContractBody, type RenderedContract } from './render'
import { contractVariableValues, type ContractFacts } from './variables'

type Ref = number | string | { id: number | string } | null | undefined

/** The numeric id of a relationship value: a number, a numeric string (REST bodies) or a populated document. */
export function refId(value: unknown): number | null {
  const raw = value && typeof value === 'object' ? (value as { id: unknown }).id : value
  const id = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null
}

/** What a draft (or the create form's preview) names: the server loads and renders the rest. */
export type ContractDraftInput = {
  template?: Ref
  talent?: Ref
  cinemaTalent?: Ref
  project?: Ref
  assignment?: Ref
  amount?: number | null
  currency?: string | null
  startDate?: string | null
  endDate?: string | null
  reference?: string | null
}

export type LoadedDraft = {
  template: ContractTemplate
  kind: ContractKind
  party: { collection: 'talents' | 'cinema-talents'; profile: Talent | CinemaTalent; name: string; code: string; email: string; ownerId: number | null }
  project: Project | null
  assignment: Assignment | null
  facts: ContractFacts
  rendered: RenderedContract
}

async function findOne<T>(req: PayloadRequest, collection: 'contract-templates' | 'talents' | 'cinema-talents' | 'projects' | 'assignments', id: Ref, depth = 1): Promise<T | null> {
  const value = refId(id)
  if (value === null) return null
  try {
    // Staff-only paths (create, preview, send) load the documents the contract names.
    return (await req.payload.findByID({ collection, id: value, depth, req, overrideAccess: true })) as T
  } catch {
    return null
  }
}

const countryName = (country: Country | number | null | undefined) => (typeof country === 'object' && country ? country.nameFr : '')
const cityName = (city: City | number | null | undefined) => (typeof city === 'object' && city ? city.name : '')

/** Loads the template, the party and the project a draft names, checks they fit, renders the text. */
export async function loadDraft(req: PayloadRequest, input: ContractDraftInput, now = new Date()): Promise<LoadedDraft> {
  const template = await findOne<ContractTemplate>(req, 'contract-templates', input.template, 0)
  if (!template) throw new ContractError('template_required', 400)
  const kind = template.kind as ContractKind

  let partyCollection: 'talents' | 'cinema-talents'
  let profile: Talent | CinemaTalent | null
  if (kind === 'talent') {
    if (refId(input.cinemaTalent)) throw new ContractError('party_kind', 400)
    partyCollection = 'talents'
    profile = await findOne<Talent>(req, 'talents', input.talent)
    if (!profile) throw new ContractError('party_required', 400)
  } else {
    if (refId(input.talent)) throw new ContractError('party_kind', 400)
    partyCollection = 'cinema-talents'
    profile = await findOne<CinemaTalent>(req, 'cinema-talents', input.cinemaTalent)
    if (!profile) throw new ContractError('party_required', 400)
  }

  const assignment = kind === 'cinema' ? await findOne<Assignment>(req, 'assignments', input.assignment, 0) : null
  if (assignment) {
    const sameTalent = refId(assignment.cinemaTalent) === profile.id
    const projectId = refId(input.project)
    if (!sameTalent || (projectId && refId(assignment.project) !== projectId)) throw new ContractError('assignment_mismatch', 400)
  }
  const project = kind === 'cinema' ? await findOne<Project>(req, 'projects', input.project ?? assignment?.project, 1) : null

  if (input.startDate && input.endDate && new Date(input.endDate) < new Date(input.startDate)) throw new ContractError('dates', 400)

  const owner = typeof profile.user === 'object' ? (profile.user as User) : null
  const email = owner?.email ?? ''
  const amount = input.amount ?? assignment?.fee ?? null
  const currency = input.currency || assignment?.currency || template.defaultCurrency || 'XOF'
  const startDate = input.startDate ?? assignment?.startDate ?? null
  const endDate = input.endDate ?? assignment?.endDate ?? null
  const production = project && typeof project.production === 'object' ? (project.production as Production) : null

  const facts: ContractFacts = {
    reference: input.reference ?? null,
    party: { firstName: profile.firstName, lastName: profile.lastName, code: profile.code, email, country: countryName(profile.country as Country), city: cityName(profile.city as City) },
    project: project ? { title: project.title, code: project.code, productionName: production?.name ?? null } : null,
    roleName: assignment?.roleName ?? null,
    amount,
    currency,
    startDate,
    endDate,
    today: now,
  }
  return {
    template,
    kind,
    party: {
      collection: partyCollection,
      profile,
      name: [profile.firstName, profile.lastName].filter(Boolean).join(' '),
      code: profile.code ?? '',
      email,
      ownerId: owner?.id ?? (typeof profile.user === 'number' ? profile.user : null),
    },
    project,
    assignment,
    facts,
    rendered: renderContractBody(template.body as never, contractVariableValues(facts)),
  }
}
