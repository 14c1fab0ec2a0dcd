'use client'

import { useId, useRef, useState, type FormEvent } from 'react'

import { format } from '@/i18n'
import type { TalentSpaceMessages } from '@/i18n/messages/talentSpace'
import { isDeletionConfirmed } from '@/talentSpace/deletionConfirmation'
import { AFTER_ACCOUNT_DELETION, DELETE_ACCOUNT_ENDPOINT } from '@/talentSpace/paths'

import { FieldError, fieldClass } from './Field'
import { AlertIcon, TrashIcon } from './icons'

type DeleteAccountSectionProps = {
  code: string
  messages: TalentSpaceMessages['deletion'] & { network: string; unknown: string; cancel: string }
}

/**
 * The danger zone: what deletion erases, then a modal dialog where the talent types their
 * code (or SUPPRIMER) before the account, profile and files go for good.
 */
export function DeleteAccountSection({ code, messages: m }: DeleteAccountSectionProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const [confirmation, setConfirmation] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [deleting, setDeleting] = useState(false)
  const ids = { title: useId(), text: useId(), input: useId(), error: useId() }
  const mismatch = format(m.mismatch, { word: m.confirmWord })

  function open() {
    setConfirmation('')
    setError(null)
    dialogRef.current?.showModal()
    inputRef.current?.focus()
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (deleting) return
    if (!isDeletionConfirmed(confirmation, code)) {
      setError(mismatch)
      inputRef.current?.focus()
      return
    }
    setDeleting(true)
    setError(null)
    try {
      const response = await fetch(DELETE_ACCOUNT_ENDPOINT, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ confirmation }),
      })
      const body = (await response.json().catch(() => null)) as { redirect?: string; errors?: { message?: string }[] } | null
      if (response.ok) {
        // A full load: every layout (the header's navigation too) must see the session gone.
        window.location.assign(body?.redirect ?? AFTER_ACCOUNT_DELETION)
        return
      }
      setError(body?.errors?.[0]?.message ?? m.unknown)
    } catch {
      setError(m.network)
    }
    setDeleting(false)
  }

  return (
    <section aria-labelledby={`${ids.title}-section`} className="rounded-3xl bg-white p-5 shadow-card ring-1 ring-terracotta-200 sm:p-7">
      <div className="flex items-start gap-3">
        <span className="grid size-10 shrink-0 place-items-center rounded-xl bg-terracotta-50 text-terracotta-700">
          <TrashIcon className="size-5" />
        </span>
        <div className="min-w-0">
          <h2 id={`${ids.title}-section`} className="text-lg font-bold tracking-tight text-ink-950">
            {m.title}
          </h2>
          <p className="mt-1 text-sm text-ink-600">{m.intro}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-ink-700 marker:text-terracotta-600">
            <li>{format(m.items.profile, { code })}</li>
            <li>{m.items.files}</li>
            <li>{m.items.account}</li>
          </ul>
          <button type="button" onClick={open} className="btn mt-5 bg-white text-terracotta-700 ring-1 ring-terracotta-600/40 ring-inset hover:bg-terracotta-50">
            {m.open}
          </button>
        </div>
      </div>

      <dialog
        ref={dialogRef}
        aria-labelledby={ids.title}
        aria-describedby={ids.text}
        onClose={() => setDeleting(false)}
        className="m-auto w-[calc(100%-2.5rem)] max-w-md rounded-3xl bg-white p-0 text-ink-900 shadow-2xl backdrop:bg-ink-950/60 backdrop:backdrop-blur-sm"
      >
        <form method="post" onSubmit={onSubmit} noValidate className="p-6 sm:p-7">
          <span className="grid size-12 place-items-center rounded-2xl bg-terracotta-50 text-terracotta-700">
            <AlertIcon className="size-6" />
          </span>
          <h2 id={ids.title} className="mt-4 text-xl font-extrabold tracking-tight text-ink-950">
            {m.dialogTitle}
          </h2>
          <p id={ids.text} className="mt-2 text-sm text-ink-600">
            {format(m.dialogText, { code, word: m.confirmWord })}
          </p>
          <label htmlFor={ids.input} className="mt-5 block text-sm font-semibold text-ink-900">
            {m.confirmLabel}
          </label>
          <input
            ref={inputRef}
            id={ids.input}
            type="text"
            value={confirmation}
            onChange={(event) => setConfirmation(event.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder={code}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.error : undefined}
            className={`${fieldClass(error ?? undefined)} mt-1.5 font-mono tracking-wider uppercase placeholder:normal-case`}
          />
          <div role="alert">
            <FieldError id={ids.error} message={error ?? undefined} />
          </div>
          <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <button type="button" onClick={() => dialogRef.current?.close()} className="btn btn-secondary">
              {m.cancel}
            </button>
            <button type="submit" disabled={deleting} aria-busy={deleting} className="btn bg-terracotta-700 text-white hover:bg-terracotta-800">
              <TrashIcon className="size-4" />
              {deleting ? m.deleting : m.confirm}
            </button>
          </div>
        </form>
      </dialog>
    </section>
  )
}
