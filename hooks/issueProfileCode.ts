import { APIError, ValidationError, type CollectionBeforeChangeHook, type CollectionSlug } from 'payload'

import { CodeError } from '@/codes/errors'
import type { Gender } from '@/codes/formats'
import { relationId as idOf } from '@/payload/relationId'

type ProfileCodeIssuer = (
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  parts: { countryIso2: string; cityCode: string; gender: Gender },
) => Promise<string>

/**
 * Issues a profile's code from its country, city and gender when the profile is created,
 * inside the same transaction (`req`), so a failed creation gives its number back. Talents
 * and cinema talents share this; only the issuer (format and sequence) differs. A code
 * never changes afterwards.
 */
export function issueProfileCodeOnCreate(collection: CollectionSlug, issue: ProfileCodeIssuer): CollectionBeforeChangeHook {
  return async ({ data, operation, originalDoc, req }) => {
    if (operation === 'update') return { ...data, code: originalDoc?.code }

    const [country, city] = await Promise.all([
      req.payload.findByID({ collection: 'countries', id: idOf(data.country)!, depth: 0, req }),
      req.payload.findByID({ collection: 'cities', id: idOf(data.city)!, depth: 0, req }),
    ])
    if (idOf(city.country) !== country.id) {
      const message = req.i18n?.language === 'en' ? 'This city is not in the chosen country.' : 'Cette ville n’est pas dans le pays choisi.'
      throw new ValidationError({ collection, errors: [{ path: 'city', message }] }, req.t)
    }
    try {
      const code = await issue(req, { countryIso2: country.iso2, cityCode: city.code, gender: data.gender as Gender })
      return { ...data, code }
    } catch (error) {
      if (error instanceof CodeError) throw new APIError(error.messageIn(req.i18n?.language), 409, undefined, true)
      throw error
    }
  }
}
