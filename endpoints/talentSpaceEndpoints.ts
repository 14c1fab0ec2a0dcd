import type { Endpoint } from 'payload'

/** Endpoints of the signed-in talent's own space (account deletion…). */
export const talentSpaceEndpoints: Endpoint[] = []
