import type { Endpoint } from 'payload'

import { deleteOwnAccountEndpoint } from './deleteOwnAccount'
import { replaceOwnFileEndpoint } from './replaceOwnFile'
import { saveOwnCinemaProfileEndpoint } from './saveOwnCinemaProfile'

/** Endpoints of the signed-in talent's own space: file replacement, account deletion, cinema profile edits. */
export const talentSpaceEndpoints: Endpoint[] = [replaceOwnFileEndpoint, deleteOwnAccountEndpoint, saveOwnCinemaProfileEndpoint]
