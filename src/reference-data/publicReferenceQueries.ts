import type { PayloadRequest } from 'payload'

import { memoizeReference } from './referenceCache'

export type PublicCountry = {
  id: number | string
  iso2: string
  nameFr: string
  nameEn: string
  flag: string | null
  phonePrefix: string | null
  isAfrican: boolean
}

export type PublicCity = {
  id: number | string
  name: string
  code: string
  population: number | null
  isCapital: boolean
  latitude: number | null
  longitude: number | null
}

/** The answer stays public and small: these headers let browsers and CDNs keep it an hour. */
export const PUBLIC_REFERENCE_CACHE_HEADERS = {
  'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
}

/** All countries, African ones first (the stored sortOrder), memoized in this process. */
export function listPublicCountries(req: PayloadRequest): Promise<PublicCountry[]> {
  return memoizeReference('countries', async () => {
    const { docs } = await req.payload.find({
      collection: 'countries',
      sort: 'sortOrder',
      pagination: false,
      depth: 0,
      select: { iso2: true, nameFr: true, nameEn: true, flag: true, phonePrefix: true, isAfrican: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return docs.map((country) => ({
      id: country.id,
      iso2: country.iso2,
      nameFr: country.nameFr,
      nameEn: country.nameEn,
      flag: country.flag ?? null,
      phonePrefix: country.phonePrefix ?? null,
      isAfrican: Boolean(country.isAfrican),
    }))
  })
}

export async function findPublicCountry(req: PayloadRequest, iso2: string): Promise<PublicCountry | undefined> {
  const countries = await listPublicCountries(req)
  return countries.find((country) => country.iso2 === iso2)
}

/** Cities of one country, largest first; filtered on the indexed country foreign key. */
export function listPublicCitiesOfCountry(req: PayloadRequest, country: PublicCountry): Promise<PublicCity[]> {
  return memoizeReference(`cities:${country.iso2}`, async () => {
    const { docs } = await req.payload.find({
      collection: 'cities',
      where: { country: { equals: country.id } },
      sort: ['-population', 'name'],
      pagination: false,
      depth: 0,
      select: { name: true, code: true, population: true, isCapital: true, latitude: true, longitude: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return docs.map((city) => ({
      id: city.id,
      name: city.name,
      code: city.code,
      population: city.population ?? null,
      isCapital: Boolean(city.isCapital),
      latitude: city.latitude ?? null,
      longitude: city.longitude ?? null,
    }))
  })
}
