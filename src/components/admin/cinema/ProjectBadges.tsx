'use client'
import { Button, useDocumentEvents, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'

import { format, plural } from '@/i18n'
import { panelStyles as styles } from './panelStyles'
import { useBadgeAdmin } from './useBadgeAdmin'

/** Statuses that get a badge by default (src/cinema/badges.ts DEFAULT_BADGE_STATUSES). */
const PRINTED_STATUSES = ['proposed', 'confirmed', 'completed']

type Counts = { printed: number; confirmed: number }

function countQuery(projectId: string | number, statuses: string[]): string {
  const params = new URLSearchParams({ 'where[project][equals]': String(projectId) })
  statuses.forEach((status, index) => params.set(`where[status][in][${index}]`, status))
  return params.toString()
}

/**
 * On a project's edit page: how many badges there are to print, and links to the A4 sheet
 * and to the card-size PDF. Counts again whenever an assignment is saved from the page.
 */
export default function ProjectBadges() {
  const { id } = useDocumentInfo()
  const { mostRecentUpdate } = useDocumentEvents()
  const { locale, messages, apiUrl } = useBadgeAdmin()
  const [counts, setCounts] = useState<Counts | 'error' | null>(null)
  const [confirmedOnly, setConfirmedOnly] = useState(false)
  const checkboxId = useId()

  useEffect(() => {
    if (!id) return
    const controller = new AbortController()
    const count = async (statuses: string[]) => {
      const response = await fetch(`${apiUrl}/assignments/count?${countQuery(id, statuses)}`, { credentials: 'include', signal: controller.signal })
      if (!response.ok) throw new Error(String(response.status))
      return ((await response.json()) as { totalDocs: number }).totalDocs
    }
    Promise.all([count(PRINTED_STATUSES), count(['confirmed'])])
      .then(([printed, confirmed]) => setCounts({ printed, confirmed }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setCounts('error')
        return error
      })
    return () => controller.abort()
  }, [id, apiUrl, mostRecentUpdate])

  if (!id) {
    return (
      <section style={styles.panel} aria-labelledby={`${checkboxId}-title`}>
        <h3 id={`${checkboxId}-title`} style={styles.title}>{messages.title}</h3>
        <p style={styles.muted}>{messages.saveFirst}</p>
      </section>
    )
  }

  const total = counts && counts !== 'error' ? (confirmedOnly ? counts.confirmed : counts.printed) : 0
  const query = confirmedOnly ? '&status=confirmed' : ''
  const href = (badgeFormat: 'sheet' | 'single') => `${apiUrl}/projects/${id}/badges.pdf?format=${badgeFormat}${query}`

  return (
    <section style={styles.panel} aria-labelledby={`${checkboxId}-title`} data-testid="project-badges">
      <h3 id={`${checkboxId}-title`} style={styles.title}>{messages.title}</h3>
      <p style={styles.text} role="status" aria-live="polite">
        {counts === null && messages.loading}
        {counts === 'error' && messages.countError}
        {counts && counts !== 'error' && (total > 0 ? format(plural(locale, total, messages.count), { count: total }) : messages.none)}
      </p>
      {counts && counts !== 'error' && counts.printed > 0 && <p style={styles.muted}>{messages.countNote}</p>}

      <label htmlFor={checkboxId} style={styles.checkbox}>
        <input id={checkboxId} type="checkbox" checked={confirmedOnly} onChange={(event) => setConfirmedOnly(event.target.checked)} />
        {messages.confirmedOnly}
      </label>

      <div style={styles.actions}>
        <div style={styles.action}>
          {total > 0 ? (
            <Button el="anchor" url={href('sheet')} buttonStyle="primary" margin={false} extraButtonProps={{ download: '' }}>
              {messages.sheet}
            </Button>
          ) : (
            <Button buttonStyle="primary" margin={false} disabled>
              {messages.sheet}
            </Button>
          )}
          <span style={styles.muted}>{messages.sheetHint}</span>
        </div>
        <div style={styles.action}>
          {total > 0 ? (
            <Button el="anchor" url={href('single')} buttonStyle="secondary" margin={false} extraButtonProps={{ download: '' }}>
              {messages.single}
            </Button>
          ) : (
            <Button buttonStyle="secondary" margin={false} disabled>
              {messages.single}
            </Button>
          )}
          <span style={styles.muted}>{messages.singleHint}</span>
        </div>
      </div>
    </section>
  )
}
