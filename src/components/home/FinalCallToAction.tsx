import Link from 'next/link'

import type { Messages } from '@/i18n'

export function FinalCallToAction({ messages }: { messages: Messages['home']['finalCta'] }) {
  return (
    <section aria-labelledby="final-cta-title" className="container-page py-20 lg:py-24">
      <div className="relative isolate overflow-hidden rounded-[2rem] bg-terracotta-600 px-6 py-14 text-center text-white sm:px-12">
        <div aria-hidden="true" className="pattern-weave absolute inset-x-0 top-0 -z-10 h-2 opacity-90" />
        <div
          aria-hidden="true"
          className="absolute -right-24 -bottom-24 -z-10 size-72 rounded-full bg-terracotta-500/60"
        />
        <div aria-hidden="true" className="absolute -top-20 -left-20 -z-10 size-56 rounded-full bg-terracotta-700/50" />
        <h2 id="final-cta-title" className="text-3xl font-extrabold tracking-tight text-balance sm:text-4xl">
          {messages.title}
        </h2>
        <p className="mx-auto mt-4 max-w-xl text-lg text-terracotta-50">{messages.text}</p>
        <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
          <Link href="/inscription" className="btn btn-lg bg-white text-terracotta-700 hover:bg-sand-100 focus-visible:outline-white">
            {messages.primary}
          </Link>
          <Link href="/talents" className="btn btn-lg text-white ring-1 ring-white/50 ring-inset hover:bg-white/10 focus-visible:outline-white">
            {messages.secondary}
          </Link>
        </div>
      </div>
    </section>
  )
}
