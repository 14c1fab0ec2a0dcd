import type { Endpoint } from 'payload'

import { listPublicCountries, PUBLIC_REFERENCE_CACHE_HEADERS } from '@/reference-data/publicReferenceQueries'

/** GET /api/reference/countries — public list for country pickers, African countries first. */
export const listCountries: Endpoint = {
  path: '/reference/countries',
  method: 'get',
  handler: async (req) => {
    const countries = await listPublicCountries(req)
    return Response.json({ docs: countries }, { headers: PUBLIC_REFERENCE_CACHE_HEADERS })
  },
}
