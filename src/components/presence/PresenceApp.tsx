'use client'

import { useCallback, useEffect, useMemo, useState } from 'react'

import { format, plural } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { PresencePageMessages } from '@/i18n/messages/presencePage'
import type { SyncReport } from '@/presence/offlineQueue'

import { ClapperIcon } from '../icons'
import { HistoryView } from './HistoryView'
import { LiveList } from './LiveList'
import { fetchProjects, type PresenceProject } from './presenceApi'
import { CloudOffIcon, SyncIcon } from './presenceIcons'
import { ProjectPicker } from './ProjectPicker'
import { Scanner } from './Scanner'
import { useLiveView } from './useLiveView'
import { useScanQueue } from './useScanQueue'

const PROJECT_KEY = 'taalentio.presence.project'
const PROJECTS_KEY = 'taalentio.presence.projects'

type Tab = 'scan' | 'live' | 'history'

function readStored<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(key)
    return raw ? (JSON.parse(raw) as T) : null
  } catch {
    return null
  }
}

type PresenceAppProps = { messages: PresencePageMessages; locale: Locale }

/** The scanner page: pick the project (kept on the device), then scan, watch the live list, read the history. */
export function PresenceApp({ messages, locale }: PresenceAppProps) {
  const [projects, setProjects] = useState<PresenceProject[] | null>(null)
  const [projectsState, setProjectsState] = useState<'loading' | 'ready' | 'error'>('loading')
  const [cached, setCached] = useState(false)
  const [project, setProject] = useState<PresenceProject | null>(null)
  const [picking, setPicking] = useState(false)
  const [hydrated, setHydrated] = useState(false)

  const loadProjects = useCallback(async () => {
    setProjectsState('loading')
    const answer = await fetchProjects()
    if (answer.ok) {
      const docs = answer.body.docs
      setProjects(docs)
      setCached(false)
      setProjectsState('ready')
      window.localStorage.setItem(PROJECTS_KEY, JSON.stringify(docs))
      // A project taken off this person's list is forgotten; its details are refreshed otherwise.
      setProject((current) => {
        const fresh = current ? (docs.find((doc) => doc.id === current.id) ?? null) : docs.length === 1 ? docs[0] : null
        if (fresh) window.localStorage.setItem(PROJECT_KEY, JSON.stringify(fresh))
        else window.localStorage.removeItem(PROJECT_KEY)
        return fresh
      })
    } else {
      const stored = readStored<PresenceProject[]>(PROJECTS_KEY)
      if (answer.status === 0 && stored) {
        setProjects(stored)
        setCached(true)
      }
      setProjectsState('error')
    }
  }, [])

  useEffect(() => {
    setProject(readStored<PresenceProject>(PROJECT_KEY))
    setHydrated(true)
    void loadProjects()
  }, [loadProjects])

  const pick = (chosen: PresenceProject) => {
    window.localStorage.setItem(PROJECT_KEY, JSON.stringify(chosen))
    setProject(chosen)
    setPicking(false)
  }

  if (!hydrated) return <p className="container-page py-10 text-ink-600">{messages.projects.loading}</p>

  if (!project || picking) {
    return (
      <ProjectPicker
        projects={projects}
        state={projectsState}
        cached={cached}
        onPick={pick}
        onRetry={() => void loadProjects()}
        messages={messages.projects}
        locale={locale}
      />
    )
  }

  return <ProjectWorkspace key={project.id} project={project} onChangeProject={() => setPicking(true)} messages={messages} locale={locale} />
}

type ProjectWorkspaceProps = { project: PresenceProject; onChangeProject: () => void; messages: PresencePageMessages; locale: Locale }

function ProjectWorkspace({ project, onChangeProject, messages: m, locale }: ProjectWorkspaceProps) {
  const [tab, setTab] = useState<Tab>('scan')
  const [syncNotice, setSyncNotice] = useState<string | null>(null)
  const { live, error, updatedAt, refresh } = useLiveView(project.id)

  const onSynced = useCallback(
    (report: SyncReport) => {
      const refused = report.results.filter((r) => r.result === 'notAssigned' || r.result === 'unknownCode' || r.result === 'invalidCode')
      const names = refused.map((r) => ('talent' in r ? r.talent.name : r.code)).join(', ')
      setSyncNotice(
        [
          format(plural(locale, report.sent, m.status.synced), { count: report.sent }),
          refused.length ? format(plural(locale, refused.length, m.status.syncedRefused), { count: refused.length, names }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      )
      void refresh()
    },
    [locale, m.status, refresh],
  )
  const { online, pending, isSyncing, sessionExpired, syncFailed, submit, sync } = useScanQueue({ onSynced })

  useEffect(() => {
    if (!syncNotice) return
    const timer = window.setTimeout(() => setSyncNotice(null), 8_000)
    return () => window.clearTimeout(timer)
  }, [syncNotice])

  const onScanned = useCallback(() => void refresh(), [refresh])
  const talents = useMemo(() => (live?.talents ?? []).map((entry) => entry.talent), [live])
  const lookup = useCallback((code: string) => talents.find((talent) => talent.code === code), [talents])

  const tabs: { key: Tab; label: string; count?: number; className?: string }[] = [
    { key: 'scan', label: m.tabs.scan },
    { key: 'live', label: m.tabs.live, count: live?.counts.present, className: 'lg:hidden' },
    { key: 'history', label: m.tabs.history },
  ]
  const showScanner = tab !== 'history'

  return (
    <div className="mx-auto w-full max-w-[88rem] px-3 pt-3 pb-10 sm:px-6 sm:pt-5">
      <div className="flex items-start gap-3 rounded-3xl bg-ink-900 px-4 py-3 text-sand-50 shadow-card sm:items-center sm:px-5">
        <span className="hidden size-11 shrink-0 place-items-center rounded-2xl bg-white/10 text-ochre-400 sm:grid">
          <ClapperIcon className="size-5" />
        </span>
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-[0.6875rem] font-semibold tracking-[0.16em] text-ochre-300 uppercase">
            {m.header.eyebrow}
            <span
              className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-[0.6875rem] font-bold tracking-normal normal-case ${online ? 'bg-emerald-600/25 text-emerald-100' : 'bg-amber-400 text-ink-950'}`}
            >
              <span aria-hidden="true" className={`size-2 rounded-full ${online ? 'bg-emerald-400' : 'bg-ink-950'}`} />
              {online ? m.status.online : m.status.offline}
            </span>
          </p>
          <h1 className="mt-1 line-clamp-2 text-lg leading-tight font-extrabold sm:text-xl" data-testid="project-title">
            {project.title}
          </h1>
          <p className="truncate text-xs text-sand-200">
            {project.production} · <span className="font-mono">{project.code}</span>
          </p>
        </div>
        <button type="button" onClick={onChangeProject} aria-label={m.header.changeLabel} className="btn btn-ghost-on-dark min-h-11 shrink-0 px-3 text-xs sm:px-4 sm:text-sm">
          {m.header.change}
        </button>
      </div>

      {sessionExpired ? (
        <div role="alert" className="mt-3 flex flex-wrap items-center gap-3 rounded-2xl bg-red-700 px-4 py-3 text-white">
          <p className="flex-1 font-semibold">{m.status.sessionExpired}</p>
          <a href="/connexion?next=/presence" className="btn bg-white text-red-800 hover:bg-sand-100">
            {m.status.signIn}
          </a>
        </div>
      ) : null}

      {pending > 0 || !online ? (
        <div
          data-testid="sync-status"
          role="status"
          className={`mt-3 flex flex-wrap items-center gap-3 rounded-2xl px-4 py-3 ${online ? 'bg-ochre-200 text-ink-950' : 'bg-amber-400 text-ink-950'}`}
        >
          <CloudOffIcon className="size-5 shrink-0" />
          <p className="flex-1 font-semibold">
            {online
              ? format(plural(locale, pending, m.status.pending), { count: pending })
              : format(plural(locale, pending, m.status.offlinePending), { count: pending })}
            {syncFailed ? <span className="block text-sm font-medium">{m.status.syncFailed}</span> : null}
          </p>
          {pending > 0 ? (
            <button type="button" disabled={isSyncing} onClick={() => void sync()} className="btn min-h-11 bg-ink-900 text-sand-50 hover:bg-ink-700">
              <SyncIcon className={`size-4 ${isSyncing ? 'animate-spin' : ''}`} />
              {isSyncing ? m.status.syncing : m.status.syncNow}
            </button>
          ) : null}
        </div>
      ) : null}

      {syncNotice ? (
        <p role="status" data-testid="sync-notice" className="mt-3 rounded-2xl bg-emerald-50 px-4 py-3 text-sm font-semibold text-emerald-900 ring-1 ring-emerald-700/20">
          {syncNotice}
        </p>
      ) : null}

      <div role="tablist" aria-label={m.tabs.label} className="mt-3 grid grid-flow-col gap-1 rounded-full bg-sand-200 p-1 lg:inline-grid">
        {tabs.map((item) => {
          const selected = tab === item.key
          return (
            <button
              key={item.key}
              type="button"
              role="tab"
              id={`tab-${item.key}`}
              aria-selected={selected}
              aria-controls={`panel-${item.key === 'history' ? 'history' : item.key}`}
              onClick={() => setTab(item.key)}
              className={`min-h-11 rounded-full px-4 text-sm font-bold transition-colors lg:px-6 ${item.className ?? ''} ${selected ? 'bg-white text-ink-950 shadow-sm' : 'text-ink-700 hover:text-ink-950'}`}
            >
              {item.label}
              {item.count !== undefined ? <span className="ml-1.5 rounded-full bg-emerald-700 px-2 py-0.5 text-xs text-white tabular-nums">{item.count}</span> : null}
            </button>
          )
        })}
      </div>

      <div className={`mt-4 ${showScanner ? 'lg:grid lg:grid-cols-[minmax(0,30rem)_minmax(0,1fr)] lg:items-start lg:gap-8' : ''}`}>
        {/* The scanner stays mounted on every tab: the camera keeps running. */}
        <div id="panel-scan" role="tabpanel" aria-labelledby="tab-scan" className={tab === 'scan' ? '' : tab === 'live' ? 'hidden lg:block' : 'hidden'}>
          <Scanner projectId={project.id} messages={m} locale={locale} submit={submit} onScanned={onScanned} lookup={lookup} />
        </div>
        {showScanner ? (
          <div id="panel-live" role="tabpanel" aria-labelledby="tab-live" className={tab === 'live' ? '' : 'hidden lg:block'}>
            <LiveList live={live} error={error} updatedAt={updatedAt} online={online} refresh={refresh} messages={m} locale={locale} />
          </div>
        ) : (
          <div id="panel-history" role="tabpanel" aria-labelledby="tab-history">
            <HistoryView projectId={project.id} talents={talents} messages={m} locale={locale} />
          </div>
        )}
      </div>
    </div>
  )
}
