import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { isAdminUser } from '@/access'
import { StaffForbidden } from '@/components/cinemaStaff/StaffForbidden'
import { ContractCreateForm, type ContractDraftValues } from '@/components/contracts/ContractCreateForm'
import { contractPath, statusLabel, toDayInput } from '@/components/contracts/contractModel'
import { ArrowLeftIcon } from '@/components/talents/TalentIcons'
import { loadContractFormOptions, readContractForPage } from '@/contracts/contractPageData'
import { format } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { getContractMessages } from '@/i18n/messages/contracts'
import { relationId } from '@/payload/relationId'
import type { Contract } from '../../../../../payload-types'

type PageProps = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const [{ id }, locale] = await Promise.all([params, getLocale()])
  const { doc } = await readContractForPage(id)
  const m = getContractMessages(locale)
  return { title: doc?.reference ? format(m.meta.edit, { reference: doc.reference }) : m.detail.notFoundTitle, robots: { index: false, follow: false } }
}

/** The values a saved draft puts back in the form; the title stays empty while it is the template's default. */
function draftValues(doc: Contract): ContractDraftValues {
  const template = typeof doc.template === 'object' ? doc.template : null
  const title = doc.title && doc.title !== template?.title ? doc.title : ''
  const talentId = relationId(doc.talent)
  return {
    id: doc.id,
    template: relationId(doc.template) ?? null,
    talent: talentId ? { id: talentId, name: doc.partyName ?? `#${talentId}`, code: doc.partyCode ?? null } : null,
    project: relationId(doc.project) ?? null,
    assignment: relationId(doc.assignment) ?? null,
    terms: {
      title,
      amount: typeof doc.amount === 'number' ? String(doc.amount) : '',
      currency: doc.currency ?? template?.defaultCurrency ?? 'XOF',
      startDate: toDayInput(doc.startDate),
      endDate: toDayInput(doc.endDate),
    },
  }
}

/** Staff: a draft's template, party and terms, changed with the same form and live preview as a new contract. */
export default async function EditContractPage({ params }: PageProps) {
  const [{ id }, locale] = await Promise.all([params, getLocale()])
  const { user, doc } = await readContractForPage(id)
  const m = getContractMessages(locale)
  if (!user) redirect(`/connexion?next=${encodeURIComponent(`${contractPath(id)}/modifier`)}`)
  if (!isAdminUser(user)) return <StaffForbidden messages={m.forbidden} />
  if (!doc) notFound()

  const kind = doc.kind === 'cinema' ? 'cinema' : 'talent'
  const back = (
    <Link href={contractPath(doc.id)} className="inline-flex min-h-10 items-center gap-1.5 text-sm font-semibold text-ink-700 hover:text-terracotta-700">
      <ArrowLeftIcon className="size-4" />
      {m.create.backToContract}
    </Link>
  )
  if (doc.status !== 'draft') {
    return (
      <div className="mx-auto w-full max-w-3xl px-5 py-6 sm:px-8 sm:py-10">
        {back}
        <div role="status" className="mt-6 rounded-3xl bg-white p-6 shadow-card ring-1 ring-ink-900/5 sm:p-8" data-testid="contract-frozen">
          <h1 className="text-2xl font-extrabold tracking-tight text-ink-950">{m.create.frozenTitle}</h1>
          <p className="mt-3 text-ink-700">{format(m.create.frozenText, { status: statusLabel(doc.status, locale).toLowerCase() })}</p>
        </div>
      </div>
    )
  }

  const templateId = relationId(doc.template)
  const { templates: templateOptions, projects: projectOptions } = await loadContractFormOptions(user, kind, { template: templateId })
  // A project older than the 300 most recent is still the draft's own.
  const projectId = relationId(doc.project)
  if (projectId && !projectOptions.some((project) => project.id === projectId) && typeof doc.project === 'object' && doc.project) {
    projectOptions.unshift({ id: projectId, title: doc.project.title, code: doc.project.code ?? null })
  }

  return (
    <div className="mx-auto w-full max-w-[88rem] px-5 py-6 sm:px-8 sm:py-10">
      {back}
      <header className="mt-3 mb-8">
        <p className="eyebrow">{format(m.create.editEyebrow, { reference: doc.reference ?? '' })}</p>
        <h1 className="mt-2 text-3xl font-extrabold tracking-tight text-ink-950 sm:text-4xl">{m.create.editTitle}</h1>
        <p className="mt-2 max-w-2xl text-ink-600">{m.create.editIntro}</p>
      </header>
      <ContractCreateForm kind={kind} templates={templateOptions} projects={projectOptions} messages={m} locale={locale} draft={draftValues(doc)} />
    </div>
  )
}
