'use client'

import { useEffect, useId, useState, type KeyboardEvent } from 'react'

import { FILM_LOOKUP_PATH, type FilmPick, type FilmSearchResponse } from '@/cinema/filmLookup'
import { inputClass } from '@/components/registration/FormField'

const TEXT = {
  fr: {
    title: 'Retrouver un film ou une série',
    hint: 'Recherche dans OMDB : choisissez un résultat pour l’ajouter à votre filmographie (vous pourrez préciser votre rôle).',
    label: 'Titre du film ou de la série',
    search: 'Rechercher',
    searching: 'Recherche…',
    add: 'Ajouter',
    adding: 'Ajout…',
    none: 'Aucun résultat pour « {query} ». Vérifiez l’orthographe ou saisissez le film à la main.',
    count: '{count} résultat(s)',
    added: '« {title} » ajouté à votre filmographie.',
    network: 'La recherche n’a pas abouti (connexion ?). Réessayez ou saisissez le film à la main.',
    types: { feature: 'Film', series: 'Série', other: 'Autre' } as Record<string, string>,
  },
  en: {
    title: 'Find a film or a series',
    hint: 'Search OMDB: pick a result to add it to your filmography (you can then add your role).',
    label: 'Film or series title',
    search: 'Search',
    searching: 'Searching…',
    add: 'Add',
    adding: 'Adding…',
    none: 'No result for “{query}”. Check the spelling or type the film by hand.',
    count: '{count} result(s)',
    added: '“{title}” added to your filmography.',
    network: 'The search did not go through (connection?). Try again or type the film by hand.',
    types: { feature: 'Film', series: 'Series', other: 'Other' } as Record<string, string>,
  },
} as const

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match))

type State =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'results'; query: string; results: FilmPick[] }
  | { kind: 'error'; message: string }

async function readError(response: Response, fallback: string): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null
  return body?.error?.message ?? fallback
}

/**
 * Film look-up for the filmography (section 7): searches OMDB through the platform (the key
 * stays on the server) and hands the chosen film to the form. Renders nothing when no OMDB
 * key is configured: the filmography is then typed by hand.
 */
export function FilmLookup({ locale, onPick }: { locale: 'fr' | 'en'; onPick: (film: FilmPick) => void }) {
  const text = TEXT[locale]
  const inputId = useId()
  const [enabled, setEnabled] = useState(false)
  const [query, setQuery] = useState('')
  const [state, setState] = useState<State>({ kind: 'idle' })
  const [adding, setAdding] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')

  useEffect(() => {
    let active = true
    fetch(`${FILM_LOOKUP_PATH}/status`)
      .then((response) => (response.ok ? response.json() : { enabled: false }))
      .then((body: { enabled?: boolean }) => active && setEnabled(Boolean(body.enabled)))
      .catch(() => active && setEnabled(false))
    return () => {
      active = false
    }
  }, [])

  if (!enabled) return null

  async function search() {
    const title = query.trim()
    if (title.length < 2) return
    setState({ kind: 'searching' })
    try {
      const response = await fetch(`${FILM_LOOKUP_PATH}?q=${encodeURIComponent(title)}`)
      if (!response.ok) return setState({ kind: 'error', message: await readError(response, text.network) })
      const body = (await response.json()) as FilmSearchResponse
      setState({ kind: 'results', query: title, results: body.results })
      setAnnouncement(body.results.length ? fill(text.count, { count: body.results.length }) : fill(text.none, { query: title }))
    } catch {
      setState({ kind: 'error', message: text.network })
    }
  }

  async function add(film: FilmPick) {
    setAdding(film.imdbId ?? film.title)
    let picked = film
    if (film.imdbId) {
      // The details add the director; the search result is enough if they cannot be read.
      const response = await fetch(`${FILM_LOOKUP_PATH}/${encodeURIComponent(film.imdbId)}`).catch(() => null)
      if (response?.ok) picked = { ...film, ...((await response.json()) as FilmPick) }
    }
    setAdding(null)
    onPick(picked)
    setAnnouncement(fill(text.added, { title: picked.title }))
  }

  function searchOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    // Enter searches instead of submitting the whole registration form.
    if (event.key !== 'Enter') return
    event.preventDefault()
    void search()
  }

  return (
    <section className="rounded-2xl bg-sand-50 p-4 ring-1 ring-ink-900/10 sm:p-5" aria-labelledby={`${inputId}-title`}>
      <h4 id={`${inputId}-title`} className="text-sm font-semibold text-ink-900">
        {text.title}
      </h4>
      <p className="mt-1 text-sm text-ink-600">{text.hint}</p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <label htmlFor={inputId} className="sr-only">
          {text.label}
        </label>
        <input
          id={inputId}
          type="search"
          className={`${inputClass} sm:flex-1`}
          placeholder={text.label}
          value={query}
          maxLength={120}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={searchOnEnter}
        />
        <button type="button" className="btn btn-secondary" onClick={() => void search()} disabled={state.kind === 'searching' || query.trim().length < 2}>
          {state.kind === 'searching' ? text.searching : text.search}
        </button>
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {state.kind === 'error' ? (
        <p role="alert" className="mt-3 text-sm font-medium text-terracotta-700">
          {state.message}
        </p>
      ) : null}
      {state.kind === 'results' && state.results.length === 0 ? (
        <p className="mt-3 text-sm text-ink-600">{fill(text.none, { query: state.query })}</p>
      ) : null}
      {state.kind === 'results' && state.results.length > 0 ? (
        <ul className="mt-3 divide-y divide-ink-900/10 overflow-hidden rounded-xl bg-white ring-1 ring-ink-900/10">
          {state.results.map((film) => {
            const key = film.imdbId ?? film.title
            return (
              <li key={key} className="flex items-center gap-3 p-3">
                {film.posterUrl ? (
                  // Posters come from OMDB's image host; a plain img avoids configuring remote images for it.
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={film.posterUrl} alt="" className="h-14 w-10 shrink-0 rounded object-cover ring-1 ring-ink-900/10" loading="lazy" />
                ) : (
                  <span className="grid h-14 w-10 shrink-0 place-items-center rounded bg-sand-100 text-xs text-ink-500" aria-hidden="true">
                    🎬
                  </span>
                )}
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium text-ink-900">{film.title}</span>
                  <span className="block text-sm text-ink-600">
                    {[film.year, film.type ? (text.types[film.type] ?? text.types.other) : null].filter(Boolean).join(' · ')}
                  </span>
                </span>
                <button type="button" className="btn btn-secondary shrink-0" onClick={() => void add(film)} disabled={adding !== null}>
                  {adding === key ? text.adding : text.add}
                  <span className="sr-only"> {film.title}</span>
                </button>
              </li>
            )
          })}
        </ul>
      ) : null}
    </section>
  )
}
