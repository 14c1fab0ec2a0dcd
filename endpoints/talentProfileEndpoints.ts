import type { Endpoint } from 'payload'

/** Public talent profile endpoints (QR codes…). */
export const talentProfileEndpoints: Endpoint[] = []
