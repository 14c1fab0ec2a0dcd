import type { Endpoint } from 'payload'

import { endpointMessages } from '@/reference-data/endpointMessages'
import {
  findPublicCountry,
  listPublicCitiesOfCountry,
  PUBLIC_REFERENCE_CACHE_HEADERS,
} from '@/reference-data/publicReferenceQueries'

const ISO2_PATTERN = /^[A-Za-z]{2}$/

/** GET /api/reference/countries/:iso2/cities — public list of a country's cities, largest first. */
export const listCitiesOfCountry: Endpoint = {
  path: '/reference/countries/:iso2/cities',
  method: 'get',
  handler: async (req) => {
    const messages = endpointMessages(req.i18n?.language)
    const requested = String(req.routeParams?.iso2 ?? '')
    if (!ISO2_PATTERN.test(requested)) {
      return Response.json({ errors: [{ message: messages.malformedCountryCode(requested) }] }, { status: 400 })
    }

    const iso2 = requested.toUpperCase()
    const country = await findPublicCountry(req, iso2)
    if (!country) {
      return Response.json({ errors: [{ message: messages.unknownCountry(iso2) }] }, { status: 404 })
    }

    const cities = await listPublicCitiesOfCountry(req, country)
    const { id, nameFr, nameEn, flag } = country
    return Response.json(
      { country: { id, iso2, nameFr, nameEn, flag }, docs: cities },
      { headers: PUBLIC_REFERENCE_CACHE_HEADERS },
    )
  },
}
