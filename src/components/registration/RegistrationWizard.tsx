'use client'

import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'

import { safeNextPath } from '@/auth/destinationAfterLogin'
import { format, type Locale } from '@/i18n'
import type { RegistrationMessages } from '@/i18n/messages/registration'
import {
  emptyRegistrationForm,
  errorsByPath,
  fieldId,
  firstStepWithErrors,
  FORM_STEPS,
  orderedErrorPaths,
  serverFieldErrors,
  stepOfPath,
  toRegistrationInput,
  validateFormStep,
  type FieldErrors,
  type FormStep,
  type RegistrationFiles,
  type RegistrationFormValues,
} from '@/talents/registrationForm'
import type { RegistrationOptions } from '@/talents/registrationOptions'
import { precheckUpload, uploadErrorMessage } from '@/uploads/uploadLimits'

import { ArrowRightIcon } from '../icons'
import { RegistrationSuccess } from './RegistrationSuccess'
import { StepList, StepMeter } from './StepProgress'
import { ContactStep } from './steps/ContactStep'
import { FilesStep } from './steps/FilesStep'
import { IdentityStep } from './steps/IdentityStep'
import { LocationStep } from './steps/LocationStep'
import { ProfileStep } from './steps/ProfileStep'
import { ReviewStep } from './steps/ReviewStep'
import type { UpdateField } from './steps/types'
import { VisibilityStep } from './steps/VisibilityStep'

const REGISTRATION_ENDPOINT = '/api/registrations/talent'
const DEFAULT_REDIRECT = '/mon-espace'

type RegistrationWizardProps = {
  locale: Locale
  messages: RegistrationMessages
  options: RegistrationOptions
  /** Shown beside the steps on wide screens, under the form on phones. */
  aside: ReactNode
}

type Submission = { state: 'editing' } | { state: 'submitting' } | { state: 'done'; code: string; redirect: string }

/** Values whose errors are reported under another name. */
const ERROR_PATH_OF_VALUE: Partial<Record<keyof RegistrationFormValues, string>> = {
  birthDay: 'dateOfBirth',
  birthMonth: 'dateOfBirth',
  birthYear: 'dateOfBirth',
  whatsappSameAsPhone: 'whatsapp',
}

function withoutPath(errors: FieldErrors, path: string): FieldErrors {
  const keys = Object.keys(errors).filter((key) => key === path || key.startsWith(`${path}.`))
  if (keys.length === 0) return errors
  const next = { ...errors }
  for (const key of keys) delete next[key]
  return next
}

/** The errors of other steps stay; this step's are replaced by what was just found. */
function replaceStepErrors(errors: FieldErrors, step: FormStep, found: FieldErrors): FieldErrors {
  const kept = Object.fromEntries(Object.entries(errors).filter(([path]) => stepOfPath(path) !== step))
  return { ...kept, ...found }
}

/** The control of a field path, or the first control inside it (a group such as `languages`). */
function focusField(path: string) {
  const id = fieldId(path)
  const direct = document.getElementById(id) as HTMLInputElement | null
  const target =
    direct && !direct.disabled && direct.matches('input, select, textarea, button')
      ? direct
      : document.querySelector<HTMLElement>(`[id^="${id}-"]:is(input, select, textarea, button):not(:disabled)`)
  if (!target) return
  target.focus({ preventScroll: true })
  // Radios and checkboxes are visually hidden inside their label: scroll to what is seen.
  const visible = target.closest('label') ?? target
  visible.scrollIntoView({ block: 'center' })
}

/**
 * The multi-step talent registration (SPEC §4). Each step is checked with the same zod
 * schema as the server before moving on; the last step sends everything as one multipart
 * request, and the server's field errors come back to the step and field they concern.
 */
export function RegistrationWizard({ locale, messages, options, aside }: RegistrationWizardProps) {
  const [values, setValues] = useState<RegistrationFormValues>(emptyRegistrationForm)
  const [files, setFiles] = useState<RegistrationFiles>({ photo: null, cv: null })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [stepIndex, setStepIndex] = useState(0)
  const [reached, setReached] = useState(0)
  const [submission, setSubmission] = useState<Submission>({ state: 'editing' })
  const [banner, setBanner] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  /** What gets the focus once the next render is on screen: a field path or the step heading. */
  const pendingFocus = useRef<string | null>(null)
  const [dirty, setDirty] = useState(false)

  const step = FORM_STEPS[stepIndex]
  const busy = submission.state !== 'editing'

  useEffect(() => {
    const target = pendingFocus.current
    if (!target) return
    pendingFocus.current = null
    if (target !== 'heading') return focusField(target)
    formRef.current?.scrollIntoView({ block: 'start' })
    headingRef.current?.focus({ preventScroll: true })
  })

  // A tap on "back" or a closed tab would lose minutes of typing: the browser asks first.
  useEffect(() => {
    if (!dirty || submission.state === 'done') return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty, submission.state])

  const update: UpdateField = useCallback((field, value) => {
    setDirty(true)
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => withoutPath(current, ERROR_PATH_OF_VALUE[field] ?? field))
  }, [])

  const setFile = useCallback(
    (kind: keyof RegistrationFiles, file: File | null) => {
      setDirty(true)
      setFiles((current) => ({ ...current, [kind]: file }))
      // Size and extension are known at once: say so now rather than at "Continue".
      const refusal = file ? precheckUpload(kind, file) : null
      setErrors((current) =>
        refusal ? { ...current, [kind]: uploadErrorMessage(kind, refusal, locale) } : withoutPath(current, kind),
      )
    },
    [locale],
  )

  function showStep(index: number, focus: string) {
    setStepIndex(index)
    setReached((current) => Math.max(current, index))
    pendingFocus.current = focus
  }

  /** Moves to a step, checking every step before it; stops at the first one with errors. */
  function goTo(index: number) {
    setBanner(null)
    for (let position = stepIndex; position < index; position += 1) {
      const checked = FORM_STEPS[position]
      const found = validateFormStep(checked, values, files, locale)
      setErrors((current) => replaceStepErrors(current, checked, found))
      const [first] = orderedErrorPaths(checked, found)
      if (first) return showStep(position, first)
    }
    showStep(index, 'heading')
  }

  async function submit() {
    setBanner(null)
    const last = FORM_STEPS.indexOf('review')
    for (let position = 0; position < last; position += 1) {
      const checked = FORM_STEPS[position]
      const found = validateFormStep(checked, values, files, locale)
      const [first] = orderedErrorPaths(checked, found)
      if (first) {
        setErrors((current) => replaceStepErrors(current, checked, found))
        return showStep(position, first)
      }
    }

    setSubmission({ state: 'submitting' })
    const body = new FormData()
    body.set('data', JSON.stringify(toRegistrationInput(values, locale)))
    if (files.photo) body.set('photo', files.photo)
    if (files.cv) body.set('cv', files.cv)

    let response: Response
    try {
      response = await fetch(REGISTRATION_ENDPOINT, { method: 'POST', body, credentials: 'include' })
    } catch {
      setSubmission({ state: 'editing' })
      setBanner(messages.errors.network)
      return
    }
    const answer = (await response.json().catch(() => null)) as { code?: string; redirect?: string } | null
    if (response.status === 201 && answer?.code) {
      setSubmission({ state: 'done', code: answer.code, redirect: safeNextPath(answer.redirect) ?? DEFAULT_REDIRECT })
      return
    }

    setSubmission({ state: 'editing' })
    const found = errorsByPath(serverFieldErrors(answer))
    const { ['']: general, ...fieldErrors } = found
    const target = firstStepWithErrors(fieldErrors)
    setErrors(fieldErrors)
    if (target && target !== 'review') {
      setBanner(general ?? messages.errors.fixFields)
      showStep(FORM_STEPS.indexOf(target), orderedErrorPaths(target, fieldErrors)[0])
    } else {
      setBanner(general ?? Object.values(fieldErrors)[0] ?? messages.errors.unknown)
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    if (step === 'review') void submit()
    else goTo(stepIndex + 1)
  }

  if (submission.state === 'done') {
    return (
      <RegistrationSuccess
        code={submission.code}
        name={values.stageName.trim() || values.firstName.trim()}
        email={values.email.trim().toLowerCase()}
        redirect={submission.redirect}
        messages={messages.success}
      />
    )
  }

  const stepProps = { locale, messages, options, values, errors, update }
  const copy = messages.steps[step]
  const stepOf = format(messages.progress.stepOf, { current: stepIndex + 1, total: FORM_STEPS.length })

  return (
    <div className="grid gap-8 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
      <div className="hidden lg:block">
        <div className="sticky top-24 space-y-8">
          <StepList current={stepIndex} reached={reached} onSelect={goTo} messages={messages} />
          {aside}
        </div>
      </div>

      <div className="min-w-0">
        <form
          ref={formRef}
          noValidate
          onSubmit={onSubmit}
          aria-labelledby="registration-step-title"
          className="scroll-mt-20 rounded-[2rem] bg-white shadow-card ring-1 ring-ink-900/5"
        >
          <div className="border-b border-ink-900/10 px-5 pt-5 pb-4 sm:px-10 lg:hidden">
            <StepMeter current={stepIndex} messages={messages} />
          </div>

          <div className="px-5 py-7 sm:px-10 sm:py-10">
            <p aria-hidden="true" className="eyebrow hidden lg:block">
              {stepOf}
            </p>
            <h2
              id="registration-step-title"
              ref={headingRef}
              tabIndex={-1}
              className="text-2xl font-extrabold tracking-tight text-ink-950 focus:outline-none sm:text-3xl lg:mt-2"
            >
              <span className="sr-only">{stepOf} · </span>
              {copy.heading}
            </h2>
            <p className="mt-2 max-w-2xl text-ink-600">{copy.intro}</p>

            <div aria-live="assertive">
              {banner ? (
                <p
                  role="alert"
                  className="mt-6 rounded-xl border border-terracotta-200 bg-terracotta-50 px-4 py-3 text-sm font-medium text-terracotta-800"
                >
                  {banner}
                </p>
              ) : null}
            </div>

            <div className="mt-8">
              {step === 'identity' ? <IdentityStep {...stepProps} /> : null}
              {step === 'contact' ? <ContactStep {...stepProps} /> : null}
              {step === 'location' ? <LocationStep {...stepProps} /> : null}
              {step === 'profile' ? <ProfileStep {...stepProps} /> : null}
              {step === 'files' ? <FilesStep {...stepProps} files={files} setFile={setFile} /> : null}
              {step === 'visibility' ? <VisibilityStep {...stepProps} /> : null}
              {step === 'review' ? <ReviewStep {...stepProps} files={files} setFile={setFile} onEdit={goTo} /> : null}
            </div>
          </div>

          <div className="flex items-center gap-3 rounded-b-[2rem] border-t border-ink-900/10 bg-sand-50/70 px-5 py-4 sm:px-10 sm:py-5">
            {stepIndex > 0 ? (
              <button
                type="button"
                onClick={() => {
                  setBanner(null)
                  showStep(stepIndex - 1, 'heading')
                }}
                disabled={busy}
                className="btn btn-secondary btn-lg px-5 sm:px-6"
              >
                <ArrowRightIcon className="size-5 rotate-180" />
                {messages.actions.back}
              </button>
            ) : null}
            <button type="submit" disabled={busy} aria-busy={busy} className="btn btn-primary btn-lg ml-auto flex-1 sm:flex-none">
              {busy ? (
                <svg viewBox="0 0 24 24" className="size-5 animate-spin motion-reduce:animate-none" aria-hidden="true" focusable="false">
                  <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeOpacity="0.3" strokeWidth="3" />
                  <path d="M21 12a9 9 0 0 0-9-9" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
                </svg>
              ) : null}
              {step === 'review' ? (busy ? messages.actions.submitting : messages.actions.submit) : messages.actions.next}
              {busy ? null : <ArrowRightIcon className="size-5" />}
            </button>
          </div>
        </form>
        <div className="mt-8 lg:hidden">{aside}</div>
      </div>
    </div>
  )
}
