import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import { cache } from 'react'

import { PdfHashCompare } from '@/components/contractVerification/PdfHashCompare'
import { verifyContract } from '@/contracts/verify'
import { format } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { INTL_LOCALE } from '@/i18n/locales'
import { getContractVerificationMessages } from '@/i18n/messages/contractVerification'

type VerifyPageProps = { params: Promise<{ id: string }> }

const loadVerification = cache(async (id: string) => verifyContract(await getPayload({ config }), decodeURIComponent(id)))

// Always the current state of the stored contract: a verification is never cached.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: VerifyPageProps): Promise<Metadata> {
  const [{ id }, locale] = await Promise.all([params, getLocale()])
  const messages = getContractVerificationMessages(locale)
  const result = await loadVerification(id)
  return { title: result ? format(messages.metaTitle, { reference: result.reference }) : messages.notFoundTitle, robots: { index: false, follow: false } }
}

/** Public page reached from the QR code of a signed contract's PDF: fingerprint and signers, never the content. */
export default async function ContractVerificationPage({ params }: VerifyPageProps) {
  const [{ id }, locale] = await Promise.all([params, getLocale()])
  const result = await loadVerification(id)
  if (!result) notFound()
  const messages = getContractVerificationMessages(locale)
  const when = (value: string) => `${new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(value))} UTC`

  const verdict =
    result.intact === null
      ? { title: messages.notSigned, help: messages.notSignedHelp, tone: 'bg-sand-100 text-ink-800 ring-sand-300', icon: '…' }
      : result.intact
        ? { title: messages.intact, help: messages.intactHelp, tone: 'bg-emerald-50 text-forest-600 ring-emerald-200', icon: '✓' }
        : { title: messages.altered, help: messages.alteredHelp, tone: 'bg-terracotta-50 text-terracotta-800 ring-terracotta-300', icon: '!' }

  return (
    <section aria-labelledby="verify-title" className="container-page max-w-3xl py-12 sm:py-16">
      <p className="eyebrow">{messages.eyebrow}</p>
      <h1 id="verify-title" className="mt-2 text-3xl font-extrabold tracking-tight text-ink-950 sm:text-4xl">
        {format(messages.title, { reference: result.reference })}
      </h1>
      <p className="mt-3 text-lg leading-relaxed text-ink-600">{messages.lead}</p>

      <div role="status" data-testid="verification-verdict" data-intact={String(result.intact)} className={`mt-8 flex gap-4 rounded-2xl p-5 ring-1 ${verdict.tone}`}>
        <span aria-hidden="true" className="flex size-10 shrink-0 items-center justify-center rounded-full bg-white text-xl font-bold">
          {verdict.icon}
        </span>
        <div>
          <p className="text-xl font-bold">{verdict.title}</p>
          <p className="mt-1 text-sm leading-relaxed">{verdict.help}</p>
        </div>
      </div>

      <dl className="mt-8 grid gap-4 sm:grid-cols-2">
        <div className="rounded-2xl bg-sand-50 px-4 py-3 ring-1 ring-ink-900/5">
          <dt className="text-xs font-semibold tracking-[0.12em] text-ink-600 uppercase">{messages.status}</dt>
          <dd className="mt-1 font-semibold text-ink-950">{messages.statuses[result.status] ?? result.status}</dd>
        </div>
        {result.signedAt ? (
          <div className="rounded-2xl bg-sand-50 px-4 py-3 ring-1 ring-ink-900/5">
            <dt className="text-xs font-semibold tracking-[0.12em] text-ink-600 uppercase">{messages.signedAt}</dt>
            <dd className="mt-1 font-semibold text-ink-950">{when(result.signedAt)}</dd>
          </div>
        ) : null}
      </dl>

      <h2 className="mt-10 text-xl font-bold text-ink-950">{messages.signers}</h2>
      <ul className="mt-4 divide-y divide-sand-200 rounded-2xl bg-white ring-1 ring-ink-900/5">
        {result.signers.map((signer) => (
          <li key={`${signer.role}-${signer.name}`} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
            <span>
              <span className="font-semibold text-ink-950">{signer.name}</span>
              <span className="ml-2 text-sm text-ink-600">{messages.roles[signer.role] ?? signer.role}</span>
            </span>
            <span className="text-sm text-ink-700">{signer.signedAt ? format(messages.signedOn, { date: when(signer.signedAt) }) : messages.pending}</span>
          </li>
        ))}
      </ul>

      {result.documentHash ? (
        <div className="mt-10">
          <h2 className="text-xl font-bold text-ink-950">{messages.documentHash}</h2>
          <p className="mt-2 rounded-xl bg-sand-50 px-4 py-3 font-mono text-sm break-all text-ink-900 ring-1 ring-ink-900/5" data-testid="document-hash">
            {result.documentHash}
          </p>
        </div>
      ) : null}

      <div className="mt-10">
        <h2 className="text-xl font-bold text-ink-950">{messages.compare.title}</h2>
        {result.pdfHash ? (
          <>
            <p className="mt-2 text-ink-600">{messages.compare.help}</p>
            <p className="mt-3 text-sm text-ink-700">
              {messages.pdfHash} <code className="font-mono break-all">{result.pdfHash}</code>
              {result.pdfIntact !== null ? ` · ${messages.pdfStored} ${result.pdfIntact ? messages.pdfStoredOk : messages.pdfStoredBad}` : null}
            </p>
            <div className="mt-4">
              <PdfHashCompare expected={result.pdfHash} messages={messages.compare} />
            </div>
          </>
        ) : (
          <p className="mt-2 text-ink-600">{messages.compare.unavailable}</p>
        )}
      </div>
    </section>
  )
}
