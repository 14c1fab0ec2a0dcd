import type { Country } from 'world-countries'

declare const countries: Country[]
export default countries
