import type { AirportSource } from './airportCodes'

declare const airports: AirportSource[]
export default airports
