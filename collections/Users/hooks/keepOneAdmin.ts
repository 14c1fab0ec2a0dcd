import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

import { isAdminUser } from '@/access'

// The platform must never lose its last administrator, by role change or by deletion.

async function isLastAdmin(req: PayloadRequest, id: number | string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { and: [{ roles: { contains: 'admin' } }, { id: { not_equals: id } }] },
    req,
  })
  return totalDocs === 0
}

const lastAdminError = (req: PayloadRequest) =>
  new APIError(req.t('taalentio:lastAdminCannotBeRemoved' as never), 400, undefined, true)

export const refuseLastAdminDemotion: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const demoted = operation === 'update' && Array.isArray(data.roles) && isAdminUser(originalDoc) && !isAdminUser(data)
  if (demoted && (await isLastAdmin(req, originalDoc.id))) throw lastAdminError(req)
  return data
}

export const refuseLastAdminDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({ collection: 'users', id, req, depth: 0 })
  if (isAdminUser(user) && (await isLastAdmin(req, id))) throw lastAdminError(req)
}
