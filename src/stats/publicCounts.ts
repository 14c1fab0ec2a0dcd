import type { Payload } from 'payload'

export type PublicCounts = {
  talents: number
  countries: number
  cities: number
}

/**
 * The live figures shown on the home page. Counting is not an action on behalf of the
 * visitor and reveals no profile, so it runs with access control overridden.
 */
export async function getPublicCounts(payload: Payload): Promise<PublicCounts> {
  const [talents, countries, cities] = await Promise.all([
    payload.count({ collection: 'users', where: { roles: { contains: 'talent' } }, overrideAccess: true }),
    payload.count({ collection: 'countries', overrideAccess: true }),
    payload.count({ collection: 'cities', overrideAccess: true }),
  ])
  return { talents: talents.totalDocs, countries: countries.totalDocs, cities: cities.totalDocs }
}
