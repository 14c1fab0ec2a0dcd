import { format } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { ContractMessages } from '@/i18n/messages/contracts'

import { ContractStatusBadge } from './ContractStatusBadge'
import { asSignerStatus, formatMoment, type ContractDoc } from './contractModel'

/**
 * The signers in signing order and where each stands. `detailed` (staff) adds the email and
 * the technical proof of each signature (method, IP, browser); the talent sees names and dates.
 */
export function ContractSigners({ signers, locale, messages: m, detailed }: { signers: NonNullable<ContractDoc['signers']>; locale: Locale; messages: ContractMessages; detailed: boolean }) {
  if (!signers.length) return <p className="text-sm text-ink-600">{m.detail.noSigners}</p>
  const ordered = [...signers].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
  return (
    <ol className="space-y-3" data-testid="contract-signers">
      {ordered.map((signer, index) => {
        const status = asSignerStatus(signer.status)
        const signedAt = formatMoment(locale, signer.signedAt)
        return (
          <li key={signer.id ?? index} className="rounded-2xl bg-sand-50 p-3.5 ring-1 ring-ink-900/8">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="text-xs font-semibold tracking-wide text-ink-600 uppercase">
                  {format(m.detail.order, { order: signer.order ?? index + 1 })} · {signer.role === 'staff' ? m.signerRole.staff : m.signerRole.talent}
                </p>
                <p className="truncate font-bold text-ink-950">{signer.name ?? m.detail.unknown}</p>
                {detailed && signer.email ? <p className="truncate text-sm text-ink-600">{signer.email}</p> : null}
              </div>
              <ContractStatusBadge kind="signer" status={status} locale={locale} />
            </div>
            {signedAt ? (
              <p className="mt-2 text-sm text-ink-700">
                {format(m.detail.signedAt, { date: signedAt })}
                {signer.method === 'drawn' || signer.method === 'typed' ? ` · ${m.method[signer.method]}` : null}
              </p>
            ) : null}
            {detailed && (signer.ip || signer.userAgent) ? (
              <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 text-xs text-ink-600">
                {signer.ip ? (
                  <>
                    <dt className="font-semibold">{m.detail.ip}</dt>
                    <dd className="font-mono break-all">{signer.ip}</dd>
                  </>
                ) : null}
                {signer.userAgent ? (
                  <>
                    <dt className="font-semibold">{m.detail.userAgent}</dt>
                    <dd className="break-words">{signer.userAgent}</dd>
                  </>
                ) : null}
              </dl>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
