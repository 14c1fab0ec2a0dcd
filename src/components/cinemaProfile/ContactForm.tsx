'use client'

import { useRef, useState, type FormEvent } from 'react'

import { CheckIcon } from '@/components/icons'
import { describedBy, Field, FieldError, fieldIds, inputClass } from '@/components/registration/FormField'
import { SubmitButton } from '@/components/SubmitButton'
import { format } from '@/i18n'
import type { CinemaProfileMessages } from '@/i18n/messages/cinemaProfile'

type Messages = CinemaProfileMessages['contactForm']
type FieldName = 'senderName' | 'senderEmail' | 'organisation' | 'subject' | 'message' | 'consent'
type Errors = Partial<Record<FieldName | '', string>>

const path = (name: FieldName) => `contact.${name}`
const FIELD_ORDER: FieldName[] = ['senderName', 'senderEmail', 'organisation', 'subject', 'message', 'consent']

type ContactFormProps = {
  /** POST endpoint; the form also posts there without script (the server then redirects back). */
  action: string
  talentName: string
  messages: Messages
  /** `?contact=sent|error` after a post without script. */
  initialResult?: 'sent' | 'error'
  limits: { senderName: number; senderEmail: number; organisation: number; subject: number; message: number }
}

/** A visitor's message to the talent, sent through the platform (their contact details stay private). */
export function ContactForm({ action, talentName, messages: m, initialResult, limits }: ContactFormProps) {
  const formRef = useRef<HTMLFormElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<Errors>(initialResult === 'error' ? { '': m.noScriptError } : {})
  const [sentTo, setSentTo] = useState<string | null>(initialResult === 'sent' ? '' : null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const body = {
      senderName: String(form.get('senderName') ?? ''),
      senderEmail: String(form.get('senderEmail') ?? ''),
      organisation: String(form.get('organisation') ?? ''),
      subject: String(form.get('subject') ?? ''),
      message: String(form.get('message') ?? ''),
      consent: form.get('consent') === 'on',
      website: String(form.get('website') ?? ''),
    }
    setBusy(true)
    setErrors({})
    try {
      const response = await fetch(action, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' })
      const answer = (await response.json().catch(() => null)) as { errors?: { path: string; message: string }[] } | null
      if (response.ok) {
        setSentTo(body.senderEmail)
        formRef.current?.reset()
        return
      }
      const next: Errors = {}
      for (const error of answer?.errors ?? []) {
        const key = (FIELD_ORDER as string[]).includes(error.path) ? (error.path as FieldName) : ''
        next[key] ??= error.message
      }
      if (!Object.keys(next).length) next[''] = m.network
      setErrors(next)
      // Field errors: focus the first one; a general error: read the summary out.
      const first = FIELD_ORDER.find((name) => next[name])
      if (first) document.getElementById(fieldIds(path(first)).id)?.focus()
      else summaryRef.current?.focus()
    } catch {
      setErrors({ '': m.network })
      summaryRef.current?.focus()
    } finally {
      setBusy(false)
    }
  }

  if (sentTo !== null) {
    return (
      <div role="status" className="rounded-2xl bg-forest-600/10 p-5 ring-1 ring-forest-600/25">
        <div className="flex items-start gap-3">
          <span className="grid size-9 shrink-0 place-items-center rounded-full bg-forest-600 text-white">
            <CheckIcon className="size-5" strokeWidth={2.5} />
          </span>
          <div>
            <p className="font-bold text-ink-950">{m.successTitle}</p>
            <p className="mt-1 text-sm leading-relaxed text-ink-700">{sentTo ? format(m.successText, { name: talentName, email: sentTo }) : m.noScriptSent}</p>
          </div>
        </div>
        <button type="button" onClick={() => setSentTo(null)} className="btn btn-secondary mt-4">
          {m.successAgain}
        </button>
      </div>
    )
  }

  const hasFieldErrors = FIELD_ORDER.some((name) => errors[name])
  const control = (name: FieldName) => ({ id: fieldIds(path(name)).id, name, ...describedBy(path(name), { error: errors[name] }) })

  return (
    <form ref={formRef} action={action} method="post" onSubmit={submit} noValidate className="grid gap-4">
      <div ref={summaryRef} tabIndex={-1} aria-live="assertive" className="focus:outline-none">
        {errors[''] || hasFieldErrors ? (
          <p className="rounded-xl bg-terracotta-50 px-4 py-3 text-sm font-semibold text-terracotta-800 ring-1 ring-terracotta-600/20">
            {errors[''] ?? m.errorSummary}
          </p>
        ) : null}
      </div>
      <Field path={path('senderName')} label={m.senderName} error={errors.senderName}>
        <input {...control('senderName')} type="text" autoComplete="name" required maxLength={limits.senderName} className={inputClass} />
      </Field>
      <Field path={path('senderEmail')} label={m.senderEmail} error={errors.senderEmail}>
        <input {...control('senderEmail')} type="email" autoComplete="email" inputMode="email" required maxLength={limits.senderEmail} className={inputClass} />
      </Field>
      <Field path={path('organisation')} label={m.organisation} optionalLabel={m.optional} error={errors.organisation}>
        <input {...control('organisation')} type="text" autoComplete="organization" maxLength={limits.organisation} className={inputClass} />
      </Field>
      <Field path={path('subject')} label={m.subject} error={errors.subject}>
        <input {...control('subject')} type="text" required maxLength={limits.subject} placeholder={m.subjectPlaceholder} className={inputClass} />
      </Field>
      <Field path={path('message')} label={m.message} hint={m.messageHint} error={errors.message}>
        <textarea
          {...control('message')}
          {...describedBy(path('message'), { hint: true, error: errors.message })}
          required
          rows={6}
          maxLength={limits.message}
          placeholder={m.messagePlaceholder}
          className={`${inputClass} min-h-36 resize-y`}
        />
      </Field>
      {/* Robots fill every field; people never see this one. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="contact-website">{m.honeypot}</label>
        <input id="contact-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div>
        <label className="flex items-start gap-3 text-sm leading-relaxed text-ink-800">
          <input {...control('consent')} type="checkbox" required className="mt-1 size-5 shrink-0 accent-terracotta-600" />
          <span>{m.consent}</span>
        </label>
        <FieldError path={path('consent')} message={errors.consent} />
      </div>
      <SubmitButton busy={busy}>{busy ? m.sending : m.submit}</SubmitButton>
    </form>
  )
}
