import { sql } from '@payloadcms/db-postgres'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createLocalReq, type Endpoint, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { filmLookupEndpoints } from '../../endpoints/filmLookupEndpoints'
import { getTestPayload } from '../helpers/payload'

/**
 * A local stand-in for https://www.omdbapi.com: it records each request and answers as OMDB
 * does (JSON with Response "True"/"False", 401 for a refused key).
 */
type Answer = { status: number; body: unknown }
const seen: URL[] = []
let answer: (url: URL) => Answer = () => ({ status: 200, body: { Response: 'False', Error: 'Movie not found!' } })
let server: Server
let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://omdb.test')
    seen.push(url)
    const { status, body } = answer(url)
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    response.end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.OMDB_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  process.env.OMDB_API_KEY = 'test-key-123'
})

afterEach(() => {
  seen.length = 0
  process.env.OMDB_API_KEY = 'test-key-123'
})

afterAll(async () => {
  delete process.env.OMDB_BASE_URL
  delete process.env.OMDB_API_KEY
  await payload.updateGlobal({ slug: 'integrations', data: { omdbApiKey: '' } })
  await new Promise((resolve) => server.close(resolve))
})

const endpoint = (path: string) => filmLookupEndpoints.find((candidate) => candidate.path === path) as Endpoint

let callCount = 0
async function call(path: string, { query = '', params = {}, language = 'fr' }: { query?: string; params?: Record<string, string>; language?: string } = {}) {
  const req = await createLocalReq({ urlSuffix: `/api${path}${query}`, req: { headers: new Headers({ 'x-forwarded-for': `10.9.0.${++callCount % 250}` }) } }, payload)
  Object.assign(req, { searchParams: new URLSearchParams(query) })
  req.routeParams = params
  req.i18n.language = language as never
  const response = await endpoint(path).handler(req)
  return { status: response.status, body: await response.json() }
}

const FOUND = {
  Search: [
    { Title: 'Atlantique', Year: '2019', imdbID: 'tt10199590', Type: 'movie', Poster: 'https://img.test/atlantique.jpg' },
    { Title: 'Atlantique, la série', Year: '2021–2023', imdbID: 'tt20000001', Type: 'series', Poster: 'N/A' },
  ],
  totalResults: '2',
  Response: 'True',
}

describe('film look-up through OMDB', () => {
  it('searches by title with the configured key and maps OMDB results to filmography rows', async () => {
    answer = () => ({ status: 200, body: FOUND })
    const { status, body } = await call('/cinema/films', { query: '?q=Atlantique&year=2019' })
    expect(status).toBe(200)
    expect(seen).toHaveLength(1)
    expect(Object.fromEntries(seen[0].searchParams)).toEqual({ s: 'Atlantique', y: '2019', apikey: 'test-key-123' })
    expect(body).toEqual({
      total: 2,
      results: [
        { title: 'Atlantique', year: 2019, type: 'feature', imdbId: 'tt10199590', posterUrl: 'https://img.test/atlantique.jpg' },
        { title: 'Atlantique, la série', year: 2021, type: 'series', imdbId: 'tt20000001' },
      ],
    })
  })

  it('fetches one film’s details (with the director) by IMDb id', async () => {
    answer = (url) => ({
      status: 200,
      body: { Title: 'Atlantique', Year: '2019', imdbID: url.searchParams.get('i'), Type: 'movie', Director: 'Mati Diop', Poster: 'N/A', Response: 'True' },
    })
    const { status, body } = await call('/cinema/films/:imdbId', { params: { imdbId: 'tt10199590' } })
    expect(status).toBe(200)
    expect(seen[0].searchParams.get('i')).toBe('tt10199590')
    expect(body).toEqual({ title: 'Atlantique', year: 2019, type: 'feature', imdbId: 'tt10199590', director: 'Mati Diop' })
  })

  it('treats "not found" as no result, not as an error', async () => {
    answer = () => ({ status: 200, body: { Response: 'False', Error: 'Movie not found!' } })
    const { status, body } = await call('/cinema/films', { query: '?q=zzzzzz' })
    expect(status).toBe(200)
    expect(body).toEqual({ results: [], total: 0 })
  })

  it('explains a key OMDB refuses, in French and in English', async () => {
    answer = () => ({ status: 401, body: { Response: 'False', Error: 'Invalid API key!' } })
    const french = await call('/cinema/films', { query: '?q=Atlantique' })
    expect(french.status).toBe(502)
    expect(french.body.error.code).toBe('OMDB_INVALIDKEY')
    expect(french.body.error.message).toMatch(/clé API est refusée par OMDB/)
    const english = await call('/cinema/films', { query: '?q=Atlantique', language: 'en' })
    expect(english.body.error.message).toMatch(/OMDB refused the API key/)
  })

  it('explains a server error from OMDB and refuses bad input without calling it', async () => {
    answer = () => ({ status: 500, body: { error: 'boom' } })
    const failed = await call('/cinema/films', { query: '?q=Atlantique' })
    expect(failed.status).toBe(502)
    expect(failed.body.error.message).toMatch(/OMDB ne répond pas correctement/)

    seen.length = 0
    expect((await call('/cinema/films', { query: '?q=a' })).status).toBe(400)
    expect((await call('/cinema/films/:imdbId', { params: { imdbId: 'DROP TABLE' } })).status).toBe(400)
    expect(seen).toHaveLength(0)
  })

  it('stays manual without a key: status says disabled and search answers 503 without calling OMDB', async () => {
    delete process.env.OMDB_API_KEY
    await payload.updateGlobal({ slug: 'integrations', data: { omdbApiKey: '' } })
    expect((await call('/cinema/films/status')).body).toEqual({ enabled: false })
    const { status, body } = await call('/cinema/films', { query: '?q=Atlantique' })
    expect(status).toBe(503)
    expect(body.error.message).toMatch(/aucune clé OMDB/)
    expect(seen).toHaveLength(0)
  })

  it('uses the key saved (encrypted) in the admin when the environment has none', async () => {
    delete process.env.OMDB_API_KEY
    await payload.updateGlobal({ slug: 'integrations', data: { omdbApiKey: 'saved-key-789' } })
    const { rows } = await payload.db.drizzle.execute(sql`SELECT omdb_api_key FROM integrations`)
    expect(String(rows[0].omdb_api_key)).toMatch(/^enc:v1:/)
    expect(String(rows[0].omdb_api_key)).not.toContain('saved-key-789')

    answer = () => ({ status: 200, body: FOUND })
    expect((await call('/cinema/films/status')).body).toEqual({ enabled: true })
    await call('/cinema/films', { query: '?q=Atlantique' })
    expect(seen[0].searchParams.get('apikey')).toBe('saved-key-789')
  })
})
