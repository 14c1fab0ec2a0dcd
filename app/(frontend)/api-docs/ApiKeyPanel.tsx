'use client'

import { useId, useState } from 'react'

import type { ApiMessages } from '@/i18n/messages/api'

export type PanelKey = { id: number; name: string; scope: string; prefix: string; lastUsedAt: string | null; revokedAt: string | null }

type Labels = ApiMessages['docs']['keys']

async function post(url: string, body?: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: body ? { 'content-type': 'application/json' } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await response.json().catch(() => null)
  if (!response.ok) throw new Error(json?.error?.message ?? String(response.status))
  return json
}

/** Admins create and revoke API keys here; a new key is shown once, in this panel only. */
export function ApiKeyPanel({ initialKeys, labels, locale }: { initialKeys: PanelKey[]; labels: Labels; locale: string }) {
  const [keys, setKeys] = useState(initialKeys)
  const [name, setName] = useState('')
  const [scope, setScope] = useState<'read' | 'read-write'>('read')
  const [busy, setBusy] = useState(false)
  const [created, setCreated] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const nameId = useId()
  const scopeId = useId()
  const keyId = useId()
  const api = (path: string) => `/api/v1${path}?lang=${locale}`

  async function create(event: React.FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const key = await post(api('/api-keys'), { name, scope })
      setCreated(key.key)
      setCopied(false)
      setKeys((current) => [{ id: key.id, name: key.name, scope: key.scope, prefix: key.prefix, lastUsedAt: null, revokedAt: null }, ...current])
      setName('')
    } catch (caught) {
      setError(labels.failed.replace('{message}', (caught as Error).message))
    } finally {
      setBusy(false)
    }
  }

  async function revoke(key: PanelKey) {
    if (!window.confirm(labels.confirmRevoke.replace('{name}', key.name))) return
    setError(null)
    try {
      const updated = await post(api(`/api-keys/${key.id}/revoke`))
      setKeys((current) => current.map((row) => (row.id === key.id ? { ...row, revokedAt: updated.revokedAt } : row)))
    } catch (caught) {
      setError(labels.failed.replace('{message}', (caught as Error).message))
    }
  }

  const date = (value: string | null) => (value ? new Date(value).toLocaleString(locale === 'en' ? 'en-GB' : 'fr-FR') : labels.never)

  return (
    <section aria-labelledby="api-keys-title" className="rounded-2xl border border-terracotta-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id="api-keys-title" className="text-xl font-bold text-ink-950">{labels.title}</h2>
      <p className="mt-1 text-sm text-ink-600">{labels.intro}</p>

      <form onSubmit={create} className="mt-4 grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem_auto] sm:items-end">
        <div>
          <label htmlFor={nameId} className="text-sm font-semibold text-ink-800">{labels.name}</label>
          <input id={nameId} className="field mt-1" required maxLength={120} value={name} placeholder={labels.namePlaceholder} onChange={(event) => setName(event.target.value)} />
        </div>
        <div>
          <label htmlFor={scopeId} className="text-sm font-semibold text-ink-800">{labels.scope}</label>
          <select id={scopeId} className="field mt-1" value={scope} onChange={(event) => setScope(event.target.value as 'read' | 'read-write')}>
            <option value="read">{labels.scopes.read}</option>
            <option value="read-write">{labels.scopes['read-write']}</option>
          </select>
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy || !name.trim()}>
          {busy ? labels.creating : labels.create}
        </button>
      </form>

      {error && (
        <p role="alert" className="mt-3 rounded-lg bg-terracotta-50 px-3 py-2 text-sm text-terracotta-800">
          {error}
        </p>
      )}

      {created && (
        <div role="status" className="mt-4 rounded-xl border border-ochre-400 bg-ochre-200/40 p-4">
          <p className="font-semibold text-ink-950">{labels.createdTitle}</p>
          <p className="text-sm text-ink-700">{labels.createdText}</p>
          <div className="mt-2 flex flex-col gap-2 sm:flex-row">
            <label htmlFor={keyId} className="sr-only">{labels.createdTitle}</label>
            <input id={keyId} readOnly value={created} className="field font-mono text-sm" onFocus={(event) => event.target.select()} />
            <button
              type="button"
              className="btn btn-secondary"
              onClick={async () => {
                await navigator.clipboard?.writeText(created).catch(() => undefined)
                setCopied(true)
              }}
            >
              {copied ? labels.copied : labels.copy}
            </button>
          </div>
        </div>
      )}

      {keys.length === 0 ? (
        <p className="mt-4 text-sm text-ink-500">{labels.empty}</p>
      ) : (
        <ul className="mt-4 divide-y divide-ink-900/10 rounded-xl border border-ink-900/10">
          {keys.map((key) => (
            <li key={key.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="font-semibold break-words text-ink-950">
                  {key.name}{' '}
                  <span className={`ml-1 rounded-full px-2 py-0.5 text-xs font-semibold ${key.revokedAt ? 'bg-ink-900/10 text-ink-600' : 'bg-forest-600/10 text-forest-600'}`}>
                    {key.revokedAt ? labels.revoked : labels.active}
                  </span>
                </p>
                <p className="text-xs text-ink-600">
                  {labels.scopes[key.scope] ?? key.scope} · {labels.prefix} <code className="font-mono">tk_{key.prefix}_…</code> · {labels.lastUsed} {date(key.lastUsedAt)}
                </p>
              </div>
              {!key.revokedAt && (
                <button type="button" className="btn btn-ghost self-start text-terracotta-700 sm:self-auto" onClick={() => revoke(key)}>
                  {labels.revoke}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
