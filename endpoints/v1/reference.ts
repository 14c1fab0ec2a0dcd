import { z } from 'zod'

import { ApiError, defineRoute } from '@/api/route'
import * as s from '@/api/schemas'
import { findPublicCountry, listPublicCitiesOfCountry, listPublicCountries } from '@/reference-data/publicReferenceQueries'
import { loadDirectoryReferences } from '@/talents/directoryReferences'
import { memoizeReference } from '@/reference-data/referenceCache'

const list = <T extends z.ZodType>(item: T, id: string) => z.strictObject({ docs: z.array(item) }).meta({ id })

export const countries = defineRoute({
  method: 'get',
  path: '/countries',
  tag: 'reference',
  summary: 'Countries, African ones first',
  access: 'public',
  response: list(s.country, 'CountryList'),
  errors: [401, 429],
  handler: async ({ req }) => ({ docs: (await listPublicCountries(req)).map((country) => ({ ...country, id: Number(country.id) })) }),
})

export const citiesOfCountry = defineRoute({
  method: 'get',
  path: '/countries/{iso2}/cities',
  tag: 'reference',
  summary: 'Cities of a country, largest first',
  access: 'public',
  response: list(s.city, 'CityList'),
  errors: [401, 404, 429],
  handler: async ({ req, params }) => {
    const country = await findPublicCountry(req, params.iso2.toUpperCase())
    if (!country) throw new ApiError(404, 'notFound')
    return { docs: (await listPublicCitiesOfCountry(req, country)).map((city) => ({ ...city, id: Number(city.id) })) }
  },
})

export const categories = defineRoute({
  method: 'get',
  path: '/categories',
  tag: 'reference',
  summary: 'Talent categories',
  access: 'public',
  response: list(s.category, 'CategoryList'),
  errors: [401, 429],
  handler: async ({ req }) => ({ docs: (await loadDirectoryReferences(req.payload)).categories }),
})

export const skills = defineRoute({
  method: 'get',
  path: '/skills',
  tag: 'reference',
  summary: 'Skills',
  access: 'public',
  response: list(s.skill, 'SkillList'),
  errors: [401, 429],
  handler: async ({ req }) => ({ docs: (await loadDirectoryReferences(req.payload)).skills }),
})

export const languages = defineRoute({
  method: 'get',
  path: '/languages',
  tag: 'reference',
  summary: 'Languages, African ones included',
  access: 'public',
  response: list(s.language, 'LanguageList'),
  errors: [401, 429],
  handler: async ({ req }) => ({ docs: (await loadDirectoryReferences(req.payload)).languages }),
})

export const nationalities = defineRoute({
  method: 'get',
  path: '/nationalities',
  tag: 'reference',
  summary: 'Nationalities',
  access: 'public',
  response: list(s.nationality, 'NationalityList'),
  errors: [401, 429],
  handler: async ({ req }) => ({
    docs: await memoizeReference('api-v1:nationalities', async () => {
      const { docs } = await req.payload.find({
        collection: 'nationalities',
        pagination: false,
        depth: 1,
        sort: 'nameFr',
        select: { country: true, nameFr: true, nameEn: true, flag: true },
        populate: { countries: { iso2: true } },
        overrideAccess: false,
        user: req.user,
        req,
      })
      return docs.map((row) => ({
        id: row.id,
        countryIso2: row.country && typeof row.country === 'object' ? row.country.iso2 : null,
        nameFr: row.nameFr,
        nameEn: row.nameEn,
        flag: row.flag ?? null,
      }))
    }),
  }),
})

export const referenceRoutes = [countries, citiesOfCountry, categories, nationalities, languages, skills]
