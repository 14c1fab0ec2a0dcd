import type { Endpoint } from 'payload'

import { listCitiesOfCountry } from './listCitiesOfCountry'
import { listCountries } from './listCountries'

/** Public read endpoints for the reference data, mounted at the config root: /api/reference/… */
export const referenceEndpoints: Endpoint[] = [listCountries, listCitiesOfCountry]
