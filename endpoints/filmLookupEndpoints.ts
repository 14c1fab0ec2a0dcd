import type { Endpoint, PayloadRequest } from 'payload'

import { clientIp } from '@/auth/clientIp'
import { toLocale } from '@/i18n/locales'
import { logActivity } from '@/logs'
import { FILM_LOOKUP_MESSAGES } from '@/omdb/filmLookupMessages'
import { OmdbError, omdbClient } from '@/omdb/omdbClient'
import { createRateLimiter } from '@/security/rateLimit'
import { integrationKey } from '@/settings/integrationKeys'

const IMDB_ID = /^tt\d{5,10}$/
// Each search spends the platform's OMDB quota: a visitor gets a fair share, not all of it.
const searchLimit = createRateLimiter({ name: 'film-lookup', max: Number(process.env.FILM_LOOKUP_PER_MINUTE ?? 30), windowMs: 60_000 })

const messagesFor = (req: PayloadRequest) => FILM_LOOKUP_MESSAGES[toLocale(req.i18n?.language)]
const error = (status: number, message: string, code: string) => Response.json({ error: { code, message } }, { status })

/** Runs a look-up with the configured key, turning every refusal into a clear, localized answer. */
async function withOmdb(req: PayloadRequest, lookUp: (client: ReturnType<typeof omdbClient>) => Promise<Response>): Promise<Response> {
  const messages = messagesFor(req)
  const apiKey = await integrationKey(req.payload, 'omdbApiKey')
  if (!apiKey) return error(503, messages.notConfigured, 'OMDB_NOT_CONFIGURED')
  const limit = await searchLimit.hit(clientIp(req.headers))
  if (!limit.allowed) return error(429, messages.tooManyRequests, 'TOO_MANY_REQUESTS')
  try {
    return await lookUp(omdbClient({ apiKey }))
  } catch (caught) {
    if (!(caught instanceof OmdbError)) throw caught
    await logActivity(req, {
      action: 'film_lookup.failed',
      severity: caught.reason === 'invalidKey' || caught.reason === 'limitReached' ? 'critical' : 'warning',
      message: `Recherche de film OMDB en échec (${caught.reason}).`,
      // The key travels in OMDB's URL: never let it reach the journal.
      metadata: { reason: caught.reason, detail: caught.message.replace(/apikey=[^&\s]+/gi, 'apikey=…').slice(0, 300) },
    })
    return error(caught.reason === 'timeout' ? 504 : 502, messages.failure[caught.reason], `OMDB_${caught.reason.toUpperCase()}`)
  }
}

/** GET /api/cinema/films/status — whether the form should offer the look-up. */
const filmLookupStatus: Endpoint = {
  path: '/cinema/films/status',
  method: 'get',
  handler: async (req) => Response.json({ enabled: Boolean(await integrationKey(req.payload, 'omdbApiKey')) }),
}

/** GET /api/cinema/films?q=title[&year=2019] — films and series matching a title. */
const searchFilms: Endpoint = {
  path: '/cinema/films',
  method: 'get',
  handler: async (req) => {
    const query = String(req.searchParams.get('q') ?? '').trim().slice(0, 120)
    if (query.length < 2) return error(400, messagesFor(req).queryTooShort, 'QUERY_TOO_SHORT')
    const year = Number(req.searchParams.get('year')) || undefined
    return withOmdb(req, async (client) => Response.json(await client.searchFilms(query, { year })))
  },
}

/** GET /api/cinema/films/:imdbId — one film with its director, to fill a filmography row. */
const filmDetails: Endpoint = {
  path: '/cinema/films/:imdbId',
  method: 'get',
  handler: async (req) => {
    const imdbId = String(req.routeParams?.imdbId ?? '')
    if (!IMDB_ID.test(imdbId)) return error(400, messagesFor(req).invalidId, 'INVALID_IMDB_ID')
    return withOmdb(req, async (client) => {
      const film = await client.filmDetails(imdbId)
      return film ? Response.json(film) : error(404, messagesFor(req).notFound, 'NOT_FOUND')
    })
  },
}

export const filmLookupEndpoints: Endpoint[] = [filmLookupStatus, searchFilms, filmDetails]
