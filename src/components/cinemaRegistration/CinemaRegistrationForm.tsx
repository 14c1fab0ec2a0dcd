'use client'

import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type FormEvent, type ReactNode } from 'react'

import { clearDraft, loadDraftFiles, loadDraftValues, saveDraftFiles, saveDraftValues } from '@/cinema/registration/draftStorage'
import {
  CINEMA_SECTIONS,
  emptyCinemaForm,
  firstErrorPath,
  orderedErrorPaths,
  sectionId,
  sectionOfPath,
  sectionState,
  sectionTouched,
  toCinemaRegistrationInput,
  validateSection,
  withDefaults,
  type CinemaFiles,
  type CinemaFormValues,
  type CinemaSection,
  type FieldErrors,
  type SectionState,
  type ValidationContext,
} from '@/cinema/registration/form'
import type { ExistingCinemaFiles } from '@/cinemaSpace/formValues'
import { SECTION_COLOURS } from '@/cinema/sectionColours'
import { format, type Locale } from '@/i18n'
import type { CinemaRegistrationMessages } from '@/i18n/messages/cinemaRegistration'
import type { CinemaSpaceMessages } from '@/i18n/messages/cinemaSpace'
import type { RegistrationMessages } from '@/i18n/messages/registration'
import { errorsByPath, fieldId, serverFieldErrors } from '@/talents/registrationForm'
import type { RegistrationOptions } from '@/talents/registrationOptions'

import { ArrowRightIcon, CheckIcon } from '../icons'
import { CinemaRegistrationSuccess, type CinemaRegistrationDone } from './CinemaRegistrationSuccess'
import { SectionBar, SectionList } from './SectionProgress'
import { AvailabilitySection } from './sections/AvailabilitySection'
import { ContactSection } from './sections/ContactSection'
import { ExperienceSection } from './sections/ExperienceSection'
import { IdentitySection } from './sections/IdentitySection'
import { LanguagesSection } from './sections/LanguagesSection'
import { MediaSection } from './sections/MediaSection'
import { PhysicalSection } from './sections/PhysicalSection'
import { RolesSection } from './sections/RolesSection'
import { SkillsSection } from './sections/SkillsSection'
import type { EditFilesProps, UpdateCinemaField } from './sections/types'

const REGISTRATION_ENDPOINT = '/api/cinema/register'
const SAVE_DELAY_MS = 400

type CinemaRegistrationFormProps = {
  locale: Locale
  messages: CinemaRegistrationMessages
  shared: RegistrationMessages
  options: RegistrationOptions
  /** The signed-in person's email: the profile goes to their account and the field is locked. */
  accountEmail?: string
  aside?: ReactNode
  /** Editing an existing profile (/mon-espace/cinema) instead of registering: no draft, no consent, saved in place. */
  edit?: CinemaFormEdit
}

/** The owner's profile as the form's values and files, where to save it, and the edit texts. */
export type CinemaFormEdit = {
  initial: CinemaFormValues
  files: ExistingCinemaFiles
  endpoint: string
  messages: CinemaSpaceMessages
}

type SavedForm = { values: CinemaFormValues; files: ExistingCinemaFiles }
const NO_FILES: CinemaFiles = { photo: null, gallery: [], cv: null }
const NO_REMOVALS = { gallery: [] as number[], cv: false }
const snapshotOf = (values: CinemaFormValues) => JSON.stringify(values)

type Banner = {
  message: string
  link?: { href: string; label: string }
} | null

/** Values whose errors are reported under another name. */
const ERROR_PATH_OF_VALUE: Partial<Record<keyof CinemaFormValues, string>> = {
  birthDay: 'dateOfBirth',
  birthMonth: 'dateOfBirth',
  birthYear: 'dateOfBirth',
  whatsappSameAsPhone: 'whatsapp',
  heightUnit: 'heightCm',
  weightUnit: 'weightValue',
}

function withoutPaths(errors: FieldErrors, paths: string[]): FieldErrors {
  const keys = Object.keys(errors).filter((key) => paths.some((path) => key === path || key.startsWith(`${path}.`)))
  if (keys.length === 0) return errors
  const next = { ...errors }
  for (const key of keys) delete next[key]
  return next
}

/** A section's errors replaced by what was just found; the other sections' stay. */
function replaceSectionErrors(errors: FieldErrors, section: CinemaSection, found: FieldErrors): FieldErrors {
  const kept = Object.fromEntries(Object.entries(errors).filter(([path]) => path === '' || sectionOfPath(path) !== section))
  return { ...kept, ...found }
}

/** The control of a field path, or the first control inside it (a group such as `languages`). */
function focusField(path: string) {
  const id = fieldId(path)
  const direct = document.getElementById(id) as HTMLInputElement | null
  const usable = (element: HTMLElement | null) =>
    element && !(element as HTMLInputElement).disabled && element.matches('input:not([type=hidden]), select, textarea, button')
  const target = usable(direct)
    ? direct
    : (document.querySelector<HTMLElement>(`[id^="${id}-"]:is(input, select, textarea, button):not(:disabled)`) ?? document.getElementById(`${id}-error`))
  if (!target) return
  target.focus({ preventScroll: true })
  // Radios, checkboxes and file inputs are hidden inside their label: scroll to what is seen.
  const visible = target.closest('label') ?? (target.classList.contains('sr-only') ? target.parentElement : target) ?? target
  visible.scrollIntoView({ block: 'center' })
}

/**
 * The one-page CINEMA registration (SPEC §5): nine colour-coded sections, a progress
 * indicator, validation per section with the server's own schema, and a draft kept in the
 * browser at every change (values and files) until the profile is created.
 */
export function CinemaRegistrationForm({ locale, messages, shared, options, accountEmail, aside, edit }: CinemaRegistrationFormProps) {
  const [values, setValues] = useState<CinemaFormValues>(() => edit?.initial ?? { ...emptyCinemaForm(), email: accountEmail ?? '' })
  const [files, setFilesState] = useState<CinemaFiles>(NO_FILES)
  const [errors, setErrors] = useState<FieldErrors>({})
  // An existing profile is confirmed as a whole: its valid sections show as complete.
  const [confirmed, setConfirmed] = useState<Set<CinemaSection>>(() => new Set(edit ? CINEMA_SECTIONS : []))
  // Edit mode: what is stored (to tell unsaved changes), the files on the profile and those to take off.
  const [saved, setSaved] = useState<{
    snapshot: string
    files: ExistingCinemaFiles
    justSaved: boolean
  } | null>(() =>
    edit
      ? {
          snapshot: snapshotOf(edit.initial),
          files: edit.files,
          justSaved: false,
        }
      : null,
  )
  const [removals, setRemovals] = useState(NO_REMOVALS)
  const [active, setActive] = useState<CinemaSection>('identity')
  const [banner, setBanner] = useState<Banner>(null)
  const [submitting, setSubmitting] = useState(false)
  const [done, setDone] = useState<CinemaRegistrationDone | null>(null)
  const [draft, setDraft] = useState<{
    loaded: boolean
    restored: boolean
    storage: boolean
  }>({ loaded: Boolean(edit), restored: false, storage: true })
  const pendingFocus = useRef<string | null>(null)
  const dirtyFiles = useRef(false)

  // The draft comes back first; nothing is saved before, so an empty first render cannot overwrite it.
  useEffect(() => {
    if (edit) return
    let cancelled = false
    const saved = loadDraftValues()
    void loadDraftFiles().then((savedFiles) => {
      if (cancelled) return
      const restoredValues = {
        ...withDefaults(saved?.values),
        ...(accountEmail ? { email: accountEmail } : {}),
      }
      const restoredFiles = savedFiles ?? {
        photo: null,
        gallery: [],
        cv: null,
      }
      // A draft saved before anything was typed is no draft: no "restored" notice for it.
      const restored = CINEMA_SECTIONS.some((section) => sectionTouched(section, restoredValues, restoredFiles))
      if (saved) {
        setValues(restoredValues)
        setConfirmed(new Set((saved.confirmed ?? []).filter((section): section is CinemaSection => (CINEMA_SECTIONS as readonly string[]).includes(section))))
      }
      if (savedFiles) setFilesState(savedFiles)
      setDraft({ loaded: true, restored, storage: true })
    })
    return () => {
      cancelled = true
    }
    // `edit` is fixed for the life of the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [accountEmail])

  useEffect(() => {
    if (!draft.loaded || done || edit) return
    const timer = window.setTimeout(() => {
      const kept = saveDraftValues(values, [...confirmed])
      if (!kept) setDraft((current) => (current.storage ? { ...current, storage: false } : current))
    }, SAVE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [values, confirmed, draft.loaded, done, edit])

  useEffect(() => {
    if (!draft.loaded || done || edit || !dirtyFiles.current) return
    void saveDraftFiles(files)
  }, [files, draft.loaded, done, edit])

  const unsaved = Boolean(
    saved && (snapshotOf(values) !== saved.snapshot || files.photo || files.cv || files.gallery.length || removals.gallery.length || removals.cv),
  )
  // Leaving with unsaved changes asks first (edit mode; a registration keeps its draft instead).
  useEffect(() => {
    if (!unsaved) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [unsaved])

  useEffect(() => {
    const target = pendingFocus.current
    if (!target) return
    pendingFocus.current = null
    focusField(target)
  })

  // The section in the middle of the screen is the one the progress indicator marks.
  useEffect(() => {
    if (done) return
    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries.filter((entry) => entry.isIntersecting)
        if (visible.length) setActive(visible[0].target.getAttribute('data-section') as CinemaSection)
      },
      { rootMargin: '-35% 0px -60% 0px' },
    )
    for (const section of CINEMA_SECTIONS) {
      const element = document.getElementById(sectionId(section))
      if (element) observer.observe(element)
    }
    return () => observer.disconnect()
  }, [done])

  const update: UpdateCinemaField = useCallback((field, value) => {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => withoutPaths(current, [ERROR_PATH_OF_VALUE[field] ?? field, ...(field === 'heightUnit' ? ['heightFeet', 'heightInches'] : [])]))
  }, [])

  const setFiles = useCallback((patch: Partial<CinemaFiles>) => {
    dirtyFiles.current = true
    setFilesState((current) => ({ ...current, ...patch }))
    setErrors((current) => withoutPaths(current, Object.keys(patch)))
  }, [])

  const keptGallery = saved ? saved.files.gallery.filter((photo) => !removals.gallery.includes(photo.id)).length : 0
  const context: ValidationContext = useMemo(() => ({ mode: edit ? 'edit' : 'register', keptGallery }), [edit, keptGallery])

  const states = useMemo(
    () =>
      Object.fromEntries(
        CINEMA_SECTIONS.map((section) => [section, sectionState(section, values, files, errors, confirmed.has(section), locale, context)]),
      ) as Record<CinemaSection, SectionState>,
    [values, files, errors, confirmed, locale, context],
  )

  function scrollToSection(section: CinemaSection) {
    const element = document.getElementById(sectionId(section))
    element?.scrollIntoView({ block: 'start' })
    document.getElementById(`${sectionId(section)}-title`)?.focus({ preventScroll: true })
  }

  function checkSection(section: CinemaSection): FieldErrors {
    const found = validateSection(section, values, files, locale, new Date(), context)
    setErrors((current) => replaceSectionErrors(current, section, found))
    return found
  }

  function continueFrom(section: CinemaSection) {
    const found = checkSection(section)
    const [first] = orderedErrorPaths(section, found)
    if (first) {
      focusField(first)
      return
    }
    setConfirmed((current) => new Set(current).add(section))
    const next = CINEMA_SECTIONS[CINEMA_SECTIONS.indexOf(section) + 1]
    if (next) scrollToSection(next)
  }

  /** Leaving a started section (the focus goes elsewhere) checks it, without moving the focus. */
  function onSectionBlur(section: CinemaSection, event: FocusEvent<HTMLElement>) {
    const next = event.relatedTarget as Node | null
    if (!next || event.currentTarget.contains(next)) return
    if (sectionTouched(section, values, files)) checkSection(section)
  }

  function restart() {
    if (!window.confirm(messages.draft.restartConfirm)) return
    void clearDraft()
    dirtyFiles.current = false
    setValues({ ...emptyCinemaForm(), email: accountEmail ?? '' })
    setFilesState({ photo: null, gallery: [], cv: null })
    setErrors({})
    setConfirmed(new Set())
    setBanner(null)
    setDraft((current) => ({ ...current, restored: false }))
    scrollToSection('identity')
  }

  async function submit() {
    setBanner(null)
    let all: FieldErrors = {}
    for (const section of CINEMA_SECTIONS)
      all = {
        ...all,
        ...validateSection(section, values, files, locale, new Date(), context),
      }
    const first = firstErrorPath(all)
    if (first) {
      setErrors(all)
      setBanner({ message: messages.errors.fixFields })
      pendingFocus.current = first
      return
    }

    setSubmitting(true)
    const body = new FormData()
    body.set('data', JSON.stringify(toCinemaRegistrationInput(values, locale)))
    if (files.photo) body.set('photo', files.photo)
    for (const photo of files.gallery) body.append('gallery', photo)
    if (files.cv) body.set('cv', files.cv)
    if (edit) {
      body.set('removeGallery', JSON.stringify(removals.gallery))
      if (removals.cv) body.set('removeCv', '1')
    }

    let response: Response
    try {
      response = await fetch(edit?.endpoint ?? REGISTRATION_ENDPOINT, {
        method: 'POST',
        body,
        credentials: 'include',
      })
    } catch {
      setSubmitting(false)
      setBanner({
        message: edit ? edit.messages.status.network : messages.errors.network,
      })
      return
    }
    if (edit) return afterSave(response)
    type Answer = Partial<Omit<CinemaRegistrationDone, 'name' | 'email'>> & {
      link?: { href: string; kind: 'login' | 'profile' }
    }
    const answer = (await response.json().catch(() => null)) as Answer | null
    setSubmitting(false)
    if (response.status === 201 && answer?.code) {
      void clearDraft()
      setDone({
        code: answer.code,
        profilePath: answer.profilePath ?? `/cinema/profile/${answer.code}`,
        qrCode: answer.qrCode ?? '',
        newAccount: answer.newAccount ?? true,
        isPublic: answer.isPublic ?? false,
        name: values.stageName.trim() || values.firstName.trim(),
        email: (accountEmail ?? values.email).trim().toLowerCase(),
      })
      window.scrollTo({ top: 0 })
      return
    }

    const found = errorsByPath(serverFieldErrors(answer))
    const { ['']: general, ...fieldErrors } = found
    const link = answer?.link
      ? {
          href: answer.link.href,
          label: answer.link.kind === 'login' ? shared.page.login : messages.page.openProfile,
        }
      : undefined
    setErrors(fieldErrors)
    setBanner({
      message: general ?? Object.values(fieldErrors)[0] ?? messages.errors.unknown,
      link,
    })
    const target = firstErrorPath(fieldErrors)
    if (target) pendingFocus.current = target
    else document.getElementById('cinema-registration-banner')?.scrollIntoView({ block: 'center' })
  }

  /** Edit mode: the stored profile comes back and becomes the form; on refusal everything typed stays. */
  async function afterSave(response: Response) {
    const answer = (await response.json().catch(() => null)) as {
      message?: string
      errors?: unknown
      form?: SavedForm
    } | null
    setSubmitting(false)
    if (response.ok && answer?.form) {
      const form = answer.form
      setValues(form.values)
      setFilesState(NO_FILES)
      setRemovals(NO_REMOVALS)
      setErrors({})
      setBanner(null)
      setSaved({
        snapshot: snapshotOf(form.values),
        files: form.files,
        justSaved: true,
      })
      return
    }
    const found = errorsByPath(serverFieldErrors(answer))
    const { ['']: general, ...fieldErrors } = found
    setErrors(fieldErrors)
    setBanner({
      message: answer?.message ?? general ?? messages.errors.unknown,
    })
    const target = firstErrorPath(fieldErrors)
    if (target) pendingFocus.current = target
    else document.getElementById('cinema-registration-banner')?.scrollIntoView({ block: 'center' })
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!submitting) void submit()
  }

  if (done) return <CinemaRegistrationSuccess done={done} messages={messages.success} />

  const sectionProps = {
    locale,
    messages,
    shared,
    options,
    values,
    errors,
    update,
  }
  const editFiles: EditFilesProps | undefined =
    edit && saved
      ? {
          existing: saved.files,
          removedGallery: removals.gallery,
          removeCv: removals.cv,
          onRemoveGallery: (id) =>
            setRemovals((current) => ({
              ...current,
              gallery: [...current.gallery, id],
            })),
          onRemoveCv: (cv) => setRemovals((current) => ({ ...current, cv })),
          messages: edit.messages.files,
        }
      : undefined
  const fileProps = { ...sectionProps, files, setFiles, edit: editFiles }
  const emailHint = edit ? edit.messages.page.emailHint : accountEmail ? format(messages.page.signedIn, { email: accountEmail }) : undefined
  const body: Record<CinemaSection, ReactNode> = {
    identity: <IdentitySection {...fileProps} />,
    contact: <ContactSection {...sectionProps} lockedEmailHint={emailHint} />,
    physical: <PhysicalSection {...sectionProps} />,
    languages: <LanguagesSection {...sectionProps} />,
    roles: <RolesSection {...sectionProps} />,
    skills: <SkillsSection {...sectionProps} />,
    experience: <ExperienceSection {...sectionProps} />,
    availability: <AvailabilitySection {...sectionProps} />,
    media: <MediaSection {...fileProps} />,
  }
  const progressProps = { sections: CINEMA_SECTIONS, states, active, onSelect: scrollToSection, messages }
  // Inside the talent space (its own menu beside it), the list of sections needs a wider screen.
  const layout = edit
    ? { grid: '2xl:grid-cols-[15rem_minmax(0,1fr)] 2xl:gap-10', list: 'hidden 2xl:block', bar: '2xl:hidden' }
    : { grid: 'lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-10', list: 'hidden lg:block', bar: 'lg:hidden' }

  return (
    <div className={`grid gap-8 ${layout.grid}`}>
      <div className={layout.list}>
        <div className="sticky top-24 space-y-6">
          <SectionList {...progressProps} />
          {aside}
        </div>
      </div>

      <div className="min-w-0">
        <div className={`sticky top-16 z-20 -mx-5 mb-6 border-b border-ink-900/10 bg-sand-50/95 px-5 py-3 backdrop-blur sm:-mx-8 sm:px-8 ${layout.bar}`}>
          <SectionBar {...progressProps} />
        </div>

        <div aria-live="polite" className="mb-6 empty:hidden">
          {draft.restored ? (
            <p
              data-testid="draft-restored"
              className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-white px-4 py-3 text-sm text-ink-700 ring-1 ring-ink-900/10"
            >
              <span className="flex items-center gap-2">
                <svg
                  viewBox="0 0 20 20"
                  className="size-5 shrink-0 text-forest-600"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.8"
                  aria-hidden="true"
                  focusable="false"
                >
                  <path d="M4 10a6 6 0 1 0 2-4.5M4 4v3.5h3.5" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
                {messages.draft.restored}
              </span>
              <button type="button" onClick={restart} className="btn btn-secondary px-4 py-1.5">
                {messages.draft.restart}
              </button>
            </p>
          ) : null}
          {!draft.storage ? <p className="mt-3 rounded-2xl bg-ochre-200/60 px-4 py-3 text-sm text-ink-800">{messages.draft.unavailable}</p> : null}
        </div>

        <form noValidate onSubmit={onSubmit} aria-label={messages.page.title} className="space-y-8">
          <p className="text-sm text-ink-600">{messages.page.required}</p>
          {CINEMA_SECTIONS.map((section, index) => {
            const colour = SECTION_COLOURS[section]
            const copy = messages.sections[section]
            const last = index === CINEMA_SECTIONS.length - 1
            return (
              <section
                key={section}
                id={sectionId(section)}
                data-section={section}
                data-state={states[section]}
                aria-labelledby={`${sectionId(section)}-title`}
                onBlur={(event) => onSectionBlur(section, event)}
                className="scroll-mt-40 overflow-hidden rounded-[2rem] bg-white shadow-card ring-1 ring-ink-900/5 lg:scroll-mt-24"
              >
                <div aria-hidden="true" className={`h-1.5 ${colour.bar}`} />
                <header className={`flex items-start gap-4 px-5 py-5 sm:px-10 sm:py-6 ${colour.soft}`}>
                  <span aria-hidden="true" className={`grid size-11 shrink-0 place-items-center rounded-2xl text-lg font-extrabold shadow-sm ${colour.solid}`}>
                    {index + 1}
                  </span>
                  <div className="min-w-0">
                    <h2
                      id={`${sectionId(section)}-title`}
                      tabIndex={-1}
                      className="text-xl font-extrabold tracking-tight text-ink-950 focus:outline-none sm:text-2xl"
                    >
                      <span className="sr-only">{index + 1}. </span>
                      {copy.title}
                    </h2>
                    <p className="mt-1 text-ink-600">{copy.intro}</p>
                  </div>
                </header>
                <div className="px-5 py-7 sm:px-10 sm:py-8">{body[section]}</div>
                {last || edit ? null : (
                  <div className="flex justify-end border-t border-ink-900/10 bg-sand-50/70 px-5 py-4 sm:px-10">
                    <button type="button" onClick={() => continueFrom(section)} className="btn btn-secondary">
                      {messages.actions.continue}
                      <ArrowRightIcon className="size-4" />
                    </button>
                  </div>
                )}
              </section>
            )
          })}

          <div id="cinema-registration-banner" aria-live="assertive">
            {banner ? (
              <div role="alert" className="rounded-2xl border border-terracotta-200 bg-terracotta-50 px-4 py-3 text-sm font-medium text-terracotta-800">
                <p>{banner.message}</p>
                {banner.link ? (
                  <a href={banner.link.href} className="mt-2 inline-flex font-semibold text-terracotta-700 underline underline-offset-2">
                    {banner.link.label}
                  </a>
                ) : null}
              </div>
            ) : null}
          </div>

          {edit && saved ? (
            <SaveBar edit={edit} unsaved={unsaved} justSaved={saved.justSaved && !unsaved} failed={Boolean(banner)} submitting={submitting} />
          ) : (
            <div className="flex flex-col-reverse items-stretch gap-3 sm:flex-row sm:items-center sm:justify-between">
              <p className="text-sm text-ink-600">{draft.loaded && draft.storage ? messages.draft.saved : null}</p>
              <button type="submit" disabled={submitting} aria-busy={submitting} className="btn btn-primary btn-lg">
                {submitting ? (
                  <svg viewBox="0 0 24 24" className="size-5 animate-spin motion-reduce:animate-none" aria-hidden="true" focusable="false">
                    <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeOpacity="0.3" strokeWidth="3" />
                    <path d="M21 12a9 9 0 0 0-9-9" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
                  </svg>
                ) : null}
                {submitting ? messages.actions.submitting : messages.actions.submit}
                {submitting ? null : <ArrowRightIcon className="size-5" />}
              </button>
            </div>
          )}
        </form>
        {aside ? <div className="mt-8 lg:hidden">{aside}</div> : null}
      </div>
    </div>
  )
}

const Spinner = () => (
  <svg viewBox="0 0 24 24" className="size-5 animate-spin motion-reduce:animate-none" aria-hidden="true" focusable="false">
    <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeOpacity="0.3" strokeWidth="3" />
    <path d="M21 12a9 9 0 0 0-9-9" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
  </svg>
)

/** Edit mode: a bar that stays at the bottom of the screen with the save state and the save button. */
function SaveBar({
  edit,
  unsaved,
  justSaved,
  failed,
  submitting,
}: {
  edit: CinemaFormEdit
  unsaved: boolean
  justSaved: boolean
  failed: boolean
  submitting: boolean
}) {
  const { status, actions } = edit.messages
  const state = submitting ? 'saving' : failed && unsaved ? 'failed' : unsaved ? 'unsaved' : justSaved ? 'saved' : 'clean'
  return (
    <div
      data-testid="save-bar"
      data-state={state}
      className="sticky bottom-3 z-20 flex items-center justify-between gap-3 rounded-2xl bg-ink-950 px-4 py-2.5 text-sand-50 shadow-card sm:px-5 sm:py-3"
    >
      <p role="status" className="flex min-w-0 items-center gap-2 text-sm font-semibold">
        {state === 'saved' ? (
          <span aria-hidden="true" className="grid size-6 shrink-0 place-items-center rounded-full bg-forest-600 text-white">
            <CheckIcon className="size-3.5" strokeWidth={3} />
          </span>
        ) : state === 'unsaved' || state === 'failed' ? (
          <span aria-hidden="true" className={`size-2.5 shrink-0 rounded-full ${state === 'failed' ? 'bg-terracotta-400' : 'bg-ochre-400'}`} />
        ) : null}
        <span>{state === 'saved' ? status.saved : state === 'saving' ? actions.saving : state === 'clean' ? status.upToDate : status.unsaved}</span>
      </p>
      <button type="submit" disabled={submitting || !unsaved} aria-busy={submitting} aria-label={actions.save} className="btn btn-primary shrink-0 disabled:opacity-60">
        {submitting ? <Spinner /> : null}
        {submitting ? (
          actions.saving
        ) : (
          <>
            <span className="sm:hidden">{actions.saveShort}</span>
            <span className="hidden sm:inline">{actions.save}</span>
          </>
        )}
      </button>
    </div>
  )
}
