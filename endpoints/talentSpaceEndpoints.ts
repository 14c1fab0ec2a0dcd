import type { Endpoint } from 'payload'

import { deleteOwnAccountEndpoint } from './deleteOwnAccount'
import { replaceOwnFileEndpoint } from './replaceOwnFile'

/** Endpoints of the signed-in talent's own space: file replacement, account deletion. */
export const talentSpaceEndpoints: Endpoint[] = [replaceOwnFileEndpoint, deleteOwnAccountEndpoint]
