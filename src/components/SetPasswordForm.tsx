'use client'

import { useId, useRef, useState, type FormEvent, type RefObject } from 'react'

import { destinationAfterLogin } from '@/auth/destinationAfterLogin'
import { MIN_PASSWORD_LENGTH, newPasswordProblems } from '@/auth/passwordPolicy'
import { format } from '@/i18n'
import type { SetPasswordMessages } from '@/i18n/messages/setPassword'
import { SubmitButton } from './SubmitButton'

type SetPasswordFormProps = {
  /** The one-time token from the emailed link (empty when the link was cut). */
  token: string
  messages: SetPasswordMessages
}

type Status =
  | { state: 'idle' }
  | { state: 'submitting' }
  | { state: 'success' }
  | { state: 'expired' }
  | { state: 'error'; message: string }

/** Payload's built-in endpoint: it sets the password, spends the token and signs the person in. */
const RESET_PASSWORD_ENDPOINT = '/api/users/reset-password'
/** Payload's own "forgot password" page, which emails a fresh link. */
export const REQUEST_NEW_LINK_HREF = '/admin/forgot'

function ExpiredLink({ messages }: { messages: SetPasswordMessages['errors'] }) {
  return (
    <div role="alert" className="rounded-2xl border border-terracotta-200 bg-terracotta-50 px-5 py-5">
      <p className="font-bold text-terracotta-800">{messages.expired}</p>
      <p className="mt-1.5 text-sm text-terracotta-800">{messages.expiredHelp}</p>
      <a href={REQUEST_NEW_LINK_HREF} className="btn btn-primary mt-4">
        {messages.requestNew}
      </a>
    </div>
  )
}

function PasswordInput({
  id,
  name,
  autoComplete,
  describedBy,
  invalid,
  inputRef,
  messages,
}: {
  id: string
  name: string
  autoComplete: string
  describedBy?: string
  invalid: boolean
  inputRef: RefObject<HTMLInputElement | null>
  messages: SetPasswordMessages
}) {
  const [visible, setVisible] = useState(false)
  return (
    <div className="relative mt-1.5">
      <input
        ref={inputRef}
        id={id}
        name={name}
        type={visible ? 'text' : 'password'}
        autoComplete={autoComplete}
        required
        minLength={MIN_PASSWORD_LENGTH}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        className="field pr-14 aria-invalid:border-terracotta-600 aria-invalid:bg-terracotta-50/40"
      />
      <button
        type="button"
        onClick={() => setVisible((value) => !value)}
        aria-controls={id}
        aria-pressed={visible}
        aria-label={visible ? messages.hidePassword : messages.showPassword}
        className="absolute inset-y-1.5 right-1.5 grid w-11 place-items-center rounded-lg text-ink-600 hover:bg-sand-100 hover:text-ink-900"
      >
        <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true" focusable="false">
          <path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z" />
          <circle cx="12" cy="12" r="3" />
          {visible ? null : <path d="M4 4l16 16" strokeLinecap="round" />}
        </svg>
      </button>
    </div>
  )
}

/**
 * The page behind the one-time link sent after registration (and "forgot password"):
 * two fields, checked here for length and match, then Payload's reset-password endpoint.
 */
export function SetPasswordForm({ token, messages }: SetPasswordFormProps) {
  const [status, setStatus] = useState<Status>(token ? { state: 'idle' } : { state: 'expired' })
  const [fieldErrors, setFieldErrors] = useState<{ password?: string; confirmation?: string }>({})
  const ids = { password: useId(), hint: useId(), passwordError: useId(), confirmation: useId(), confirmationError: useId() }
  const passwordRef = useRef<HTMLInputElement>(null)
  const confirmationRef = useRef<HTMLInputElement>(null)
  const busy = status.state === 'submitting' || status.state === 'success'
  const { errors } = messages

  if (status.state === 'expired') return <ExpiredLink messages={errors} />

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    const form = new FormData(event.currentTarget)
    const password = String(form.get('password') ?? '')
    const confirmation = String(form.get('confirmation') ?? '')
    const problems = newPasswordProblems(password, confirmation)
    const found = {
      password: problems.password ? format(errors[problems.password], { min: MIN_PASSWORD_LENGTH }) : undefined,
      confirmation: problems.confirmation ? errors[problems.confirmation] : undefined,
    }
    setFieldErrors(found)
    if (found.password || found.confirmation) {
      setStatus({ state: 'idle' })
      ;(found.password ? passwordRef : confirmationRef).current?.focus()
      return
    }

    setStatus({ state: 'submitting' })
    let response: Response
    try {
      response = await fetch(RESET_PASSWORD_ENDPOINT, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token, password }),
      })
    } catch {
      setStatus({ state: 'error', message: errors.network })
      return
    }
    const body = (await response.json().catch(() => null)) as { user?: { roles?: string[] } } | null
    if (response.ok && body?.user) {
      setStatus({ state: 'success' })
      window.location.assign(destinationAfterLogin(body.user))
      return
    }
    // Payload answers 403 for a token that is unknown, already used or past its expiry.
    if (response.status === 403 || response.status === 404) setStatus({ state: 'expired' })
    else setStatus({ state: 'error', message: errors.unknown })
  }

  const error = status.state === 'error' ? status.message : null

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <div aria-live="assertive">
        {error ? (
          <p role="alert" className="rounded-xl border border-terracotta-200 bg-terracotta-50 px-4 py-3 text-sm font-medium text-terracotta-800">
            {error}
          </p>
        ) : null}
        {status.state === 'success' ? (
          <p role="status" className="rounded-xl border border-forest-600/30 bg-forest-600/10 px-4 py-3 text-sm font-medium text-forest-600">
            {messages.success}
          </p>
        ) : null}
      </div>

      <div>
        <label htmlFor={ids.password} className="block text-sm font-semibold text-ink-900">
          {messages.password}
        </label>
        <p id={ids.hint} className="mt-1 text-sm text-ink-600">
          {format(messages.passwordHint, { min: MIN_PASSWORD_LENGTH })}
        </p>
        <PasswordInput
          id={ids.password}
          name="password"
          autoComplete="new-password"
          describedBy={[ids.hint, fieldErrors.password ? ids.passwordError : null].filter(Boolean).join(' ')}
          invalid={Boolean(fieldErrors.password)}
          inputRef={passwordRef}
          messages={messages}
        />
        {fieldErrors.password ? (
          <p id={ids.passwordError} className="mt-2 text-sm font-medium text-terracotta-700">
            {fieldErrors.password}
          </p>
        ) : null}
      </div>

      <div>
        <label htmlFor={ids.confirmation} className="block text-sm font-semibold text-ink-900">
          {messages.confirm}
        </label>
        <PasswordInput
          id={ids.confirmation}
          name="confirmation"
          autoComplete="new-password"
          describedBy={fieldErrors.confirmation ? ids.confirmationError : undefined}
          invalid={Boolean(fieldErrors.confirmation)}
          inputRef={confirmationRef}
          messages={messages}
        />
        {fieldErrors.confirmation ? (
          <p id={ids.confirmationError} className="mt-2 text-sm font-medium text-terracotta-700">
            {fieldErrors.confirmation}
          </p>
        ) : null}
      </div>

      <SubmitButton busy={busy}>
        {status.state === 'success' ? messages.success : busy ? messages.submitting : messages.submit}
      </SubmitButton>
    </form>
  )
}
