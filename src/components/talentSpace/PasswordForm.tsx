'use client'

import { useRef, useState, type FormEvent } from 'react'

import type { TalentSpaceMessages } from '@/i18n/messages/talentSpace'
import type { ActionResult } from '@/talentSpace/actionResult'

import { Field, fieldClass, type ControlProps } from './Field'
import { errorAt, stateFromResult, type FormState } from './formState'
import { FormStatus } from './FormStatus'

type PasswordValues = { currentPassword: string; newPassword: string; confirmPassword: string }

type PasswordFormProps = {
  /** The sign-in email, for password managers (a hidden username field). */
  email: string
  messages: Pick<TalentSpaceMessages, 'password' | 'common'>
  save: (values: PasswordValues) => Promise<ActionResult>
}

const EMPTY: PasswordValues = { currentPassword: '', newPassword: '', confirmPassword: '' }

/** Current password, new one twice; the server checks the current one with a real sign-in. */
export function PasswordForm({ email, messages, save }: PasswordFormProps) {
  const { password: m, common } = messages
  const [values, setValues] = useState(EMPTY)
  const [visible, setVisible] = useState(false)
  const [state, setState] = useState<FormState>({ status: 'idle' })
  const statusRef = useRef<HTMLDivElement>(null)
  const saving = state.status === 'saving'
  const error = (path: keyof PasswordValues) => errorAt(state, path)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (saving) return
    setState({ status: 'saving' })
    let next: FormState
    try {
      next = stateFromResult(await save(values))
    } catch {
      next = { status: 'error', message: common.network, errors: [] }
    }
    setState(next)
    if (next.status === 'saved') {
      setValues(EMPTY)
      statusRef.current?.focus()
    } else {
      const first = next.status === 'error' ? next.errors[0]?.path : undefined
      ;((first && document.getElementById(`field-${first}`)) || statusRef.current)?.focus()
    }
  }

  const input = (name: keyof PasswordValues, autoComplete: string) => (props: ControlProps) => (
    <input
      {...props}
      type={visible ? 'text' : 'password'}
      autoComplete={autoComplete}
      value={values[name]}
      onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
      className={fieldClass(error(name))}
    />
  )

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <div ref={statusRef} tabIndex={-1} className="focus:outline-none">
        <FormStatus state={state.status === 'error' && state.errors.length > 0 ? { status: 'idle' } : state} />
      </div>
      <Field name="currentPassword" label={m.current} error={error('currentPassword')} className="sm:w-1/2 sm:pr-2.5">
        {input('currentPassword', 'current-password')}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field name="newPassword" label={m.new} hint={m.newHint} error={error('newPassword')}>
          {input('newPassword', 'new-password')}
        </Field>
        <Field name="confirmPassword" label={m.confirm} error={error('confirmPassword')}>
          {input('confirmPassword', 'new-password')}
        </Field>
      </div>
      <label className="flex w-fit cursor-pointer items-center gap-2.5 text-sm font-medium text-ink-800">
        <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} className="size-5 accent-terracotta-600" />
        {m.show}
      </label>
      <button type="submit" disabled={saving} aria-busy={saving} className="btn btn-primary">
        {saving ? m.submitting : m.submit}
      </button>
    </form>
  )
}
