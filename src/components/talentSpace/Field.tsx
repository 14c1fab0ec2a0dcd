import type { ReactNode } from 'react'

export type ControlProps = {
  id: string
  name: string
  'aria-describedby'?: string
  'aria-invalid'?: true
}

type FieldProps = {
  /** The form field's name; the control gets the id `field-<name>`, which error summaries link to. */
  name: string
  label: string
  hint?: string
  error?: string
  /** Shown after the label, e.g. "(facultatif)". */
  note?: string
  className?: string
  children: (props: ControlProps) => ReactNode
}

/** A label, its control, a hint and the error under it, tied together for assistive tech. */
export function Field({ name, label, hint, error, note, className = '', children }: FieldProps) {
  const id = `field-${name}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined

  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-ink-900">
        {label}
        {note ? <span className="ml-1.5 font-normal text-ink-500">({note})</span> : null}
      </label>
      <div className="mt-1.5">{children({ id, name, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}</div>
      <FieldError id={errorId} message={error} />
      {hint ? (
        <p id={hintId} className="mt-1.5 text-sm text-ink-600">
          {hint}
        </p>
      ) : null}
    </div>
  )
}

export function FieldError({ id, message }: { id?: string; message?: string }) {
  if (!message) return null
  return (
    <p id={id} className="mt-1.5 flex items-start gap-1.5 text-sm font-medium text-terracotta-700">
      <svg viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0" fill="currentColor" aria-hidden="true" focusable="false">
        <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17zm-.9 4.2h1.8v5.6H9.1zm0 7.2h1.8v1.8H9.1z" />
      </svg>
      {message}
    </p>
  )
}

/** The classes of a field in error: the house `.field` plus a terracotta border. */
export const fieldClass = (error?: string) =>
  `field ${error ? 'border-terracotta-600 ring-2 ring-terracotta-600/15' : ''}`.trim()
