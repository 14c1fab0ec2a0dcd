import Link from 'next/link'

import { PencilIcon, ShieldIcon } from '@/components/talentSpace/icons'
import { DownloadIcon } from '@/components/talents/TalentIcons'
import { ArrowLeftIcon } from '@/components/talents/TalentIcons'
import { format } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { ContractMessages } from '@/i18n/messages/contracts'

import { ContractActions } from './ContractActions'
import { ContractDocument } from './ContractDocument'
import { ContractSigners } from './ContractSigners'
import { ContractStatusBadge } from './ContractStatusBadge'
import { ContractTimeline } from './ContractTimeline'
import { actionsFor, contractPath, contractPdfPath, statusLabel, toContractView, type ContractDoc } from './contractModel'

type ContractDetailProps = {
  doc: ContractDoc
  locale: Locale
  messages: ContractMessages
  /** `staff`: every detail and the actions; `talent`: their own contract, read-only. */
  audience: 'staff' | 'talent'
  back: { href: string; label: string }
  /** The public verification page (its address carries a keyed suffix: computed on the server). */
  verifyHref: string
  /** Inside the talent space's column: no page container, and the side column only on very wide screens. */
  embedded?: boolean
}

const SIGNED_STATES = new Set(['signed', 'archived'])

/** One contract's page: header, the rendered document, and beside it summary, signers, audit trail and actions. */
export function ContractDetail({ doc, locale, messages: m, audience, back, verifyHref, embedded = false }: ContractDetailProps) {
  const view = toContractView(doc, locale)
  const staff = audience === 'staff'
  const signed = SIGNED_STATES.has(view.status) && Boolean(doc.documentHash)
  const pdfLabel = view.hasFinalPdf ? m.detail.pdf : m.detail.draftPdf
  const period =
    view.period.start || view.period.end ? format(m.detail.period_, { start: view.period.start ?? m.detail.unknown, end: view.period.end ?? m.detail.unknown }) : m.detail.unknown
  const summary: [string, string | null][] = [
    [m.detail.party, view.party.name ? `${view.party.name}${view.party.code ? ` · ${view.party.code}` : ''}` : null],
    ...(view.kind === 'cinema' ? [[m.detail.project, view.project.title ? `${view.project.title}${view.project.code ? ` · ${view.project.code}` : ''}` : null] as [string, string | null]] : []),
    [m.detail.amount, view.amount],
    [m.detail.period, period],
    ...(staff ? ([[m.detail.template, view.template.title], [m.detail.createdAt, view.createdAt]] as [string, string | null][]) : []),
  ]

  return (
    <div className={embedded ? '' : 'mx-auto w-full max-w-[88rem] px-5 py-6 sm:px-8 sm:py-10'}>
      <Link href={back.href} className="inline-flex min-h-10 items-center gap-1.5 rounded-full text-sm font-semibold text-ink-700 hover:text-terracotta-700">
        <ArrowLeftIcon className="size-4" />
        {back.label}
      </Link>
      <header className="mt-3 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          <p className="font-mono text-sm font-semibold tracking-wider text-terracotta-700">{view.reference}</p>
          <h1 className="mt-1 text-3xl font-extrabold tracking-tight text-balance text-ink-950 sm:text-4xl">{view.title}</h1>
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <ContractStatusBadge status={view.status} locale={locale} size="md" />
            {view.party.name ? <span className="text-sm text-ink-700">{view.party.name}</span> : null}
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          {staff && view.status === 'draft' ? (
            <Link href={`${contractPath(view.id)}/modifier`} className="btn btn-primary" data-testid="contract-edit">
              <PencilIcon className="size-4" />
              {m.detail.edit}
            </Link>
          ) : null}
          <a href={contractPdfPath(view.id)} className="btn btn-secondary" data-testid="contract-pdf">
            <DownloadIcon className="size-4" />
            {pdfLabel}
          </a>
          {signed ? (
            <a href={verifyHref} className="btn btn-secondary">
              <ShieldIcon className="size-4" />
              {m.detail.verify}
            </a>
          ) : null}
        </div>
      </header>

      <div
        className={`mt-8 grid grid-cols-1 gap-8 ${embedded ? 'xl:grid-cols-[minmax(0,1fr)_20rem] xl:items-start' : 'lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start xl:grid-cols-[minmax(0,1fr)_26rem]'}`}
      >
        <section aria-labelledby="contract-document-title" className="min-w-0">
          <h2 id="contract-document-title" className="sr-only">
            {m.detail.document}
          </h2>
          <p className="mb-3 text-sm text-ink-600">{view.status === 'draft' ? m.detail.draftNote : m.detail.frozen}</p>
          <ContractDocument html={doc.renderedHtml ?? ''} label={m.detail.document} watermark={view.status === 'draft' ? statusLabel('draft', locale) : undefined} />
        </section>

        <aside className="min-w-0 space-y-6">
          {staff ? (
            <section aria-labelledby="contract-actions-title" className="rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5">
              <h2 id="contract-actions-title" className="mb-3 text-base font-bold text-ink-950">
                {m.actions.title}
              </h2>
              <ContractActions contractId={view.id} actions={actionsFor(view.status)} messages={m.actions} />
              {!actionsFor(view.status).length ? <p className="text-sm text-ink-600">{statusLabel(view.status, locale)}</p> : null}
            </section>
          ) : null}

          <section aria-labelledby="contract-summary-title" className="rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5">
            <h2 id="contract-summary-title" className="mb-3 text-base font-bold text-ink-950">
              {m.detail.summary}
            </h2>
            <dl className="grid grid-cols-[minmax(0,8rem)_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
              {summary.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-ink-600">{label}</dt>
                  <dd className="font-semibold break-words text-ink-900">{value ?? m.detail.unknown}</dd>
                </div>
              ))}
            </dl>
            {doc.documentHash ? (
              <div className="mt-4 border-t border-ink-900/8 pt-3">
                <p className="text-xs font-semibold text-ink-600">{m.detail.hash}</p>
                <p className="mt-0.5 font-mono text-xs break-all text-ink-800" data-testid="document-hash">
                  {doc.documentHash}
                </p>
                {staff && doc.pdfHash ? (
                  <>
                    <p className="mt-2 text-xs font-semibold text-ink-600">{m.detail.pdfHash}</p>
                    <p className="mt-0.5 font-mono text-xs break-all text-ink-800">{doc.pdfHash}</p>
                  </>
                ) : null}
              </div>
            ) : null}
          </section>

          <section aria-labelledby="contract-signers-title" className="rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5">
            <h2 id="contract-signers-title" className="mb-3 text-base font-bold text-ink-950">
              {m.detail.signers}
            </h2>
            <ContractSigners signers={doc.signers ?? []} locale={locale} messages={m} detailed={staff} />
          </section>

          {staff ? (
            <section aria-labelledby="contract-timeline-title" className="rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5">
              <h2 id="contract-timeline-title" className="mb-4 text-base font-bold text-ink-950">
                {m.detail.timeline}
              </h2>
              <ContractTimeline events={doc.events ?? []} locale={locale} messages={m} detailed />
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  )
}
