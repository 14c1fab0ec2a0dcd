'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'

import { Field, fieldClass } from '@/components/talentSpace/Field'
import { AlertIcon } from '@/components/talentSpace/icons'
import type { Locale } from '@/i18n/locales'
import type { ContractMessages } from '@/i18n/messages/contracts'

import { ContractDocument } from './ContractDocument'
import { apiErrorOf, CONTRACT_CURRENCIES, contractPath, statusLabel, toDayInput, type ContractKind } from './contractModel'
import { TalentPicker, type PickedTalent } from './TalentPicker'

export type TemplateOption = { id: number; title: string; defaultCurrency: string | null }
export type ProjectOption = { id: number; title: string; code: string | null }

type AssignmentOption = {
  id: number
  roleName: string | null
  fee: number | null
  currency: string | null
  startDate: string | null
  endDate: string | null
  talent: { id: number; name: string; code: string | null } | null
}

type ContractCreateFormProps = {
  kind: ContractKind
  templates: TemplateOption[]
  projects: ProjectOption[]
  messages: ContractMessages
  locale: Locale
  initial?: { template?: number; project?: number; assignment?: number }
  /** Editing a saved draft: its values fill the form, and saving updates it (PATCH) instead of creating one. */
  draft?: ContractDraftValues
}

export type Terms = { title: string; amount: string; currency: string; startDate: string; endDate: string }
export type ContractDraftValues = { id: number; template: number | null; talent: PickedTalent | null; project: number | null; assignment: number | null; terms: Terms }
type Errors = Partial<Record<'template' | 'party' | 'project' | 'assignment' | 'amount' | 'startDate' | 'endDate', string>>

type RawAssignment = {
  id: number
  roleName?: string | null
  fee?: number | null
  currency?: string | null
  startDate?: string | null
  endDate?: string | null
  cinemaTalent?: number | { id: number; displayName?: string | null; firstName?: string | null; lastName?: string | null; code?: string | null } | null
}

function assignmentsUrl(project: number): string {
  const params = new URLSearchParams({ limit: '200', depth: '1', sort: 'roleName' })
  params.set('where[project][equals]', String(project))
  params.set('where[status][not_in]', 'declined,cancelled')
  for (const field of ['roleName', 'fee', 'currency', 'startDate', 'endDate', 'cinemaTalent']) params.set(`select[${field}]`, 'true')
  for (const field of ['displayName', 'firstName', 'lastName', 'code']) params.set(`populate[cinema-talents][${field}]`, 'true')
  return `/api/assignments?${params}`
}

function toAssignmentOption(raw: RawAssignment): AssignmentOption {
  const talent = raw.cinemaTalent
  return {
    id: raw.id,
    roleName: raw.roleName ?? null,
    fee: typeof raw.fee === 'number' ? raw.fee : null,
    currency: raw.currency ?? null,
    startDate: raw.startDate ?? null,
    endDate: raw.endDate ?? null,
    talent:
      talent && typeof talent === 'object'
        ? { id: talent.id, name: talent.displayName || [talent.firstName, talent.lastName].filter(Boolean).join(' ') || `#${talent.id}`, code: talent.code ?? null }
        : typeof talent === 'number'
          ? { id: talent, name: `#${talent}`, code: null }
          : null,
  }
}

/**
 * Creating a contract (SPEC §10): a template, the party (a talent found by name or code; for
 * cinema, a project then one of its assignments, which fills the fee and the dates), the terms,
 * and a live preview rendered by the server (POST /api/contracts/preview). Saved as a draft.
 */
export function ContractCreateForm({ kind, templates, projects, messages: all, locale, initial = {}, draft }: ContractCreateFormProps) {
  const m = all.create
  const router = useRouter()
  const firstTemplate = templates.find((template) => template.id === (draft?.template ?? initial.template)) ?? (templates.length === 1 ? templates[0] : undefined)
  const [templateId, setTemplateId] = useState<number | null>(firstTemplate?.id ?? draft?.template ?? null)
  const [talent, setTalent] = useState<PickedTalent | null>(draft?.talent ?? null)
  const [projectId, setProjectId] = useState<number | null>(draft?.project ?? initial.project ?? null)
  const [assignments, setAssignments] = useState<AssignmentOption[] | null>(null)
  const [assignmentId, setAssignmentId] = useState<number | null>(null)
  const [terms, setTerms] = useState<Terms>(draft?.terms ?? { title: '', amount: '', currency: firstTemplate?.defaultCurrency ?? 'XOF', startDate: '', endDate: '' })
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [preview, setPreview] = useState<{ state: 'empty' | 'loading' | 'ready' | 'failed'; html: string; message?: string }>({ state: 'empty', html: '' })
  const initialAssignment = useRef(draft?.assignment ?? initial.assignment)
  const errorRef = useRef<HTMLDivElement>(null)

  const assignment = assignments?.find((item) => item.id === assignmentId) ?? null
  const party = kind === 'cinema' ? (assignment?.talent ?? null) : talent

  // A project's assignments, once chosen; the one in the address (?assignment=) is selected.
  useEffect(() => {
    if (kind !== 'cinema' || !projectId) {
      setAssignments(null)
      return
    }
    const controller = new AbortController()
    setAssignments(null)
    fetch(assignmentsUrl(projectId), { signal: controller.signal, headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((body: { docs?: RawAssignment[] }) => {
        const options = (body.docs ?? []).map(toAssignmentOption)
        setAssignments(options)
        const wanted = options.find((option) => option.id === initialAssignment.current)
        initialAssignment.current = undefined
        // A saved draft keeps its own fee and dates; a new contract takes the assignment's.
        if (wanted && draft) setAssignmentId(wanted.id)
        else if (wanted) pickAssignment(wanted)
      })
      .catch((failure: Error) => {
        if (failure.name !== 'AbortError') setAssignments([])
      })
    return () => controller.abort()
    // pickAssignment only sets state: the list reloads when the project changes, nothing else.
  }, [kind, projectId])

  function pickAssignment(option: AssignmentOption | null) {
    setAssignmentId(option?.id ?? null)
    if (!option) return
    setTerms((current) => ({
      ...current,
      amount: option.fee !== null ? String(option.fee) : current.amount,
      currency: option.currency ?? current.currency,
      startDate: toDayInput(option.startDate) || current.startDate,
      endDate: toDayInput(option.endDate) || current.endDate,
    }))
  }

  /** The body shared by the preview and the save: what the server needs to render the contract. */
  const body = useMemo(() => {
    if (!templateId || !party) return null
    const amount = terms.amount.trim() === '' ? undefined : Number(terms.amount.replace(',', '.'))
    return {
      template: templateId,
      ...(kind === 'cinema' ? { cinemaTalent: party.id, project: projectId ?? undefined, assignment: assignmentId ?? undefined } : { talent: party.id }),
      // An emptied field of a saved draft is sent as null, so the update clears it rather than keeping the old value.
      title: terms.title.trim() || (draft ? null : undefined),
      amount: amount !== undefined && Number.isFinite(amount) ? amount : undefined,
      currency: terms.currency,
      startDate: terms.startDate || undefined,
      endDate: terms.endDate || (draft ? null : undefined),
    }
  }, [templateId, party, kind, projectId, assignmentId, terms, draft])

  // The live preview follows every change, half a second after the last one.
  useEffect(() => {
    if (!body) {
      setPreview({ state: 'empty', html: '' })
      return
    }
    const controller = new AbortController()
    const timer = window.setTimeout(async () => {
      setPreview((current) => ({ ...current, state: 'loading' }))
      try {
        const response = await fetch('/api/contracts/preview', {
          method: 'POST',
          signal: controller.signal,
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(draft ? { ...body, contract: draft.id } : body),
        })
        const answer = await response.json().catch(() => null)
        if (response.ok && typeof answer?.html === 'string') setPreview({ state: 'ready', html: answer.html })
        else setPreview((current) => ({ state: 'failed', html: current.html, message: apiErrorOf(answer).message ?? undefined }))
      } catch (failure) {
        if ((failure as Error).name !== 'AbortError') setPreview((current) => ({ state: 'failed', html: current.html }))
      }
    }, 500)
    return () => {
      controller.abort()
      window.clearTimeout(timer)
    }
  }, [body, draft])

  const setTerm = (key: keyof Terms) => (event: { target: { value: string } }) => setTerms((current) => ({ ...current, [key]: event.target.value }))

  const validate = (): Errors => {
    const next: Errors = {}
    if (!templateId) next.template = m.required
    if (kind === 'cinema') {
      if (!projectId) next.project = m.required
      else if (!assignmentId) next.assignment = m.required
    } else if (!talent) next.party = m.required
    const amount = Number(terms.amount.replace(',', '.'))
    if (terms.amount.trim() === '') next.amount = m.required
    else if (!Number.isFinite(amount) || amount < 0) next.amount = m.amountInvalid
    if (!terms.startDate) next.startDate = m.required
    if (terms.startDate && terms.endDate && terms.endDate < terms.startDate) next.endDate = m.datesOrder
    return next
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (saving) return
    const next = validate()
    setErrors(next)
    setFormError(null)
    if (Object.keys(next).length || !body) {
      setFormError(m.fixErrors)
      requestAnimationFrame(() => errorRef.current?.focus())
      return
    }
    setSaving(true)
    try {
      const response = await fetch(draft ? `/api/contracts/${draft.id}` : '/api/contracts', {
        method: draft ? 'PATCH' : 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      })
      const answer = await response.json().catch(() => null)
      const id = answer?.doc?.id
      if (response.ok && id !== undefined) {
        router.push(contractPath(id))
        if (draft) router.refresh()
        return
      }
      setFormError(apiErrorOf(answer).message ?? m.saveFailed)
      setSaving(false)
      requestAnimationFrame(() => errorRef.current?.focus())
    } catch {
      setFormError(all.signing.errors.network)
      setSaving(false)
    }
  }

  const section = 'rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5 sm:p-6'
  const legend = 'mb-4 flex items-center gap-2.5 text-base font-bold text-ink-950'
  const stepNumber = (n: number) => (
    <span aria-hidden="true" className="grid size-7 place-items-center rounded-full bg-terracotta-600 text-sm font-bold text-white">
      {n}
    </span>
  )

  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,28rem)_minmax(0,1fr)] lg:items-start xl:grid-cols-[minmax(0,32rem)_minmax(0,1fr)]">
      <form onSubmit={onSubmit} noValidate className="space-y-5" data-testid="contract-create-form">
        <fieldset className={section}>
          <legend className="sr-only">{m.steps.template}</legend>
          <p aria-hidden="true" className={legend}>
            {stepNumber(1)}
            {m.steps.template}
          </p>
          {templates.length ? (
            <Field name="template" label={m.template} error={errors.template}>
              {(props) => (
                <select
                  {...props}
                  value={templateId ?? ''}
                  onChange={(event) => {
                    const id = Number(event.target.value) || null
                    setTemplateId(id)
                    const chosen = templates.find((template) => template.id === id)
                    if (chosen?.defaultCurrency && !assignment?.currency) setTerms((current) => ({ ...current, currency: chosen.defaultCurrency ?? current.currency }))
                  }}
                  className={`${fieldClass(errors.template)} appearance-auto`}
                >
                  <option value="">{m.chooseTemplate}</option>
                  {templates.map((template) => (
                    <option key={template.id} value={template.id}>
                      {template.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <div className="rounded-2xl bg-ochre-200/50 p-4 text-sm text-ink-900 ring-1 ring-ochre-500/30">
              <p>{m.noTemplates}</p>
              <a href="/admin/collections/contract-templates" className="mt-2 inline-block font-semibold text-terracotta-700 underline underline-offset-2">
                {m.openTemplates}
              </a>
            </div>
          )}
        </fieldset>

        <fieldset className={section}>
          <legend className="sr-only">{m.steps.party}</legend>
          <p aria-hidden="true" className={legend}>
            {stepNumber(2)}
            {m.steps.party}
          </p>
          {kind === 'talent' ? (
            <TalentPicker value={talent} onChange={setTalent} messages={m} error={errors.party} />
          ) : (
            <div className="space-y-4">
              <Field name="project" label={m.project} error={errors.project} hint={projects.length ? undefined : m.noProjects}>
                {(props) => (
                  <select
                    {...props}
                    value={projectId ?? ''}
                    onChange={(event) => {
                      setProjectId(Number(event.target.value) || null)
                      setAssignmentId(null)
                    }}
                    className={`${fieldClass(errors.project)} appearance-auto`}
                  >
                    <option value="">{m.chooseProject}</option>
                    {projects.map((project) => (
                      <option key={project.id} value={project.id}>
                        {project.code ? `${project.title} (${project.code})` : project.title}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                name="assignment"
                label={m.assignment}
                error={errors.assignment}
                hint={
                  !projectId
                    ? m.chooseProjectFirst
                    : assignments === null
                      ? m.loadingAssignments
                      : !assignments.length
                        ? m.noAssignments
                        : assignment
                          ? m.assignmentPrefill
                          : undefined
                }
              >
                {(props) => (
                  <select
                    {...props}
                    value={assignmentId ?? ''}
                    disabled={!projectId || !assignments?.length}
                    onChange={(event) => pickAssignment(assignments?.find((option) => option.id === Number(event.target.value)) ?? null)}
                    className={`${fieldClass(errors.assignment)} appearance-auto disabled:bg-sand-100 disabled:text-ink-500`}
                  >
                    <option value="">{m.chooseAssignment}</option>
                    {(assignments ?? []).map((option) => (
                      <option key={option.id} value={option.id}>
                        {[option.talent?.name, option.talent?.code, option.roleName].filter(Boolean).join(' · ')}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {assignment?.roleName ? (
                <p className="rounded-2xl bg-sand-50 px-4 py-3 text-sm ring-1 ring-ink-900/10">
                  <span className="text-ink-600">{m.role} : </span>
                  <span className="font-semibold text-ink-950">{assignment.roleName}</span>
                </p>
              ) : null}
            </div>
          )}
        </fieldset>

        <fieldset className={section}>
          <legend className="sr-only">{m.steps.terms}</legend>
          <p aria-hidden="true" className={legend}>
            {stepNumber(3)}
            {m.steps.terms}
          </p>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <div className="grid grid-cols-[minmax(0,1fr)_7.5rem] gap-3 sm:col-span-2">
            <Field name="amount" label={m.amount} error={errors.amount}>
              {(props) => <input {...props} type="text" inputMode="decimal" value={terms.amount} onChange={setTerm('amount')} autoComplete="off" className={`${fieldClass(errors.amount)} tabular-nums`} />}
            </Field>
            <Field name="currency" label={m.currency}>
              {(props) => (
                <select {...props} value={terms.currency} onChange={setTerm('currency')} className={`${fieldClass()} appearance-auto`}>
                  {CONTRACT_CURRENCIES.map((currency) => (
                    <option key={currency} value={currency}>
                      {currency}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            </div>
            <Field name="startDate" label={m.startDate} error={errors.startDate}>
              {(props) => <input {...props} type="date" value={terms.startDate} onChange={setTerm('startDate')} className={fieldClass(errors.startDate)} />}
            </Field>
            <Field name="endDate" label={m.endDate} error={errors.endDate} note={m.optional}>
              {(props) => <input {...props} type="date" value={terms.endDate} min={terms.startDate || undefined} onChange={setTerm('endDate')} className={fieldClass(errors.endDate)} />}
            </Field>
            <Field name="title" label={m.contractTitle} hint={m.contractTitleHint} note={m.optional} className="sm:col-span-2">
              {(props) => <input {...props} type="text" value={terms.title} onChange={setTerm('title')} maxLength={200} className={fieldClass()} />}
            </Field>
          </div>
        </fieldset>

        <div ref={errorRef} tabIndex={-1} aria-live="assertive" className="outline-none">
          {formError ? (
            <p role="alert" className="flex items-start gap-2.5 rounded-xl border border-terracotta-200 bg-terracotta-50 px-4 py-3 text-sm font-medium text-terracotta-800">
              <AlertIcon className="mt-0.5 size-4 shrink-0" />
              {formError}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={saving || !templates.length} className="btn btn-primary btn-lg w-full">
          {saving ? m.saving : draft ? m.saveChanges : m.save}
        </button>
      </form>

      <section aria-labelledby="contract-preview-title" className="min-w-0 lg:sticky lg:top-24">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <div>
            <h2 id="contract-preview-title" className="text-lg font-bold text-ink-950">
              {m.preview}
            </h2>
            <p className="text-sm text-ink-600">{m.previewHint}</p>
          </div>
          <p aria-live="polite" className="text-sm font-medium text-ink-600">
            {preview.state === 'loading' ? m.previewLoading : preview.state === 'failed' ? (preview.message ?? m.previewFailed) : ''}
          </p>
        </div>
        {preview.html ? (
          <div className={`transition-opacity lg:max-h-[calc(100dvh-9rem)] lg:overflow-y-auto lg:rounded-2xl ${preview.state === 'loading' ? 'opacity-60' : ''}`}>
            <ContractDocument html={preview.html} label={m.preview} watermark={statusLabel('draft', locale)} />
          </div>
        ) : (
          <div className="grid min-h-72 place-items-center rounded-2xl border border-dashed border-ink-900/20 bg-white/60 px-6 py-14 text-center text-ink-600">
            {preview.state === 'failed' ? (preview.message ?? m.previewFailed) : m.previewEmpty}
          </div>
        )}
      </section>
    </div>
  )
}
