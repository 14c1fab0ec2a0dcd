import type { ReactNode, SelectHTMLAttributes } from 'react'

import { fieldId } from '@/talents/registrationForm'

/** Ids of a field's control, hint and error, derived from its path so errors can find them. */
export function fieldIds(path: string) {
  const id = fieldId(path)
  return { id, hint: `${id}-hint`, error: `${id}-error` }
}

/** `aria-describedby` and `aria-invalid` for a control with an optional hint and error. */
export function describedBy(path: string, { hint, error }: { hint?: boolean; error?: string }) {
  const ids = fieldIds(path)
  const described = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(' ')
  return {
    'aria-describedby': described || undefined,
    'aria-invalid': error ? (true as const) : undefined,
  }
}

export const inputClass =
  'field aria-invalid:border-terracotta-600 aria-invalid:bg-terracotta-50/40 aria-invalid:ring-2 aria-invalid:ring-terracotta-600/15 disabled:cursor-not-allowed disabled:bg-sand-100 disabled:text-ink-500'

export function OptionalTag({ label }: { label: string }) {
  return <span className="text-xs font-medium text-ink-500">({label})</span>
}

export function FieldError({ path, message }: { path: string; message?: string }) {
  if (!message) return null
  return (
    <p id={fieldIds(path).error} className="mt-2 flex items-start gap-1.5 text-sm font-medium text-terracotta-700">
      <svg viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0" fill="currentColor" aria-hidden="true" focusable="false">
        <path
          fillRule="evenodd"
          d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm-.75-11.5a.75.75 0 0 1 1.5 0v4a.75.75 0 0 1-1.5 0v-4ZM10 14.75a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
          clipRule="evenodd"
        />
      </svg>
      <span>{message}</span>
    </p>
  )
}

export function FieldHint({ path, children }: { path: string; children?: ReactNode }) {
  if (!children) return null
  return (
    <p id={fieldIds(path).hint} className="mt-1 text-sm text-ink-600">
      {children}
    </p>
  )
}

type FieldProps = {
  path: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  optionalLabel?: string
  className?: string
  children: ReactNode
}

/** Label, hint, control and error of one field; the control takes its ids from `describedBy(path, …)`. */
export function Field({ path, label, hint, error, optionalLabel, className, children }: FieldProps) {
  return (
    <div className={className}>
      <label htmlFor={fieldIds(path).id} className="block text-sm font-semibold text-ink-900">
        {label}
        {optionalLabel ? <> <OptionalTag label={optionalLabel} /></> : null}
      </label>
      <FieldHint path={path}>{hint}</FieldHint>
      <div className="mt-2">{children}</div>
      <FieldError path={path} message={error} />
    </div>
  )
}

/** A native select (the best picker on phones for a few options) drawn like the other fields. */
export function Select({ className = '', children, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className={`relative ${className}`}>
      <select {...props} className={`${inputClass} cursor-pointer appearance-none pr-9`}>
        {children}
      </select>
      <svg
        viewBox="0 0 20 20"
        className="pointer-events-none absolute top-1/2 right-3 size-5 -translate-y-1/2 text-ink-500"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        aria-hidden="true"
        focusable="false"
      >
        <path d="M5.5 8l4.5 4.5L14.5 8" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </div>
  )
}
