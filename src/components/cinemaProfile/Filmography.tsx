import type { FilmView } from '@/cinema/publicProfile'
import { format } from '@/i18n'
import type { CinemaProfileMessages } from '@/i18n/messages/cinemaProfile'

/** The filmography as a casting sheet lists it: poster (when known), title, year, type, role. */
export function Filmography({ films, messages: m, newTab }: { films: FilmView[]; messages: CinemaProfileMessages['profile']['experience']; newTab: string }) {
  return (
    <ol className="divide-y divide-ink-900/10">
      {films.map((film, index) => (
        <li key={`${film.title}-${index}`} className="flex gap-4 py-4 first:pt-0 last:pb-0">
          <div className="aspect-[2/3] w-14 shrink-0 overflow-hidden rounded-lg bg-indigo-50 ring-1 ring-ink-900/10 sm:w-16">
            {film.posterUrl ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={film.posterUrl} alt={format(m.posterAlt, { title: film.title })} loading="lazy" referrerPolicy="no-referrer" className="size-full object-cover" />
            ) : (
              <span aria-hidden="true" className="grid size-full place-items-center text-indigo-700">
                <svg viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="1.6">
                  <rect x="3" y="5" width="18" height="15" rx="2" />
                  <path d="M3 9h18M7 5l2 4M12 5l2 4M17 5l2 4" strokeLinecap="round" />
                </svg>
              </span>
            )}
          </div>
          <div className="min-w-0">
            <p className="font-bold text-ink-950">
              {film.title}
              {film.year ? <span className="font-semibold text-ink-600"> · {film.year}</span> : null}
            </p>
            {film.type ? <p className="mt-0.5 text-xs font-semibold tracking-wide text-indigo-700 uppercase">{film.type}</p> : null}
            <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-sm text-ink-700">
              {film.role ? (
                <div className="flex gap-1">
                  <dt className="text-ink-600">{m.role} :</dt>
                  <dd className="font-medium">{film.role}</dd>
                </div>
              ) : null}
              {film.director ? (
                <div className="flex gap-1">
                  <dt className="text-ink-600">{m.director} :</dt>
                  <dd>{film.director}</dd>
                </div>
              ) : null}
              {film.company ? (
                <div className="flex gap-1">
                  <dt className="text-ink-600">{m.company} :</dt>
                  <dd>{film.company}</dd>
                </div>
              ) : null}
            </dl>
            {film.imdbUrl ? (
              <a href={film.imdbUrl} target="_blank" rel="noopener noreferrer" className="mt-1 inline-block text-sm font-semibold text-indigo-700 underline-offset-2 hover:underline">
                {m.imdb}
                <span className="sr-only"> {newTab}</span>
              </a>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  )
}
