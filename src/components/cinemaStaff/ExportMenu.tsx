'use client'

import { useEffect, useId, useRef, useState } from 'react'

import type { ExportMessages } from '@/i18n/messages/exports'

const FORMATS = ['xlsx', 'csv', 'pdf'] as const
type ExportFormat = (typeof FORMATS)[number]
const MENU_WIDTH = 288

type ExportMenuProps = {
  /** API base, e.g. /api/cinema-talents/export */
  endpoint: string
  /** The list's filters as API query parameters (no page, no limit). */
  query: string
  /** "12 profils": what the export will contain. */
  countLabel: string
  messages: ExportMessages['menu']
}

function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')
  return match?.[1] ?? fallback
}

/**
 * "Exporter" menu of a staff list: XLSX, CSV or PDF of the list's current filters. The
 * server streams the file; the button shows "Préparation…" until it has arrived, then the
 * browser saves it. A refusal (too many rows for a PDF, session expired) is shown here.
 */
export function ExportMenu({ endpoint, query, countLabel, messages }: ExportMenuProps) {
  const [open, setOpen] = useState(false)
  // Fixed position under the button: the page's hero clips anything overflowing it.
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null)
  const [busy, setBusy] = useState<ExportFormat | null>(null)
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const root = useRef<HTMLDivElement>(null)
  const menuId = useId()

  useEffect(() => {
    if (!open) return
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) setOpen(false)
    }
    const dismiss = () => setOpen(false)
    document.addEventListener('mousedown', close)
    document.addEventListener('keydown', close)
    window.addEventListener('scroll', dismiss, { passive: true })
    window.addEventListener('resize', dismiss)
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus()
    return () => {
      document.removeEventListener('mousedown', close)
      document.removeEventListener('keydown', close)
      window.removeEventListener('scroll', dismiss)
      window.removeEventListener('resize', dismiss)
    }
  }, [open])

  async function download(exportFormat: ExportFormat) {
    setOpen(false)
    setBusy(exportFormat)
    setStatus(null)
    try {
      const response = await fetch(`${endpoint}.${exportFormat}${query ? `?${query}` : ''}`, { credentials: 'same-origin' })
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null
        throw new Error(body?.errors?.map((error) => error.message).join(' ') || response.statusText)
      }
      const blob = await response.blob()
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = fileNameOf(response, `export.${exportFormat}`)
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      setStatus({ kind: 'ok', text: messages.ready })
    } catch (error) {
      setStatus({ kind: 'error', text: messages.failed.replace('{message}', error instanceof Error ? error.message : String(error)) })
    } finally {
      setBusy(null)
    }
  }

  return (
    <div ref={root} className="relative">
      <button
        type="button"
        className="btn btn-secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        aria-busy={busy !== null}
        disabled={busy !== null}
        onClick={(event) => {
          const rect = event.currentTarget.getBoundingClientRect()
          const width = Math.min(MENU_WIDTH, window.innerWidth - 16)
          setPlace({ top: rect.bottom + 8, left: Math.max(8, Math.min(rect.right - width, window.innerWidth - width - 8)) })
          setOpen((value) => !value)
        }}
      >
        {busy ? (
          <>
            <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />
            {messages.preparing}
          </>
        ) : (
          <>
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
              <path d="M10 2.5a.75.75 0 0 1 .75.75v7.69l2.22-2.22a.75.75 0 1 1 1.06 1.06l-3.5 3.5a.75.75 0 0 1-1.06 0l-3.5-3.5a.75.75 0 1 1 1.06-1.06l2.22 2.22V3.25A.75.75 0 0 1 10 2.5ZM3.75 13a.75.75 0 0 1 .75.75v1.5c0 .41.34.75.75.75h9.5a.75.75 0 0 0 .75-.75v-1.5a.75.75 0 0 1 1.5 0v1.5A2.25 2.25 0 0 1 14.75 17.5h-9.5A2.25 2.25 0 0 1 3 15.25v-1.5a.75.75 0 0 1 .75-.75Z" />
            </svg>
            {messages.button}
          </>
        )}
      </button>
      {open ? (
        <div
          id={menuId}
          role="menu"
          style={{ top: place?.top, left: place?.left, width: `min(${MENU_WIDTH}px, calc(100vw - 16px))` }}
          className="fixed z-50 rounded-2xl bg-white p-2 shadow-card ring-1 ring-ink-900/10"
        >
          <p className="px-3 pt-1 pb-2 text-xs text-ink-600">{messages.hint.replace('{count}', countLabel)}</p>
          {FORMATS.map((exportFormat) => (
            <button
              key={exportFormat}
              type="button"
              role="menuitem"
              onClick={() => download(exportFormat)}
              className="flex w-full items-center justify-between rounded-xl px-3 py-2.5 text-left text-sm font-semibold text-ink-900 hover:bg-sand-100 focus-visible:bg-sand-100 focus-visible:outline-none"
            >
              {messages[exportFormat]}
              <span className="text-xs font-medium uppercase text-ink-500">.{exportFormat}</span>
            </button>
          ))}
        </div>
      ) : null}
      <p role="status" aria-live="polite" className={status?.kind === 'error' ? 'mt-2 max-w-xs text-sm text-terracotta-700' : 'sr-only'}>
        {busy ? messages.preparing : (status?.text ?? '')}
      </p>
    </div>
  )
}
