'use client'
import { useId, useState, type FormEvent } from 'react'

import type { RestoreSummary } from '@/backup/restoreBackup'
import { fill, formatBytes } from '../maintenance/adminToolsMessages'
import { toolStyles as styles } from '../maintenance/toolStyles'
import { callAdminApi, useAdminTools, type ApiFailure } from '../maintenance/useAdminTools'

type Outcome = { kind: 'restored'; summary: RestoreSummary } | { kind: 'refused'; failure: ApiFailure } | null

/** Download a backup; upload one to restore it, with the verification's verdict. */
export default function BackupPanel() {
  const { locale, messages, apiUrl } = useAdminTools()
  const m = messages.backup
  const [file, setFile] = useState<File | null>(null)
  const [confirmed, setConfirmed] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const fileId = useId()

  async function restore(event: FormEvent) {
    event.preventDefault()
    if (!file || !confirmed) return
    setBusy(true)
    setOutcome(null)
    const result = await callAdminApi<{ summary: RestoreSummary }>(`${apiUrl}/admin/backup/restore`, {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': 'application/zip' },
      locale,
    })
    setBusy(false)
    setOutcome(result.ok ? { kind: 'restored', summary: result.data.summary } : { kind: 'refused', failure: result.data })
  }

  const dateOf = (iso: string) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso))

  return (
    <>
      <section style={styles.card} aria-labelledby="backup-download">
        <h2 id="backup-download" style={styles.cardTitle}>{m.downloadTitle}</h2>
        <p style={styles.help}>{m.downloadHelp}</p>
        <a href={`${apiUrl}/admin/backup?lang=${locale}`} download style={styles.button} data-testid="backup-download">
          {m.download}
        </a>
      </section>

      <section style={{ ...styles.card, ...styles.danger }} aria-labelledby="backup-restore">
        <h2 id="backup-restore" style={styles.cardTitle}>{m.restoreTitle}</h2>
        <p style={styles.help}>{m.restoreHelp}</p>
        <form onSubmit={restore}>
          <label htmlFor={fileId} style={styles.label}>
            {m.file}
            <input
              id={fileId}
              type="file"
              accept=".zip,application/zip"
              style={{ ...styles.input, paddingTop: 8, paddingBottom: 8 }}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null)
                setOutcome(null)
              }}
            />
          </label>
          {file ? <p style={styles.help}>{`${file.name} — ${formatBytes(locale, file.size)}`}</p> : null}
          <label style={styles.checkbox}>
            <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
            <span>{m.confirm}</span>
          </label>
          <div style={styles.row}>
            <button type="submit" style={{ ...styles.button, ...styles.dangerButton, opacity: !file || !confirmed || busy ? 0.55 : 1 }} disabled={!file || !confirmed || busy}>
              {busy ? m.restoring : m.restore}
            </button>
          </div>
        </form>
        <div role="status" aria-live="polite" data-testid="restore-result">
          {outcome?.kind === 'restored' ? (
            <p style={{ ...styles.result, ...styles.ok }}>
              {fill(m.restored, {
                rows: new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR').format(outcome.summary.rows),
                tables: outcome.summary.tables,
                files: outcome.summary.files,
                date: dateOf(outcome.summary.createdAt),
              })}{' '}
              {fill(m.timing, { verify: (outcome.summary.verifyMs / 1000).toFixed(1), apply: (outcome.summary.applyMs / 1000).toFixed(1) })}
            </p>
          ) : null}
          {outcome?.kind === 'refused' ? (
            <div style={{ ...styles.result, ...styles.error }}>
              <p style={{ margin: 0 }}>{outcome.failure.error?.problems ? m.refused : (outcome.failure.error?.message ?? m.error)}</p>
              {outcome.failure.error?.problems ? (
                <ul style={styles.list}>
                  {outcome.failure.error.problems.map((problem, index) => (
                    <li key={index}>{problem.message}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </div>
      </section>

      <section style={styles.card} aria-labelledby="backup-large">
        <h2 id="backup-large" style={styles.cardTitle}>{m.largeTitle}</h2>
        <p style={{ ...styles.help, marginBottom: 0 }}>{m.largeHelp}</p>
      </section>
    </>
  )
}
