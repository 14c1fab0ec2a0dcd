'use client'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState, type CSSProperties } from 'react'

import type { CvAnalysisResult } from '@/ai/analysisResult'
import { format, plural } from '@/i18n'
import { INTL_LOCALE, toLocale } from '@/i18n/locales'
import type { Cv } from '../../../../payload-types'
import { cvAnalysisUiMessages } from '../messages'

const styles = {
  panel: { border: '1px solid var(--theme-elevation-150)', borderLeft: '4px solid #b4461f', borderRadius: 'var(--style-radius-m, 6px)', background: 'var(--theme-elevation-0)', padding: 'calc(var(--base) * 0.9) var(--base)', marginBottom: 'var(--base)' },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 'calc(var(--base) * 0.5)' },
  title: { margin: 0, fontSize: '1.05rem' },
  muted: { margin: 'calc(var(--base) * 0.25) 0 0', color: 'var(--theme-elevation-600)', fontSize: '0.8125rem' },
  text: { margin: 'calc(var(--base) * 0.4) 0 0', color: 'var(--theme-elevation-800)', lineHeight: 1.5 },
  error: { margin: 'calc(var(--base) * 0.5) 0 0', padding: '8px 12px', borderRadius: 4, background: 'var(--theme-error-50)', color: 'var(--theme-error-750)', fontSize: '0.875rem' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: 'calc(var(--base) * 0.75)', marginTop: 'calc(var(--base) * 0.75)' },
  h4: { margin: 0, fontSize: '0.75rem', textTransform: 'uppercase', letterSpacing: '0.06em', color: 'var(--theme-elevation-500)' },
  list: { margin: '6px 0 0', paddingLeft: 18, lineHeight: 1.5 },
  chips: { display: 'flex', flexWrap: 'wrap', gap: 6, marginTop: 6 },
  chip: { padding: '2px 8px', borderRadius: 999, background: 'var(--theme-elevation-100)', fontSize: '0.8125rem' },
  score: { fontSize: '1.75rem', fontWeight: 700, margin: '4px 0 0' },
} satisfies Record<string, CSSProperties>

type Analysis = NonNullable<Cv['analysis']>

/** On a CV's edit page: the analysis (status, score, details, error) and the staff re-run button. */
export default function CvAnalysisField() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const locale = toLocale(i18n.language)
  const m = cvAnalysisUiMessages[locale]
  const apiUrl = `${config.serverURL ?? ''}${config.routes.api}`
  const [analysis, setAnalysis] = useState<Analysis | null | undefined>(undefined)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`${apiUrl}/cvs/${id}?depth=0`, { credentials: 'include' })
    if (!response.ok) return setMessage(m.loadFailed)
    const cv = (await response.json()) as Cv
    setAnalysis(cv.analysis ?? null)
  }, [apiUrl, id, m.loadFailed])

  useEffect(() => {
    void load()
  }, [load])

  // While the job runs, look again every few seconds.
  useEffect(() => {
    if (analysis?.status !== 'pending') return
    const timer = setInterval(() => void load(), 3000)
    return () => clearInterval(timer)
  }, [analysis?.status, load])

  const rerun = async () => {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`${apiUrl}/cv-analysis/${id}/rerun`, { method: 'POST', credentials: 'include', headers: { 'Accept-Language': locale } })
      const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
      setMessage(response.ok ? (body.message ?? m.rerunDone) : (body.errors?.[0]?.message ?? m.rerunFailed))
      await load()
    } finally {
      setBusy(false)
    }
  }

  if (!id) {
    return (
      <section style={styles.panel} aria-label={m.adminTitle}>
        <h3 style={styles.title}>{m.adminTitle}</h3>
        <p style={styles.muted}>{m.saveFirst}</p>
      </section>
    )
  }

  const result = (analysis?.status === 'done' ? analysis.result : null) as CvAnalysisResult | null
  const date = analysis?.analysedAt ? new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(analysis.analysedAt)) : null
  const statusText = !analysis?.status ? m.status.none : m.status[analysis.status]

  return (
    <section style={styles.panel} aria-label={m.adminTitle} data-testid="cv-analysis-admin">
      <div style={styles.header}>
        <div>
          <h3 style={styles.title}>{m.adminTitle}</h3>
          <p style={styles.muted} data-testid="cv-analysis-status" data-status={analysis?.status ?? 'none'}>
            {statusText}
            {result ? ` · ${result.source === 'llm' ? format(m.source.llm, { model: result.model ?? '' }) : m.source.local}` : ''}
            {date ? ` · ${format(m.analysedOn, { date })}` : ''}
          </p>
        </div>
        <Button buttonStyle="secondary" margin={false} size="small" onClick={rerun} disabled={busy || analysis === undefined}>
          {busy ? m.rerunning : m.rerun}
        </Button>
      </div>
      {message ? (
        <p role="status" style={styles.muted}>
          {message}
        </p>
      ) : null}
      {analysis?.error ? (
        <p style={styles.error} data-testid="cv-analysis-error">
          <strong>{analysis.status === 'failed' ? m.errorLabel : m.warning} : </strong>
          {analysis.error}
        </p>
      ) : null}
      {result ? (
        <>
          <p style={styles.text}>{result.summary}</p>
          <div style={styles.grid}>
            <div>
              <h4 style={styles.h4}>{m.score}</h4>
              <p style={styles.score}>{result.score}/100</p>
              <ul style={styles.list}>
                {result.scoreReasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </div>
            <div>
              <h4 style={styles.h4}>{m.strengths}</h4>
              <ul style={styles.list}>{result.strengths.length ? result.strengths.map((item) => <li key={item}>{item}</li>) : <li>{m.none}</li>}</ul>
              <h4 style={{ ...styles.h4, marginTop: 12 }}>{m.suggestions}</h4>
              <ul style={styles.list}>{result.suggestions.length ? result.suggestions.map((item) => <li key={item}>{item}</li>) : <li>{m.none}</li>}</ul>
            </div>
            <div>
              <h4 style={styles.h4}>{m.years}</h4>
              <p style={styles.text}>{result.yearsOfExperience === null ? m.unknown : format(plural(locale, result.yearsOfExperience, m.yearsValue), { count: result.yearsOfExperience })}</p>
              {(
                [
                  [m.categories, result.categories.map((category) => category.name)],
                  [m.skills, result.skills.map((skill) => skill.name)],
                  [m.languages, result.languages.map((language) => `${language.name}${language.level ? ` (${m.levels[language.level].toLowerCase()})` : ''}`)],
                ] as const
              ).map(([title, items]) => (
                <div key={title} style={{ marginTop: 10 }}>
                  <h4 style={styles.h4}>{title}</h4>
                  <div style={styles.chips}>{items.length ? items.map((item) => <span key={item} style={styles.chip}>{item}</span>) : <span style={styles.muted}>{m.none}</span>}</div>
                </div>
              ))}
            </div>
          </div>
        </>
      ) : null}
    </section>
  )
}
