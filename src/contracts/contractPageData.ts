import config from '@payload-config'
import { getPayload, type TypedUser, type Where } from 'payload'
import { cache } from 'react'

import { getSignedInUser } from '@/auth/getSignedInUser'
import type { ProjectOption, TemplateOption } from '@/components/contracts/ContractCreateForm'
import type { ContractKind } from '@/components/contracts/contractModel'

/** The contract as the signed-in person may read it (the collection's access rules), or null; once per request. */
export const readContractForPage = cache(async (id: string) => {
  const user = await getSignedInUser()
  if (!user || !/^\d{1,12}$/.test(id)) return { user, doc: null }
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'contracts', where: { id: { equals: Number(id) } }, limit: 1, depth: 1, overrideAccess: false, user })
  return { user, doc: docs[0] ?? null }
})

/**
 * What the contract form offers: the active templates of the kind and, for cinema, the 300 most
 * recent projects. A draft being edited keeps its own template even if it was deactivated since.
 */
export async function loadContractFormOptions(
  user: TypedUser,
  kind: ContractKind,
  keep: { template?: number } = {},
): Promise<{ templates: TemplateOption[]; projects: ProjectOption[] }> {
  const payload = await getPayload({ config })
  const offered: Where = keep.template ? { or: [{ active: { equals: true } }, { id: { equals: keep.template } }] } : { active: { equals: true } }
  const [templates, projects] = await Promise.all([
    payload.find({ collection: 'contract-templates', where: { and: [{ kind: { equals: kind } }, offered] }, sort: 'title', limit: 200, depth: 0, overrideAccess: false, user }),
    kind === 'cinema'
      ? payload.find({ collection: 'projects', sort: '-createdAt', limit: 300, depth: 0, select: { title: true, code: true }, overrideAccess: false, user })
      : null,
  ])
  return {
    templates: templates.docs.map((template) => ({ id: template.id, title: template.title, defaultCurrency: template.defaultCurrency ?? null })),
    projects: (projects?.docs ?? []).map((project) => ({ id: project.id, title: project.title, code: project.code ?? null })),
  }
}
