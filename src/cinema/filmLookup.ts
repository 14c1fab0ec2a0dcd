/**
 * A film or series found in OMDB, as the filmography of a cinema profile stores it
 * (section 7). Shared by the look-up endpoint and the registration form.
 */
export type FilmographyType = 'feature' | 'series' | 'short' | 'documentary' | 'commercial' | 'music-video' | 'theatre' | 'other'

export type FilmPick = {
  title: string
  year?: number
  type?: FilmographyType
  director?: string
  imdbId?: string
  posterUrl?: string
}

export type FilmSearchResponse = { results: FilmPick[]; total: number }

/** Where the browser asks: GET ?q= (search), GET /:imdbId (details), GET /status (is a key configured). */
export const FILM_LOOKUP_PATH = '/api/cinema/films'
