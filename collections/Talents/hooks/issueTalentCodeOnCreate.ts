import { APIError, ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { CodeError } from '@/codes/errors'
import type { Gender } from '@/codes/formats'
import { issueTalentCode } from '@/codes/issueCodes'
import { relationId as idOf } from '@/payload/relationId'

/**
 * Issues the talent's code (PPGNNNNVVV) when the profile is created, inside the same
 * transaction (`req`), so a failed creation gives its number back. A code never changes.
 */
export const issueTalentCodeOnCreate: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update') return { ...data, code: originalDoc?.code }

  const [country, city] = await Promise.all([
    req.payload.findByID({ collection: 'countries', id: idOf(data.country)!, depth: 0, req }),
    req.payload.findByID({ collection: 'cities', id: idOf(data.city)!, depth: 0, req }),
  ])
  if (idOf(city.country) !== country.id) {
    const message = req.i18n?.language === 'en' ? 'This city is not in the chosen country.' : 'Cette ville n’est pas dans le pays choisi.'
    throw new ValidationError({ collection: 'talents', errors: [{ path: 'city', message }] }, req.t)
  }
  try {
    const code = await issueTalentCode(req, { countryIso2: country.iso2, cityCode: city.code, gender: data.gender as Gender })
    return { ...data, code }
  } catch (error) {
    if (error instanceof CodeError) throw new APIError(error.messageIn(req.i18n?.language), 409, undefined, true)
    throw error
  }
}
