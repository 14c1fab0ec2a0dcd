import Link from 'next/link'

import { FileIcon } from '@/components/talentSpace/icons'
import type { ContractMessages } from '@/i18n/messages/contracts'

/** A contract that does not exist or that the reader may not see: the same answer, so nothing leaks. */
export function ContractNotFound({ messages: m, back }: { messages: ContractMessages; back: { href: string; label: string } }) {
  return (
    <div className="container-page py-16 sm:py-24">
      <section aria-labelledby="contract-missing-title" className="mx-auto max-w-xl rounded-[2rem] bg-white px-6 py-10 text-center shadow-card ring-1 ring-ink-900/5 sm:px-12 sm:py-14" data-testid="contract-not-found">
        <span className="mx-auto grid size-14 place-items-center rounded-2xl bg-terracotta-50 text-terracotta-600">
          <FileIcon className="size-7" />
        </span>
        <p className="mt-6 font-mono text-sm font-semibold tracking-widest text-terracotta-700">404</p>
        <h1 id="contract-missing-title" className="mt-2 text-2xl font-extrabold tracking-tight text-ink-950 sm:text-3xl">
          {m.detail.notFoundTitle}
        </h1>
        <p className="mt-3 text-ink-600">{m.detail.notFoundText}</p>
        <div className="mt-8">
          <Link href={back.href} className="btn btn-secondary btn-lg">
            {back.label}
          </Link>
        </div>
      </section>
    </div>
  )
}
