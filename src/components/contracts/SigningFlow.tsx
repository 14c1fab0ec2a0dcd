'use client'

import Link from 'next/link'
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react'

import { CheckIcon } from '@/components/icons'
import { AlertIcon, ShieldIcon } from '@/components/talentSpace/icons'
import { format } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { ContractMessages } from '@/i18n/messages/contracts'

import { ContractDocument } from './ContractDocument'
import { apiErrorOf, formatMoment } from './contractModel'
import { SignaturePadField, type SignaturePadHandle } from './SignaturePadField'

/** GET /api/contract-signing/:token (collections/Contracts, contract D in the team notes). */
export type SigningData = {
  contract: { reference: string; title: string; kind: string; html: string; status: string }
  signer: { name: string; role: 'talent' | 'staff' | string; email: string }
  identity: 'code' | 'otp'
  previousSigners: { name: string; signedAt: string }[]
}

type LinkProblem = 'invalid' | 'expired' | 'used'

type State =
  | { step: 'loading' }
  | { step: 'link'; problem: LinkProblem }
  | { step: 'failed'; message: string }
  | { step: 'ready'; data: SigningData }
  | { step: 'signed'; data: SigningData; verifyUrl: string | null; pdfUrl: string | null; complete: boolean }
  | { step: 'declined'; data: SigningData }

const LINK_CODES: Record<string, LinkProblem> = { link_invalid: 'invalid', link_expired: 'expired', link_used: 'used' }

/** Which link problem an answer means: by code, or by status when the body says nothing useful. */
function linkProblemOf(status: number, code: string | null): LinkProblem | null {
  if (code && LINK_CODES[code]) return LINK_CODES[code]
  if (status === 404) return 'invalid'
  if (status === 410) return 'expired'
  return null
}

const signingEndpoint = (token: string, action?: 'otp' | 'sign' | 'decline') =>
  `/api/contract-signing/${encodeURIComponent(token)}${action ? `/${action}` : ''}`

/**
 * The public signing page's flow (SPEC §10): read the contract, prove who you are (talent code
 * or a one-time code by email), sign by drawing or typing your name with explicit consent, or
 * decline with a reason. The link's token is the only credential; the server checks it all.
 */
export function SigningFlow({ token, locale, signedIn, messages: all }: { token: string; locale: Locale; signedIn: boolean; messages: ContractMessages }) {
  const m = all.signing
  const [state, setState] = useState<State>({ step: 'loading' })

  const load = useCallback(async () => {
    setState({ step: 'loading' })
    try {
      const response = await fetch(signingEndpoint(token), { headers: { Accept: 'application/json' }, cache: 'no-store' })
      const body = await response.json().catch(() => null)
      if (response.ok && body?.contract) {
        setState({ step: 'ready', data: body as SigningData })
        return
      }
      const { code, message } = apiErrorOf(body)
      const problem = linkProblemOf(response.status, code)
      setState(problem ? { step: 'link', problem } : { step: 'failed', message: message ?? m.errors.generic })
    } catch {
      setState({ step: 'failed', message: m.errors.network })
    }
  }, [token, m])

  useEffect(() => {
    void load()
  }, [load])

  if (state.step === 'loading') {
    return (
      <div role="status" aria-live="polite" className="flex min-h-[40vh] flex-col items-center justify-center gap-4 text-ink-600">
        <span aria-hidden="true" className="size-10 animate-spin rounded-full border-4 border-sand-200 border-t-terracotta-600" />
        {m.loading}
      </div>
    )
  }
  if (state.step === 'link') return <LinkProblemCard problem={state.problem} messages={m} />
  if (state.step === 'failed') {
    return (
      <Notice tone="error" title={m.errors.generic} text={state.message}>
        <button type="button" onClick={() => void load()} className="btn btn-primary btn-lg">
          {m.retry}
        </button>
      </Notice>
    )
  }
  if (state.step === 'signed') {
    return (
      <Notice tone="done" title={m.done.signedTitle} text={state.complete ? m.done.completeText : m.done.signedText} testId="signing-done">
        {state.verifyUrl ? (
          <a href={state.verifyUrl} className="btn btn-primary btn-lg">
            <ShieldIcon className="size-5" />
            {m.done.verify}
          </a>
        ) : null}
        {/* The PDF needs a session (staff or the talent's own account); the email carries it too. */}
        {state.pdfUrl && signedIn ? (
          <a href={state.pdfUrl} className="btn btn-secondary btn-lg">
            {m.done.pdf}
          </a>
        ) : null}
      </Notice>
    )
  }
  if (state.step === 'declined') return <Notice tone="neutral" title={m.done.declinedTitle} text={m.done.declinedText} testId="signing-declined" />

  return (
    <SigningForm
      data={state.data}
      token={token}
      locale={locale}
      messages={m}
      onLinkProblem={(problem) => setState({ step: 'link', problem })}
      onSigned={(result) => setState({ step: 'signed', data: state.data, ...result })}
      onDeclined={() => setState({ step: 'declined', data: state.data })}
    />
  )
}

type SigningFormProps = {
  data: SigningData
  token: string
  locale: Locale
  messages: ContractMessages['signing']
  onLinkProblem: (problem: LinkProblem) => void
  onSigned: (result: { verifyUrl: string | null; pdfUrl: string | null; complete: boolean }) => void
  onDeclined: () => void
}

type FieldErrors = Partial<Record<'identity' | 'signature' | 'consent' | 'reason', string>>

function SigningForm({ data, token, locale, messages: m, onLinkProblem, onSigned, onDeclined }: SigningFormProps) {
  const ids = { identity: useId(), identityHint: useId(), signature: useId(), signatureError: useId(), typed: useId(), consent: useId(), reason: useId(), error: useId() }
  // A talent proves who they are with their profile code, or asks for a one-time code; a staff signer only the latter.
  const [identityMode, setIdentityMode] = useState<'code' | 'otp'>(data.identity)
  const [identityValue, setIdentityValue] = useState('')
  const [otpState, setOtpState] = useState<'idle' | 'sending' | 'sent'>('idle')
  const [method, setMethod] = useState<'drawn' | 'typed'>('drawn')
  const [typedName, setTypedName] = useState('')
  const [consent, setConsent] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState<'sign' | 'decline' | null>(null)
  const [declining, setDeclining] = useState(false)
  const [reason, setReason] = useState('')
  const padRef = useRef<SignaturePadHandle>(null)
  const errorRef = useRef<HTMLDivElement>(null)

  const post = async (action: 'otp' | 'sign' | 'decline', payload: unknown) => {
    const response = await fetch(signingEndpoint(token, action), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(payload),
    })
    const body = await response.json().catch(() => null)
    return { response, body }
  }

  /** An error answer: a dead link replaces the page; anything else shows above the buttons. */
  const failed = (status: number, body: unknown) => {
    const { code, message } = apiErrorOf(body)
    const problem = code && LINK_CODES[code] ? LINK_CODES[code] : status === 410 ? linkProblemOf(status, code) : null
    if (problem) {
      onLinkProblem(problem)
      return
    }
    setFormError(message ?? m.errors.generic)
    requestAnimationFrame(() => errorRef.current?.focus())
  }

  const sendOtp = async () => {
    setOtpState('sending')
    setFormError(null)
    try {
      const { response, body } = await post('otp', {})
      if (response.ok) {
        setOtpState('sent')
        setIdentityMode('otp')
        setIdentityValue('')
        return
      }
      setOtpState('idle')
      failed(response.status, body)
    } catch {
      setOtpState('idle')
      setFormError(m.errors.network)
    }
  }

  const onSign = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy) return
    const next: FieldErrors = {}
    const identity = identityValue.trim()
    if (!identity) next.identity = m.errors.identity
    let signature: { method: 'drawn'; image: string } | { method: 'typed'; name: string } | null = null
    if (method === 'drawn') {
      const image = padRef.current?.toPng() ?? null
      if (image) signature = { method: 'drawn', image }
      else next.signature = m.errors.signatureEmpty
    } else if (typedName.trim().length >= 2) {
      signature = { method: 'typed', name: typedName.trim() }
    } else next.signature = m.errors.typedName
    if (!consent) next.consent = m.errors.consent
    setErrors(next)
    setFormError(null)
    if (Object.keys(next).length || !signature) {
      setFormError(Object.values(next)[0] ?? m.errors.generic)
      requestAnimationFrame(() => errorRef.current?.focus())
      return
    }

    setBusy('sign')
    try {
      const { response, body } = await post('sign', {
        consent: true,
        identity: identityMode === 'code' ? { code: identity.toUpperCase() } : { otp: identity.replace(/\s+/g, '') },
        signature,
      })
      if (response.ok) {
        onSigned({
          verifyUrl: typeof body?.verifyUrl === 'string' ? body.verifyUrl : null,
          pdfUrl: typeof body?.pdfUrl === 'string' ? body.pdfUrl : null,
          complete: body?.status === 'signed',
        })
        return
      }
      failed(response.status, body)
    } catch {
      setFormError(m.errors.network)
    } finally {
      setBusy(null)
    }
  }

  const onDecline = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy) return
    if (!reason.trim()) {
      setErrors({ reason: m.errors.reason })
      return
    }
    setBusy('decline')
    setFormError(null)
    try {
      const { response, body } = await post('decline', { reason: reason.trim() })
      if (response.ok) {
        onDeclined()
        return
      }
      failed(response.status, body)
    } catch {
      setFormError(m.errors.network)
    } finally {
      setBusy(null)
    }
  }

  const { contract, signer } = data
  const errorBox = (
    <div aria-live="assertive" id={ids.error} ref={errorRef} tabIndex={-1} className="outline-none">
      {formError ? (
        <p role="alert" className="flex items-start gap-2.5 rounded-xl border border-terracotta-200 bg-terracotta-50 px-4 py-3 text-sm font-medium text-terracotta-800">
          <AlertIcon className="mt-0.5 size-4 shrink-0" />
          {formError}
        </p>
      ) : null}
    </div>
  )

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start lg:gap-10">
      <header className="lg:col-span-2">
        <p className="eyebrow">{m.eyebrow}</p>
        <h1 className="mt-2 text-2xl font-extrabold tracking-tight text-balance text-ink-950 sm:text-4xl">{contract.title}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-600">
          <span className="font-mono font-semibold tracking-wider text-terracotta-700">{format(m.reference, { reference: contract.reference })}</span>
          <span>{format(m.signerAs, { name: signer.name })}</span>
        </p>
        <p className="mt-3 max-w-2xl text-ink-700">{m.intro}</p>
        {data.previousSigners.length ? (
          <p className="mt-3 flex flex-wrap items-center gap-2 text-sm text-ink-700">
            <span className="font-semibold">{m.previousSigners} :</span>
            {data.previousSigners.map((previous) => (
              <span key={`${previous.name}-${previous.signedAt}`} className="inline-flex items-center gap-1 rounded-full bg-forest-600/10 px-2.5 py-0.5 font-medium text-forest-600">
                <CheckIcon className="size-3.5" strokeWidth={2.5} />
                {previous.name} · {formatMoment(locale, previous.signedAt)}
              </span>
            ))}
          </p>
        ) : null}
      </header>

      <section aria-label={m.readDocument} className="min-w-0">
        <ContractDocument html={contract.html} label={m.readDocument} />
      </section>

      <div className="min-w-0 lg:sticky lg:top-24">
        {declining ? (
          <form onSubmit={onDecline} noValidate className="space-y-4 rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5 sm:p-6" data-testid="decline-form">
            <h2 className="text-lg font-bold text-ink-950">{m.declineTitle}</h2>
            {errorBox}
            <div>
              <label htmlFor={ids.reason} className="block text-sm font-semibold text-ink-900">
                {m.declineReason}
              </label>
              <textarea
                id={ids.reason}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                rows={4}
                maxLength={1000}
                aria-invalid={errors.reason ? true : undefined}
                aria-describedby={`${ids.reason}-hint`}
                className="field mt-1.5"
              />
              <p id={`${ids.reason}-hint`} className={`mt-1.5 text-sm ${errors.reason ? 'font-medium text-terracotta-700' : 'text-ink-600'}`}>
                {errors.reason ?? m.declineHint}
              </p>
            </div>
            <div className="flex flex-col gap-2 sm:flex-row-reverse">
              <button type="submit" disabled={busy !== null} className="btn btn-lg bg-terracotta-800 text-white hover:bg-terracotta-900">
                {busy === 'decline' ? m.declining : m.declineConfirm}
              </button>
              <button type="button" onClick={() => setDeclining(false)} className="btn btn-secondary btn-lg">
                {m.declineCancel}
              </button>
            </div>
          </form>
        ) : (
          <form onSubmit={onSign} noValidate className="space-y-6 rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5 sm:p-6" data-testid="signing-form">
            <fieldset className="space-y-2">
              <legend className="text-base font-bold text-ink-950">{m.step1}</legend>
              <label htmlFor={ids.identity} className="block text-sm font-semibold text-ink-900">
                {identityMode === 'code' ? m.identityCode : m.identityOtp}
              </label>
              <input
                id={ids.identity}
                name={identityMode === 'code' ? 'talent-code' : 'otp'}
                value={identityValue}
                onChange={(event) => setIdentityValue(event.target.value)}
                autoComplete={identityMode === 'otp' ? 'one-time-code' : 'off'}
                inputMode={identityMode === 'otp' ? 'numeric' : 'text'}
                autoCapitalize={identityMode === 'code' ? 'characters' : 'off'}
                spellCheck={false}
                maxLength={identityMode === 'otp' ? 8 : 40}
                aria-invalid={errors.identity ? true : undefined}
                aria-describedby={ids.identityHint}
                className={`field font-mono tracking-wider uppercase ${errors.identity ? 'border-terracotta-600' : ''}`}
              />
              <p id={ids.identityHint} className="text-sm text-ink-600">
                {identityMode === 'code' ? m.identityCodeHint : format(m.identityOtpHint, { email: signer.email })}
              </p>
              {otpState === 'sent' ? (
                <p role="status" className="flex items-center gap-1.5 text-sm font-medium text-forest-600">
                  <CheckIcon className="size-4" strokeWidth={2.5} />
                  {format(m.otpSent, { email: signer.email })}
                </p>
              ) : null}
              <div className="flex flex-wrap gap-x-4 gap-y-1">
                {identityMode === 'code' ? (
                  <button type="button" onClick={() => void sendOtp()} disabled={otpState === 'sending'} className="text-left text-sm font-semibold text-terracotta-700 underline underline-offset-2 hover:text-terracotta-900">
                    {otpState === 'sending' ? m.signing : m.useOtp}
                  </button>
                ) : (
                  <>
                    <button type="button" onClick={() => void sendOtp()} disabled={otpState === 'sending'} className="text-left text-sm font-semibold text-terracotta-700 underline underline-offset-2 hover:text-terracotta-900">
                      {otpState === 'idle' ? m.sendOtp : m.resendOtp}
                    </button>
                    {data.identity === 'code' ? (
                      <button type="button" onClick={() => { setIdentityMode('code'); setIdentityValue('') }} className="text-left text-sm font-semibold text-ink-700 underline underline-offset-2 hover:text-ink-950">
                        {m.useCode}
                      </button>
                    ) : null}
                  </>
                )}
              </div>
            </fieldset>

            <fieldset className="space-y-3">
              <legend className="text-base font-bold text-ink-950">{m.step2}</legend>
              <div role="radiogroup" aria-label={m.methodLabel} className="grid grid-cols-2 gap-1 rounded-full bg-sand-100 p-1">
                {(['drawn', 'typed'] as const).map((value) => (
                  <label
                    key={value}
                    className={`flex min-h-11 cursor-pointer items-center justify-center rounded-full px-3 text-sm font-semibold transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-terracotta-600 ${
                      method === value ? 'bg-white text-ink-950 shadow-sm' : 'text-ink-600 hover:text-ink-900'
                    }`}
                  >
                    <input type="radio" name="method" value={value} checked={method === value} onChange={() => setMethod(value)} className="sr-only" />
                    {value === 'drawn' ? m.draw : m.type}
                  </label>
                ))}
              </div>
              <div hidden={method !== 'drawn'}>
                <SignaturePadField
                  ref={padRef}
                  label={m.padLabel}
                  hint={m.padHint}
                  clearLabel={m.clear}
                  describedBy={errors.signature ? ids.signatureError : undefined}
                  invalid={Boolean(errors.signature) && method === 'drawn'}
                  onChange={(empty) => {
                    if (!empty) setErrors(({ signature: _, ...rest }) => rest)
                  }}
                />
              </div>
              {method === 'typed' ? (
                <div>
                  <label htmlFor={ids.typed} className="block text-sm font-semibold text-ink-900">
                    {m.typedName}
                  </label>
                  <input
                    id={ids.typed}
                    value={typedName}
                    onChange={(event) => setTypedName(event.target.value)}
                    autoComplete="name"
                    maxLength={120}
                    aria-invalid={errors.signature ? true : undefined}
                    aria-describedby={`${ids.typed}-hint`}
                    className="field mt-1.5"
                  />
                  <p id={`${ids.typed}-hint`} className="mt-1.5 text-sm text-ink-600">
                    {m.typedNameHint}
                  </p>
                  {typedName.trim() ? (
                    <p aria-hidden="true" className="mt-3 truncate rounded-2xl bg-sand-50 px-4 py-3 font-serif text-3xl text-ink-950 italic ring-1 ring-ink-900/10">
                      {typedName}
                    </p>
                  ) : null}
                </div>
              ) : null}
              {errors.signature ? (
                <p id={ids.signatureError} className="text-sm font-medium text-terracotta-700">
                  {errors.signature}
                </p>
              ) : null}
            </fieldset>

            <fieldset>
              <legend className="text-base font-bold text-ink-950">{m.step3}</legend>
              <label htmlFor={ids.consent} className={`mt-2 flex cursor-pointer items-start gap-3 rounded-2xl p-3 ring-1 ring-inset ${errors.consent ? 'bg-terracotta-50 ring-terracotta-600/40' : 'bg-sand-50 ring-ink-900/10'}`}>
                <input
                  id={ids.consent}
                  type="checkbox"
                  checked={consent}
                  onChange={(event) => {
                    setConsent(event.target.checked)
                    if (event.target.checked) setErrors(({ consent: _, ...rest }) => rest)
                  }}
                  aria-invalid={errors.consent ? true : undefined}
                  className="mt-0.5 size-5 shrink-0 accent-terracotta-600"
                />
                <span className="text-sm leading-relaxed text-ink-800">{m.consent}</span>
              </label>
            </fieldset>

            {errorBox}

            <div className="flex flex-col gap-2">
              <button type="submit" disabled={busy !== null} className="btn btn-primary btn-lg w-full">
                {busy === 'sign' ? m.signing : m.sign}
              </button>
              <button
                type="button"
                onClick={() => {
                  setDeclining(true)
                  setFormError(null)
                  setErrors({})
                }}
                className="btn w-full text-terracotta-800 hover:bg-terracotta-50"
              >
                {m.decline}
              </button>
            </div>
          </form>
        )}
      </div>
    </div>
  )
}

function LinkProblemCard({ problem, messages: m }: { problem: LinkProblem; messages: ContractMessages['signing'] }) {
  const texts = {
    invalid: [m.link.invalidTitle, m.link.invalidText],
    expired: [m.link.expiredTitle, m.link.expiredText],
    used: [m.link.usedTitle, m.link.usedText],
  }[problem]
  return (
    <Notice tone="error" title={texts[0]} text={texts[1]} testId={`link-${problem}`}>
      <Link href="/" className="btn btn-secondary btn-lg">
        {m.link.home}
      </Link>
    </Notice>
  )
}

function Notice({ tone, title, text, testId, children }: { tone: 'error' | 'done' | 'neutral'; title: string; text: string; testId?: string; children?: React.ReactNode }) {
  const icon =
    tone === 'done' ? (
      <span className="mx-auto grid size-16 place-items-center rounded-full bg-forest-600/10 text-forest-600">
        <CheckIcon className="size-8" strokeWidth={2.5} />
      </span>
    ) : (
      <span className={`mx-auto grid size-16 place-items-center rounded-full ${tone === 'error' ? 'bg-terracotta-50 text-terracotta-600' : 'bg-sand-100 text-ink-600'}`}>
        <AlertIcon className="size-8" />
      </span>
    )
  return (
    <section role={tone === 'error' ? 'alert' : 'status'} data-testid={testId} className="mx-auto max-w-xl rounded-[2rem] bg-white px-6 py-10 text-center shadow-card ring-1 ring-ink-900/5 sm:px-12 sm:py-14">
      {icon}
      <h1 className="mt-6 text-2xl font-extrabold tracking-tight text-balance text-ink-950 sm:text-3xl">{title}</h1>
      <p className="mt-3 text-ink-600">{text}</p>
      {children ? <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">{children}</div> : null}
    </section>
  )
}
