'use client'
import { getTranslation } from '@payloadcms/translations'
import { Button, FieldDescription, FieldLabel, useConfig, useField, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { useEffect, useId, useState, type CSSProperties } from 'react'

import { format } from '@/i18n'
import { toLocale } from '@/i18n/locales'
import { settingsMessages } from '@/i18n/messages/settings'
import { isMaskedKey } from '@/settings/keyMask'

type KeyStatus = { source: 'environment' | 'settings' | 'none'; masked: string | null; environmentVariable: string }
type TestAnswer = { ok: boolean; message: string }

type ApiKeyFieldProps = TextFieldClientProps & { service: 'sendgrid' | 'openrouter' | 'omdb'; environmentVariable: string }

const styles = {
  wrapper: { marginBottom: 'calc(var(--base) * 1.5)' },
  box: {
    border: '1px solid var(--theme-elevation-150)',
    borderRadius: 'var(--style-radius-m, 6px)',
    background: 'var(--theme-elevation-0)',
    padding: 'calc(var(--base) * 0.75) var(--base)',
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 'calc(var(--base) * 0.75)' },
  mask: { fontFamily: 'var(--font-mono, monospace)', fontSize: '1.05rem', letterSpacing: '0.08em' },
  badge: { borderRadius: 999, padding: '2px 10px', fontSize: '0.8125rem', fontWeight: 600, background: 'var(--theme-elevation-100)' },
  environment: { margin: 'calc(var(--base) * 0.5) 0 0', color: 'var(--theme-warning-750, #8a5a00)' },
  input: { width: '100%', maxWidth: 520, marginTop: 6 },
  muted: { margin: '6px 0 0', color: 'var(--theme-elevation-500)', fontSize: '0.8125rem' },
  ok: { margin: 'calc(var(--base) * 0.5) 0 0', padding: '8px 12px', borderRadius: 6, background: 'var(--theme-success-100, #e3f4e6)', color: 'var(--theme-success-800, #14532d)' },
  failed: { margin: 'calc(var(--base) * 0.5) 0 0', padding: '8px 12px', borderRadius: 6, background: 'var(--theme-error-100, #fde8e8)', color: 'var(--theme-error-800, #7f1d1d)' },
} satisfies Record<string, CSSProperties>

/**
 * An Integrations key: the saved key is only ever seen as `••••1234` (the server masks it
 * for every reader), with "Remplacer" to type a new one, "Supprimer", and "Tester la clé",
 * which asks the server to call the service. Shows when the environment variable wins.
 */
export function ApiKeyField(props: ApiKeyFieldProps) {
  const { path, field, service, environmentVariable } = props
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const messages = settingsMessages[toLocale(i18n.language)]
  const { value, setValue, initialValue } = useField<string | null>({ path })
  const [replacing, setReplacing] = useState(false)
  const [status, setStatus] = useState<KeyStatus | null>(null)
  const [testing, setTesting] = useState(false)
  const [answer, setAnswer] = useState<TestAnswer | null>(null)
  const inputId = useId()
  const apiUrl = `${config.serverURL ?? ''}${config.routes.api}`

  useEffect(() => {
    let active = true
    fetch(`${apiUrl}/settings/keys`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => active && body && setStatus(body[service] ?? null))
      .catch(() => undefined)
    return () => {
      active = false
    }
  }, [apiUrl, service])

  // After a save the form holds the new mask: close the replacement input.
  useEffect(() => {
    setReplacing(false)
  }, [initialValue])

  const typed = replacing && typeof value === 'string' && value !== '' && !isMaskedKey(value) ? value : null
  const removing = !replacing && (value === null || value === '') && Boolean(initialValue)
  const savedMask = typeof initialValue === 'string' && initialValue ? initialValue : null

  async function test() {
    setTesting(true)
    setAnswer(null)
    try {
      const response = await fetch(`${apiUrl}/settings/keys/${service}/test`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(typed ? { key: typed } : {}),
      })
      const body = await response.json()
      setAnswer({ ok: Boolean(body.ok), message: body.message ?? body.error?.message ?? messages.result.badRequest })
    } catch {
      setAnswer({ ok: false, message: format(messages.result.unreachable, { service: 'Taalentio' }) })
    } finally {
      setTesting(false)
    }
  }

  const label = getTranslation(field.label || field.name, i18n)
  return (
    <div style={styles.wrapper} data-testid={`api-key-${service}`}>
      <FieldLabel label={label} path={path} htmlFor={inputId} />
      <div style={styles.box}>
        <div style={styles.row}>
          {savedMask ? (
            <>
              <span style={styles.mask} data-testid="api-key-mask" aria-label={`${messages.field.saved} ${savedMask}`}>
                {savedMask}
              </span>
              <span style={styles.badge}>{messages.field.saved}</span>
            </>
          ) : (
            <span style={styles.muted}>{messages.field.none}</span>
          )}
        </div>
        {status?.source === 'environment' && (
          <p style={styles.environment} role="note" data-testid="api-key-environment">
            <strong>{messages.field.environmentShort}</strong> — {format(messages.field.environment, { variable: environmentVariable })}
            {status.masked ? ` (${status.masked})` : ''}
          </p>
        )}

        {replacing ? (
          <div style={{ marginTop: 'calc(var(--base) * 0.75)' }}>
            <label htmlFor={inputId}>{messages.field.newKey}</label>
            <input
              id={inputId}
              type="password"
              autoComplete="off"
              spellCheck={false}
              style={styles.input}
              className="field-type text"
              value={typed ?? ''}
              onChange={(event) => setValue(event.target.value.trim() ? event.target.value : (initialValue ?? null))}
            />
            <p style={styles.muted}>{messages.field.newKeyHint}</p>
          </div>
        ) : null}
        {removing && <p style={styles.muted}>{messages.field.removePending}</p>}
        {typed && <p style={styles.muted}>{messages.field.unsaved}</p>}

        <div style={{ ...styles.row, marginTop: 'calc(var(--base) * 0.75)' }}>
          {replacing ? (
            <Button buttonStyle="secondary" margin={false} onClick={() => { setReplacing(false); setValue(initialValue ?? null) }}>
              {messages.field.cancel}
            </Button>
          ) : (
            <Button buttonStyle="secondary" margin={false} onClick={() => setReplacing(true)}>
              {messages.field.replace}
            </Button>
          )}
          {savedMask && !replacing && (
            removing ? (
              <Button buttonStyle="subtle" margin={false} onClick={() => setValue(initialValue ?? null)}>{messages.field.undoRemove}</Button>
            ) : (
              <Button buttonStyle="subtle" margin={false} onClick={() => setValue(null)}>{messages.field.remove}</Button>
            )
          )}
          <Button buttonStyle="primary" margin={false} disabled={testing} onClick={test}>
            {testing ? messages.field.testing : typed ? messages.field.testTyped : messages.field.test}
          </Button>
        </div>
        <div aria-live="polite" data-testid="api-key-test-result">
          {answer && <p style={answer.ok ? styles.ok : styles.failed}>{answer.ok ? '✓ ' : '✗ '}{answer.message}</p>}
        </div>
      </div>
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
