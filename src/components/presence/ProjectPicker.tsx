'use client'

import { format, plural } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { PresencePageMessages } from '@/i18n/messages/presencePage'

import { ClapperIcon } from '../icons'
import type { PresenceProject } from './presenceApi'

type ProjectPickerProps = {
  projects: PresenceProject[] | null
  state: 'loading' | 'ready' | 'error'
  cached: boolean
  onPick: (project: PresenceProject) => void
  onRetry: () => void
  messages: PresencePageMessages['projects']
  locale: Locale
}

/** The first step: which shoot this device records attendance for. */
export function ProjectPicker({ projects, state, cached, onPick, onRetry, messages: m, locale }: ProjectPickerProps) {
  return (
    <section aria-labelledby="projects-title" className="mx-auto w-full max-w-2xl px-4 py-8 sm:py-12">
      <h1 id="projects-title" className="text-2xl font-extrabold tracking-tight text-ink-950 sm:text-3xl">
        {m.title}
      </h1>
      <p className="mt-2 text-ink-600">{m.intro}</p>
      {cached ? <p className="mt-3 rounded-xl bg-amber-100 px-3 py-2 text-sm font-medium text-amber-900">{m.offlineCached}</p> : null}
      {state === 'loading' && !projects ? <p className="mt-8 text-ink-600">{m.loading}</p> : null}
      {state === 'error' && !projects ? (
        <div role="alert" className="mt-8 rounded-2xl bg-red-50 px-4 py-4 text-red-800">
          <p className="font-semibold">{m.error}</p>
          <button type="button" onClick={onRetry} className="btn btn-secondary mt-3">
            {m.retry}
          </button>
        </div>
      ) : null}
      {projects && !projects.length ? <p className="mt-8 rounded-2xl bg-white px-5 py-6 text-ink-700 shadow-card">{m.empty}</p> : null}
      {projects?.length ? (
        <ul className="mt-6 flex flex-col gap-3">
          {projects.map((project) => (
            <li key={project.id}>
              <button
                type="button"
                onClick={() => onPick(project)}
                className="flex min-h-20 w-full items-center gap-4 rounded-3xl bg-white px-5 py-4 text-left shadow-card ring-1 ring-ink-900/5 transition hover:ring-2 hover:ring-terracotta-600 focus-visible:ring-2 focus-visible:ring-terracotta-600"
              >
                <span className="grid size-12 shrink-0 place-items-center rounded-2xl bg-ink-900 text-ochre-400">
                  <ClapperIcon className="size-6" />
                </span>
                <span className="min-w-0 flex-1">
                  <span className="block text-lg font-bold text-ink-950">{project.title}</span>
                  <span className="block truncate text-sm text-ink-600">
                    {project.production} · <span className="font-mono">{project.code}</span>
                  </span>
                </span>
                <span className="shrink-0 text-right text-sm font-semibold text-ink-700">
                  {format(plural(locale, project.assignedCount, m.assigned), { count: project.assignedCount })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
