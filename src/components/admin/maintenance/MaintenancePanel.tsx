'use client'
import { useEffect, useId, useState, type CSSProperties, type ReactNode } from 'react'

import type { DemoReport } from '@/demo/seedDemo'
import type { CacheClearReport, CacheReport } from '@/maintenance/cache'
import type { CleanReport } from '@/maintenance/cleanData'
import type { IntegrityReport } from '@/maintenance/integrity'
import type { PerformanceSnapshot } from '@/maintenance/snapshot'
import type { TempCleanupReport } from '@/maintenance/tempFiles'
import type { VacuumReport } from '@/maintenance/vacuum'
import { fill, formatBytes } from './adminToolsMessages'
import { toolStyles as styles } from './toolStyles'
import { callAdminApi, useAdminTools } from './useAdminTools'

type State<T> = { status: 'idle' | 'running' } | { status: 'done'; data: T } | { status: 'failed'; message: string }

/** One maintenance action: a card with its title, help, button and report. */
function ActionCard<T>({
  id,
  title,
  help,
  button,
  run,
  render,
  danger = false,
  canRun = true,
  extra,
}: {
  id: string
  title: string
  help: string
  button: string
  run: () => Promise<{ ok: true; data: T } | { ok: false; message: string }>
  render: (data: T) => ReactNode
  danger?: boolean
  canRun?: boolean
  extra?: ReactNode
}) {
  const { messages } = useAdminTools()
  const [state, setState] = useState<State<T>>({ status: 'idle' })
  const running = state.status === 'running'
  const buttonStyle: CSSProperties = { ...styles.button, ...(danger ? styles.dangerButton : {}), opacity: running || !canRun ? 0.55 : 1 }
  return (
    <section style={{ ...styles.card, ...(danger ? styles.danger : {}) }} aria-labelledby={`${id}-title`} data-testid={`maintenance-${id}`}>
      <h2 id={`${id}-title`} style={styles.cardTitle}>{title}</h2>
      <p style={styles.help}>{help}</p>
      <div style={styles.row}>
        {extra}
        <button
          type="button"
          style={buttonStyle}
          disabled={running || !canRun}
          onClick={async () => {
            setState({ status: 'running' })
            const result = await run()
            setState(result.ok ? { status: 'done', data: result.data } : { status: 'failed', message: result.message })
          }}
        >
          {running ? messages.maintenance.running : button}
        </button>
      </div>
      <div role="status" aria-live="polite" data-testid={`maintenance-${id}-result`}>
        {state.status === 'done' ? render(state.data) : null}
        {state.status === 'failed' ? <p style={{ ...styles.result, ...styles.error }}>{state.message}</p> : null}
      </div>
    </section>
  )
}

export default function MaintenancePanel() {
  const { locale, messages, apiUrl } = useAdminTools()
  const m = messages.maintenance
  const bytes = (value: number) => formatBytes(locale, value)
  const number = (value: number) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR').format(value)
  const [confirmation, setConfirmation] = useState('')
  const [cache, setCache] = useState<CacheReport | null>(null)
  const confirmationId = useId()

  const call = async <T,>(path: string, method: 'GET' | 'POST', body?: unknown) => {
    const result = await callAdminApi<T>(`${apiUrl}/admin/maintenance/${path}`, {
      method,
      locale,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
    })
    return result.ok ? { ok: true as const, data: result.data } : { ok: false as const, message: result.data.error?.message ?? m.error }
  }

  useEffect(() => {
    void call<CacheReport>('cache', 'GET').then((result) => result.ok && setCache(result.data))
    // Once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const countsText = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([key, value]) => `${key} ${value}`)
      .join(', ')

  return (
    <>
      <ActionCard<VacuumReport>
        id="vacuum"
        title={m.vacuum.title}
        help={m.vacuum.help}
        button={m.run}
        run={() => call('vacuum', 'POST')}
        render={(report) => (
          <p style={{ ...styles.result, ...styles.ok }}>
            {fill(m.vacuum.done, { ms: number(report.ms), tables: report.tables, before: bytes(report.databaseBytesBefore), after: bytes(report.databaseBytesAfter) })}
          </p>
        )}
      />

      <ActionCard<TempCleanupReport>
        id="temp"
        title={m.temp.title}
        help={m.temp.help}
        button={m.run}
        run={() => call('temp-cleanup', 'POST')}
        render={(report) => (
          <>
            <p style={{ ...styles.result, ...styles.ok }}>{report.files || report.removed.length ? fill(m.temp.done, { files: report.files, bytes: bytes(report.bytes), kept: report.kept }) : m.temp.nothing}</p>
            {report.removed.length ? (
              <ul style={styles.list}>
                {report.removed.slice(0, 20).map((item) => (
                  <li key={item.path}>
                    <span style={styles.code}>{item.path}</span> — {item.files} · {bytes(item.bytes)}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      />

      <ActionCard<PerformanceSnapshot>
        id="snapshot"
        title={m.snapshot.title}
        help={m.snapshot.help}
        button={m.run}
        run={() => call('snapshot', 'GET')}
        render={(snapshot) => (
          <>
            <dl style={styles.dl}>
              <dt>{m.snapshot.cpu}</dt>
              <dd style={{ margin: 0 }}>{fill(m.snapshot.cores, { cores: snapshot.cpu.cores, load: snapshot.cpu.loadAverage.join(' / ') })}</dd>
              <dt>{m.snapshot.memory}</dt>
              <dd style={{ margin: 0 }}>{fill(m.snapshot.memoryValue, { free: bytes(snapshot.memory.freeBytes), total: bytes(snapshot.memory.totalBytes), rss: bytes(snapshot.memory.processRssBytes) })}</dd>
              {snapshot.disk ? (
                <>
                  <dt>{m.snapshot.disk}</dt>
                  <dd style={{ margin: 0 }}>{fill(m.snapshot.diskValue, { free: bytes(snapshot.disk.freeBytes), total: bytes(snapshot.disk.totalBytes) })}</dd>
                </>
              ) : null}
              <dt>{m.snapshot.database}</dt>
              <dd style={{ margin: 0 }}>{fill(m.snapshot.databaseValue, { size: bytes(snapshot.database.sizeBytes), version: snapshot.database.version, connections: snapshot.database.connections })}</dd>
            </dl>
            <h3 style={{ ...styles.cardTitle, fontSize: '0.95rem', marginTop: 12 }}>{m.snapshot.tables}</h3>
            <div style={{ overflowX: 'auto' }}>
              <table style={styles.table}>
                <thead>
                  <tr>
                    <th style={styles.cell}>{m.snapshot.table}</th>
                    <th style={styles.numeric}>{m.snapshot.rows}</th>
                    <th style={styles.numeric}>{m.snapshot.size}</th>
                  </tr>
                </thead>
                <tbody>
                  {snapshot.database.tables.map((table) => (
                    <tr key={table.name}>
                      <td style={{ ...styles.cell, ...styles.code }}>{table.name}</td>
                      <td style={styles.numeric}>{number(table.rows)}</td>
                      <td style={styles.numeric}>{bytes(table.totalBytes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3 style={{ ...styles.cardTitle, fontSize: '0.95rem', marginTop: 12 }}>{m.snapshot.slow}</h3>
            {snapshot.database.slowQueries ? (
              <div style={{ overflowX: 'auto' }}>
                <table style={styles.table}>
                  <thead>
                    <tr>
                      <th style={styles.cell}>{m.snapshot.query}</th>
                      <th style={styles.numeric}>{m.snapshot.calls}</th>
                      <th style={styles.numeric}>{m.snapshot.mean}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {snapshot.database.slowQueries.map((query, index) => (
                      <tr key={index}>
                        <td style={{ ...styles.cell, ...styles.code }}>{query.query}</td>
                        <td style={styles.numeric}>{number(query.calls)}</td>
                        <td style={styles.numeric}>{query.meanMs}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p style={styles.help}>{snapshot.database.slowQueriesUnavailable === 'not_readable' ? m.snapshot.slowUnreadable : m.snapshot.slowMissing}</p>
            )}
          </>
        )}
      />

      <ActionCard<IntegrityReport>
        id="integrity"
        title={m.integrity.title}
        help={m.integrity.help}
        button={m.run}
        run={() => call('integrity', 'GET')}
        render={(report) => (
          <>
            <p style={{ ...styles.result, ...(report.problems ? styles.error : styles.ok) }}>
              {report.problems ? fill(m.integrity.found, { count: report.problems, ms: report.ms }) : fill(m.integrity.ok, { ms: report.ms })}
            </p>
            <ul style={styles.list}>
              {report.checks.map((check) => (
                <li key={check.key}>
                  <strong>{m.integrity.checks[check.key]}</strong> : {check.count}
                  {check.items.length ? (
                    <ul style={styles.list}>
                      {check.items.map((item) => (
                        <li key={`${item.collection}-${item.id}-${item.label}`}>
                          <a href={item.href}>{item.label}</a> — {item.detail}
                        </li>
                      ))}
                      {check.count > check.items.length ? <li>{fill(m.integrity.more, { count: check.count - check.items.length })}</li> : null}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      />

      <ActionCard<CacheClearReport>
        id="cache"
        title={m.cache.title}
        help={`${m.cache.help}${cache ? ` ${fill(m.cache.size, { files: cache.nextCache.files, bytes: bytes(cache.nextCache.bytes) })}` : ''}`}
        button={m.cache.clear}
        run={async () => {
          const result = await call<CacheClearReport>('cache/clear', 'POST')
          if (result.ok) setCache(result.data)
          return result
        }}
        render={(report) => (
          <p style={{ ...styles.result, ...styles.ok }}>{fill(m.cache.done, { bytes: bytes(report.freedBytes), pages: report.pagesRevalidated ? m.yes : m.no })}</p>
        )}
      />

      <ActionCard<DemoReport>
        id="demo"
        title={m.demo.title}
        help={m.demo.help}
        button={m.demo.run}
        run={() => call('demo-seed', 'POST')}
        render={(report) => (
          <p style={{ ...styles.result, ...styles.ok }}>
            {report.created ? fill(m.demo.done, { created: report.createdRecords, counts: countsText(report.counts) }) : fill(m.demo.already, { counts: countsText(report.counts) })}
          </p>
        )}
      />

      <ActionCard<CleanReport>
        id="clean"
        danger
        title={m.clean.title}
        help={m.clean.help}
        button={m.clean.run}
        canRun={confirmation === 'SUPPRIMER'}
        run={async () => {
          const result = await call<CleanReport>('data-clean', 'POST', { confirm: confirmation })
          setConfirmation('')
          return result
        }}
        extra={
          <label htmlFor={confirmationId} style={styles.label}>
            {m.clean.confirm}
            <input id={confirmationId} value={confirmation} onChange={(event) => setConfirmation(event.target.value)} style={styles.input} autoComplete="off" />
          </label>
        }
        render={(report) => (
          <p style={{ ...styles.result, ...styles.ok }}>
            {fill(m.clean.done, {
              users: report.removedUsers,
              files: report.files,
              bytes: bytes(report.fileBytes),
              rows: number(Object.values(report.removedRows).reduce((sum, value) => sum + value, 0)),
              admins: report.keptAdmins,
            })}
          </p>
        )}
      />
    </>
  )
}
