'use client'

import { useId, useState, type FormEvent } from 'react'

import { destinationAfterLogin } from '@/auth/destinationAfterLogin'
import { loginFailureReason, loginRequestBody } from '@/auth/loginFailureReason'
import type { Messages } from '@/i18n'
import { SubmitButton } from './SubmitButton'

type LoginFormProps = {
  messages: Messages['login']
  /** A same-site path to go back to after signing in (already checked by the page). */
  next: string | null
}

type Status =
  | { state: 'idle' }
  | { state: 'submitting' }
  | { state: 'success' }
  | { state: 'error'; message: string }

const LOGIN_ENDPOINT = '/api/users/login'

/**
 * One field for the email *or* the unique code (Payload's `loginWithUsername` with
 * `allowEmailLogin`), then a full page load to the person's space so every layout,
 * the admin panel included, sees the new session cookie.
 */
export function LoginForm({ messages, next }: LoginFormProps) {
  const [status, setStatus] = useState<Status>({ state: 'idle' })
  const [showPassword, setShowPassword] = useState(false)
  const ids = { identifier: useId(), hint: useId(), password: useId(), error: useId() }
  const busy = status.state === 'submitting' || status.state === 'success'
  const error = status.state === 'error' ? status.message : null

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    const form = new FormData(event.currentTarget)
    const identifier = String(form.get('identifier') ?? '').trim()
    const password = String(form.get('password') ?? '')
    if (!identifier || !password) {
      setStatus({ state: 'error', message: messages.errors.required })
      return
    }

    setStatus({ state: 'submitting' })
    let response: Response
    try {
      response = await fetch(LOGIN_ENDPOINT, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(loginRequestBody(identifier, password)),
      })
    } catch {
      setStatus({ state: 'error', message: messages.errors.network })
      return
    }

    const body = await response.json().catch(() => null)
    if (response.ok && body?.user) {
      setStatus({ state: 'success' })
      window.location.assign(destinationAfterLogin(body.user, next))
      return
    }
    setStatus({ state: 'error', message: messages.errors[loginFailureReason(response.status, body)] })
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={error ? ids.error : undefined} className="space-y-5">
      <div aria-live="assertive" id={ids.error}>
        {error ? (
          <p role="alert" className="rounded-xl border border-terracotta-200 bg-terracotta-50 px-4 py-3 text-sm font-medium text-terracotta-800">
            {error}
          </p>
        ) : null}
      </div>

      <div>
        <label htmlFor={ids.identifier} className="block text-sm font-semibold text-ink-900">
          {messages.identifierLabel}
        </label>
        <input
          id={ids.identifier}
          name="identifier"
          type="text"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.hint}
          className="field mt-1.5"
        />
        <p id={ids.hint} className="mt-1.5 text-sm text-ink-600">
          {messages.identifierHint}
        </p>
      </div>

      <div>
        <div className="flex items-baseline justify-between gap-4">
          <label htmlFor={ids.password} className="block text-sm font-semibold text-ink-900">
            {messages.passwordLabel}
          </label>
          {/* Payload's own reset flow: it emails a link to set a new password. */}
          <a href="/admin/forgot" className="rounded text-sm font-medium text-terracotta-600 hover:text-terracotta-700">
            {messages.forgotPassword}
          </a>
        </div>
        <div className="relative mt-1.5">
          <input
            id={ids.password}
            name="password"
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            required
            aria-invalid={error ? true : undefined}
            className="field pr-14"
          />
          <button
            type="button"
            onClick={() => setShowPassword((value) => !value)}
            aria-controls={ids.password}
            aria-pressed={showPassword}
            aria-label={showPassword ? messages.hidePassword : messages.showPassword}
            className="absolute inset-y-1.5 right-1.5 grid w-11 place-items-center rounded-lg text-ink-600 hover:bg-sand-100 hover:text-ink-900"
          >
            <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true" focusable="false">
              <path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z" />
              <circle cx="12" cy="12" r="3" />
              {showPassword ? null : <path d="M4 4l16 16" strokeLinecap="round" />}
            </svg>
          </button>
        </div>
      </div>

      <SubmitButton busy={busy}>
        {status.state === 'success' ? messages.success : busy ? messages.submitting : messages.submit}
      </SubmitButton>
    </form>
  )
}
