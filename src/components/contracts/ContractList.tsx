import Link from 'next/link'

import { format } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import type { ContractMessages } from '@/i18n/messages/contracts'

import { ContractStatusBadge } from './ContractStatusBadge'
import type { ContractView } from './contractModel'

type ContractListProps = {
  contracts: ContractView[]
  messages: ContractMessages
  locale: Locale
  hrefFor: (contract: ContractView) => string
  /** Staff lists name the talent; the talent's own list does not. */
  showParty?: boolean
  showProject?: boolean
}

const period = (contract: ContractView, m: ContractMessages) =>
  contract.period.start || contract.period.end
    ? format(m.detail.period_, { start: contract.period.start ?? m.detail.unknown, end: contract.period.end ?? m.detail.unknown })
    : m.detail.unknown

/** Contracts as a table on wide screens and as cards on phones: same rows, same links. */
export function ContractList({ contracts, messages: m, locale, hrefFor, showParty = true, showProject = false }: ContractListProps) {
  return (
    <>
      <div className="mt-5 hidden overflow-x-auto rounded-3xl bg-white shadow-card ring-1 ring-ink-900/5 lg:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{m.list.caption}</caption>
          <thead className="border-b border-ink-900/10 bg-sand-50 text-xs font-semibold tracking-wide text-ink-600 uppercase">
            <tr>
              <th scope="col" className="py-3 pr-3 pl-5">
                {m.list.reference}
              </th>
              {showParty ? (
                <th scope="col" className="px-3 py-3">
                  {m.list.party}
                </th>
              ) : null}
              {showProject ? (
                <th scope="col" className="px-3 py-3">
                  {m.list.projectCol}
                </th>
              ) : null}
              <th scope="col" className="px-3 py-3">
                {m.list.period}
              </th>
              <th scope="col" className="px-3 py-3 text-right">
                {m.list.amount}
              </th>
              <th scope="col" className="px-3 py-3">
                {m.list.statusCol}
              </th>
              <th scope="col" className="py-3 pr-5 pl-3 text-right">
                <span className="sr-only">{m.list.open}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-ink-900/8">
            {contracts.map((contract) => (
              <tr key={contract.id} data-testid="contract-row" className="align-middle hover:bg-sand-50/70">
                <td className="py-3 pr-3 pl-5">
                  <p className="font-mono text-xs font-semibold tracking-wider text-terracotta-700">{contract.reference}</p>
                  <p className="max-w-[18rem] truncate font-semibold text-ink-950">{contract.title}</p>
                </td>
                {showParty ? (
                  <td className="px-3 py-3">
                    <p className="font-semibold text-ink-900">{contract.party.name ?? m.detail.unknown}</p>
                    {contract.party.code ? <p className="font-mono text-xs text-ink-600">{contract.party.code}</p> : null}
                  </td>
                ) : null}
                {showProject ? (
                  <td className="max-w-[14rem] px-3 py-3">
                    <p className="truncate text-ink-900">{contract.project.title ?? m.detail.unknown}</p>
                    {contract.project.code ? <p className="font-mono text-xs text-ink-600">{contract.project.code}</p> : null}
                  </td>
                ) : null}
                <td className="px-3 py-3 whitespace-nowrap text-ink-800">{period(contract, m)}</td>
                <td className="px-3 py-3 text-right whitespace-nowrap tabular-nums text-ink-900">{contract.amount ?? m.detail.unknown}</td>
                <td className="px-3 py-3">
                  <ContractStatusBadge status={contract.status} locale={locale} />
                </td>
                <td className="py-3 pr-5 pl-3 text-right">
                  <Link
                    href={hrefFor(contract)}
                    aria-label={format(m.list.openOf, { reference: contract.reference })}
                    className="inline-flex min-h-10 items-center rounded-full px-4 text-sm font-semibold text-terracotta-700 hover:bg-terracotta-50"
                  >
                    {m.list.open}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="mt-5 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:hidden">
        {contracts.map((contract) => (
          <li key={contract.id} data-testid="contract-card">
            <Link
              href={hrefFor(contract)}
              aria-label={format(m.list.openOf, { reference: contract.reference })}
              className="flex h-full flex-col gap-3 rounded-3xl bg-white p-4 shadow-card ring-1 ring-ink-900/5 transition-shadow hover:ring-terracotta-600/30"
            >
              <div className="flex items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="font-mono text-xs font-semibold tracking-wider text-terracotta-700">{contract.reference}</p>
                  <p className="font-bold text-ink-950">{contract.title}</p>
                </div>
                <ContractStatusBadge status={contract.status} locale={locale} />
              </div>
              {showParty ? (
                <p className="text-sm text-ink-800">
                  <span className="font-semibold">{contract.party.name ?? m.detail.unknown}</span>
                  {contract.party.code ? <span className="ml-1.5 font-mono text-xs text-ink-600">{contract.party.code}</span> : null}
                </p>
              ) : null}
              {showProject && contract.project.title ? <p className="text-sm text-ink-700">{contract.project.title}</p> : null}
              <dl className="mt-auto grid grid-cols-2 gap-2 rounded-2xl bg-sand-50 px-3 py-2 text-sm">
                <div className="min-w-0">
                  <dt className="text-xs text-ink-600">{m.list.period}</dt>
                  <dd className="font-semibold text-ink-900">{period(contract, m)}</dd>
                </div>
                <div className="min-w-0">
                  <dt className="text-xs text-ink-600">{m.list.amount}</dt>
                  <dd className="font-semibold text-ink-900 tabular-nums">{contract.amount ?? m.detail.unknown}</dd>
                </div>
              </dl>
            </Link>
          </li>
        ))}
      </ul>
    </>
  )
}
