'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react'

import type { TalentSpaceMessages } from '@/i18n/messages/talentSpace'
import { OWN_FILE_ENDPOINT } from '@/talentSpace/paths'

import { FieldError } from './Field'
import { UploadIcon } from './icons'

type FileReplaceCardProps = {
  kind: 'photo' | 'cv'
  title: string
  hint: string
  /** The `accept` attribute: a hint to the file picker, the server judges the bytes. */
  accept: string
  inputLabel: string
  submitLabel: string
  successMessage: string
  /** What is there now: the photo, or the CV's name and download link. */
  current: ReactNode
  messages: Pick<TalentSpaceMessages['files'], 'choose' | 'noFile' | 'noFileChosen' | 'uploading'> & { network: string; unknown: string }
  icon: ReactNode
  /** `side`: what is there now beside the form (the photo); `stacked`: above it (the CV). */
  layout?: 'side' | 'stacked'
}

type UploadState = { status: 'idle' } | { status: 'uploading' } | { status: 'saved' } | { status: 'error'; message: string }

/**
 * Sends a new photo or CV to /api/me/files/:kind (multipart, session cookie) and shows the
 * server's answer: the file's real type and size are checked there, in the person's language.
 */
export function FileReplaceCard({ kind, title, hint, accept, inputLabel, submitLabel, successMessage, current, messages, icon, layout = 'stacked' }: FileReplaceCardProps) {
  const router = useRouter()
  const inputRef = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<string | null>(null)
  const [state, setState] = useState<UploadState>({ status: 'idle' })
  const ids = { input: useId(), hint: useId(), error: useId() }
  const uploading = state.status === 'uploading'
  const error = state.status === 'error' ? state.message : undefined

  // A local preview of the chosen photo, released when it changes.
  useEffect(() => {
    if (kind !== 'photo' || !file || !file.type.startsWith('image/')) {
      setPreview(null)
      return
    }
    const url = URL.createObjectURL(file)
    setPreview(url)
    return () => URL.revokeObjectURL(url)
  }, [file, kind])

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (uploading) return
    if (!file) {
      setState({ status: 'error', message: messages.noFileChosen })
      inputRef.current?.focus()
      return
    }
    setState({ status: 'uploading' })
    const body = new FormData()
    body.append('file', file)
    let response: Response
    try {
      response = await fetch(OWN_FILE_ENDPOINT(kind), { method: 'POST', body, credentials: 'same-origin' })
    } catch {
      setState({ status: 'error', message: messages.network })
      return
    }
    if (response.ok) {
      setState({ status: 'saved' })
      setFile(null)
      if (inputRef.current) inputRef.current.value = ''
      router.refresh()
      return
    }
    const answer = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
    setState({ status: 'error', message: answer?.errors?.[0]?.message ?? messages.unknown })
    inputRef.current?.focus()
  }

  return (
    <section aria-labelledby={`${ids.input}-title`} className="rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5 sm:p-7">
      <div className="flex items-start gap-3">
        <span className="grid size-10 shrink-0 place-items-center rounded-xl bg-terracotta-50 text-terracotta-600">{icon}</span>
        <div>
          <h2 id={`${ids.input}-title`} className="text-lg font-bold tracking-tight text-ink-950">
            {title}
          </h2>
          <p id={ids.hint} className="mt-0.5 text-sm text-ink-600">
            {hint}
          </p>
        </div>
      </div>

      <div className={layout === 'side' ? 'mt-5 grid gap-6 md:grid-cols-[13rem_minmax(0,1fr)] md:items-start' : 'mt-5'}>
        <div>{current}</div>

        <form method="post" onSubmit={onSubmit} noValidate className={layout === 'side' ? 'border-t border-ink-900/10 pt-5 md:border-t-0 md:pt-0' : 'mt-5 border-t border-ink-900/10 pt-5'}>
          <label htmlFor={ids.input} className="block text-sm font-semibold text-ink-900">
            {inputLabel}
          </label>
          <div
            className={`mt-1.5 flex flex-col gap-3 rounded-2xl border-2 border-dashed p-3 sm:p-4 ${
              error ? 'border-terracotta-600 bg-terracotta-50/50' : 'border-ink-900/15 bg-sand-50'
            }`}
          >
            <div className="flex min-w-0 items-center gap-3">
              {preview ? (
                // A file named .jpg that is not an image cannot be previewed: show nothing rather than a broken image.
                <img src={preview} alt="" onError={() => setPreview(null)} className="size-14 shrink-0 rounded-xl object-cover ring-1 ring-ink-900/10" />
              ) : null}
              {/* The native input stays in the tab order (visually hidden); its label is the visible button. */}
              <input
                ref={inputRef}
                id={ids.input}
                name="file"
                type="file"
                accept={accept}
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null)
                  setState({ status: 'idle' })
                }}
                aria-describedby={[error ? ids.error : '', ids.hint].join(' ').trim()}
                aria-invalid={error ? true : undefined}
                className="peer sr-only"
              />
              <label
                htmlFor={ids.input}
                className="btn btn-secondary shrink-0 cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-terracotta-600"
              >
                {messages.choose}
              </label>
              <p className="min-w-0 truncate text-sm text-ink-600">{file ? file.name : messages.noFile}</p>
            </div>
            <button type="submit" disabled={uploading} aria-busy={uploading} className="btn btn-primary w-full sm:w-fit">
              <UploadIcon className="size-4" />
              {uploading ? messages.uploading : submitLabel}
            </button>
          </div>
          <div role="alert">
            <FieldError id={ids.error} message={error} />
          </div>
          <p role="status" className={state.status === 'saved' ? 'mt-2 text-sm font-semibold text-forest-600' : 'sr-only'}>
            {state.status === 'saved' ? successMessage : null}
          </p>
        </form>
      </div>
    </section>
  )
}
