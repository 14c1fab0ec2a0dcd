import type { FilmographyType, FilmPick, FilmSearchResponse } from '@/cinema/filmLookup'

/** The public OMDB API; OMDB_BASE_URL points elsewhere (a test server, a proxy). */
export const DEFAULT_OMDB_BASE_URL = 'https://www.omdbapi.com/'
const TIMEOUT_MS = 8_000

export type OmdbFailure = 'invalidKey' | 'limitReached' | 'unavailable' | 'timeout'

export class OmdbError extends Error {
  constructor(
    readonly reason: OmdbFailure,
    detail: string,
  ) {
    super(`OMDB: ${reason} (${detail})`)
    this.name = 'OmdbError'
  }
}

type OmdbSearchItem = { Title?: string; Year?: string; imdbID?: string; Type?: string; Poster?: string }
type OmdbBody = {
  Response?: 'True' | 'False'
  Error?: string
  Search?: OmdbSearchItem[]
  totalResults?: string
} & OmdbSearchItem & { Director?: string }

const TYPES: Record<string, FilmographyType> = { movie: 'feature', series: 'series', episode: 'series' }

/** "2019–2021" (a series) or "2019" → 2019; "N/A" → undefined. */
function firstYear(value: string | undefined): number | undefined {
  const match = value?.match(/\d{4}/)
  return match ? Number(match[0]) : undefined
}

const known = (value: string | undefined) => (value && value !== 'N/A' ? value : undefined)

function toPick(item: OmdbSearchItem & { Director?: string }): FilmPick {
  return {
    title: item.Title ?? '',
    year: firstYear(item.Year),
    type: TYPES[item.Type ?? ''] ?? 'other',
    imdbId: known(item.imdbID),
    posterUrl: known(item.Poster),
    director: known(item.Director),
  }
}

async function request(params: Record<string, string>, apiKey: string, baseUrl: string): Promise<OmdbBody> {
  const url = new URL(baseUrl)
  for (const [name, value] of Object.entries({ ...params, apikey: apiKey })) url.searchParams.set(name, value)
  let response: Response
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json' } })
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
    throw new OmdbError(timedOut ? 'timeout' : 'unavailable', String(error))
  }
  const body = (await response.json().catch(() => null)) as OmdbBody | null
  // OMDB answers a bad key with 401 and a limit reached with 401 too, told apart by the message.
  if (body?.Error && /limit/i.test(body.Error)) throw new OmdbError('limitReached', body.Error)
  if (response.status === 401 || (body?.Error && /api key/i.test(body.Error))) throw new OmdbError('invalidKey', body?.Error ?? '401')
  if (!response.ok || !body) throw new OmdbError('unavailable', `HTTP ${response.status}`)
  return body
}

/**
 * Film look-up in OMDB (https://www.omdbapi.com): `searchFilms` by title, `filmDetails` by
 * IMDb id (which adds the director). "Not found" is an empty result, not an error.
 */
export function omdbClient({ apiKey, baseUrl = process.env.OMDB_BASE_URL || DEFAULT_OMDB_BASE_URL }: { apiKey: string; baseUrl?: string }) {
  return {
    async searchFilms(title: string, { year }: { year?: number } = {}): Promise<FilmSearchResponse> {
      const body = await request({ s: title, ...(year ? { y: String(year) } : {}) }, apiKey, baseUrl)
      if (body.Response === 'False') {
        if (/not found/i.test(body.Error ?? '')) return { results: [], total: 0 }
        throw new OmdbError('unavailable', body.Error ?? 'Response False')
      }
      const results = (body.Search ?? []).filter((item) => item.Title).map(toPick)
      return { results, total: Number(body.totalResults ?? results.length) }
    },

    async filmDetails(imdbId: string): Promise<FilmPick | null> {
      const body = await request({ i: imdbId, plot: 'short' }, apiKey, baseUrl)
      if (body.Response === 'False') {
        if (/not found|incorrect imdb/i.test(body.Error ?? '')) return null
        throw new OmdbError('unavailable', body.Error ?? 'Response False')
      }
      return toPick(body)
    },
  }
}
