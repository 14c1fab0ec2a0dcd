import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { CodeError } from '@/codes/errors'
import type { ProjectType } from '@/codes/formats'
import { issueProjectCode } from '@/codes/issueCodes'
import { relationId as idOf } from '@/payload/relationId'

/**
 * Issues the project code CCIIISSSNNN from its production (country and company code) and type
 * when the project is created, in the same transaction. Production and type are part of the
 * code, so they never change afterwards.
 */
export const issueProjectCodeOnCreate: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update') {
    return { ...data, code: originalDoc?.code, production: originalDoc?.production, type: originalDoc?.type }
  }
  const production = await req.payload.findByID({ collection: 'productions', id: idOf(data.production)!, depth: 1, req })
  const country = production.country
  if (!country || typeof country !== 'object') throw new APIError('Production without a country', 400)
  try {
    const code = await issueProjectCode(req, {
      productionId: production.id,
      countryIso2: country.iso2,
      companyCode: production.code,
      projectType: data.type as ProjectType,
    })
    return { ...data, code }
  } catch (error) {
    if (error instanceof CodeError) throw new APIError(error.messageIn(req.i18n?.language), 409, undefined, true)
    throw error
  }
}
