'use client'

import { useEffect, useRef, useState, type DragEvent } from 'react'

import { formatNumber, type Locale } from '@/i18n'
import type { RegistrationMessages } from '@/i18n/messages/registration'
import { acceptAttribute, type UploadKind } from '@/uploads/uploadLimits'

import { FieldError, fieldIds, OptionalTag } from './FormField'

type FileFieldProps = {
  kind: UploadKind
  locale: Locale
  label: string
  hint: string
  chooseLabel: string
  file: File | null
  onChange: (file: File | null) => void
  error?: string
  messages: RegistrationMessages['fields']
}

function fileSize(locale: Locale, bytes: number): string {
  const megabytes = bytes / 1024 / 1024
  if (megabytes >= 1) return `${formatNumber(locale, Math.round(megabytes * 10) / 10)} ${locale === 'fr' ? 'Mo' : 'MB'}`
  return `${formatNumber(locale, Math.max(1, Math.round(bytes / 1024)))} ${locale === 'fr' ? 'Ko' : 'KB'}`
}

/** A local preview of a chosen image, released when it changes or the field goes away. */
function usePreviewUrl(file: File | null, enabled: boolean): string | null {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (!file || !enabled) {
      setUrl(null)
      return
    }
    const objectUrl = URL.createObjectURL(file)
    setUrl(objectUrl)
    return () => URL.revokeObjectURL(objectUrl)
  }, [file, enabled])
  return url
}

/**
 * A file picker as a drop zone (click, keyboard or drag and drop), then the chosen file
 * with a preview for photos, its size, and Replace / Remove.
 */
export function FileField({ kind, locale, label, hint, chooseLabel, file, onChange, error, messages }: FileFieldProps) {
  const ids = fieldIds(kind)
  const inputRef = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)
  const preview = usePreviewUrl(file, kind === 'photo' && !error)
  const describedBy = [ids.hint, error ? ids.error : null].filter(Boolean).join(' ')

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault()
    setDragging(false)
    const dropped = event.dataTransfer.files?.[0]
    if (dropped) onChange(dropped)
  }

  return (
    <div className="flex flex-col">
      <p id={`${ids.id}-label`} className="text-sm font-semibold text-ink-900">
        {label} <OptionalTag label={messages.optional} />
      </p>
      {/* The hint grows so that side-by-side drop zones line up. */}
      <p id={ids.hint} className="mt-1 grow text-sm text-ink-600">
        {hint}
      </p>

      <input
        ref={inputRef}
        id={ids.id}
        type="file"
        accept={acceptAttribute(kind)}
        aria-labelledby={`${ids.id}-label`}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          onChange(event.target.files?.[0] ?? null)
          // The same file chosen again after "Remove" must fire a change.
          event.target.value = ''
        }}
        className="peer sr-only"
      />

      {file ? (
        <div
          onDragOver={(event) => event.preventDefault()}
          onDrop={onDrop}
          className={`mt-2 flex items-center gap-4 rounded-2xl bg-white p-3 ring-1 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-terracotta-600 sm:p-4 ${
            error ? 'ring-terracotta-600' : 'ring-ink-900/15'
          }`}
        >
          {preview ? (
            // A blob: URL of the visitor's own file, which next/image cannot optimise.
            <img src={preview} alt={messages.photoPreview} className="h-24 w-20 shrink-0 rounded-xl object-cover ring-1 ring-ink-900/10" />
          ) : (
            <span aria-hidden="true" className="grid h-24 w-20 shrink-0 place-items-center rounded-xl bg-sand-100 text-xs font-bold tracking-wide text-ink-600 uppercase">
              {file.name.split('.').pop()?.slice(0, 4) || '?'}
            </span>
          )}
          <div className="min-w-0 flex-1">
            <p className="truncate font-semibold text-ink-900">{file.name}</p>
            <p className="text-sm text-ink-600">{fileSize(locale, file.size)}</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <button type="button" onClick={() => inputRef.current?.click()} className="btn btn-secondary px-4 py-1.5">
                {messages.replaceFile}
              </button>
              <button
                type="button"
                onClick={() => onChange(null)}
                className="btn px-4 py-1.5 text-terracotta-700 hover:bg-terracotta-50"
              >
                {messages.removeFile}
              </button>
            </div>
          </div>
        </div>
      ) : (
        <label
          htmlFor={ids.id}
          onDragOver={(event) => {
            event.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={`mt-2 flex cursor-pointer flex-col items-center justify-center gap-2 rounded-2xl border-2 border-dashed px-4 py-7 text-center transition-colors peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-terracotta-600 ${
            dragging ? 'border-terracotta-600 bg-terracotta-50' : error ? 'border-terracotta-600 bg-terracotta-50/40' : 'border-ink-900/20 bg-sand-50 hover:bg-sand-100'
          }`}
        >
          <span aria-hidden="true" className="grid size-11 place-items-center rounded-full bg-white text-terracotta-600 shadow-sm ring-1 ring-ink-900/10">
            {kind === 'photo' ? (
              <svg viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
                <rect x="3.5" y="5" width="17" height="14" rx="2.5" />
                <circle cx="9" cy="10" r="1.8" />
                <path d="M20.5 15.5l-4.5-4.5-8 8" />
              </svg>
            ) : (
              <svg viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
                <path d="M14 3.5H7.5a2 2 0 0 0-2 2v13a2 2 0 0 0 2 2h9a2 2 0 0 0 2-2V8z" />
                <path d="M14 3.5V8h4.5M9 12.5h6M9 16h6" />
              </svg>
            )}
          </span>
          <span className="font-semibold text-terracotta-700">{chooseLabel}</span>
          <span className="hidden text-sm text-ink-600 sm:block">{messages.dropHint}</span>
        </label>
      )}
      <FieldError path={kind} message={error} />
    </div>
  )
}
