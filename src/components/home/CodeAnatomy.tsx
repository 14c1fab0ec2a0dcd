import type { Messages } from '@/i18n'

import { CodeIcon } from '../icons'

/** Explains the talent code (SPEC §2: PP G NNNN VVV) on the example of the first talent of Abidjan. */
export function CodeAnatomy({ messages }: { messages: Messages['home']['code'] }) {
  const parts = [
    { text: 'CI', tone: 'bg-terracotta-600 text-white', dot: 'bg-terracotta-600', label: messages.country, example: messages.countryExample },
    { text: 'F', tone: 'bg-ochre-400 text-ink-950', dot: 'bg-ochre-400', label: messages.gender, example: messages.genderExample },
    { text: '0001', tone: 'bg-ink-900 text-sand-50', dot: 'bg-ink-900', label: messages.sequence, example: messages.sequenceExample },
    { text: 'ABJ', tone: 'bg-forest-600 text-white', dot: 'bg-forest-600', label: messages.city, example: messages.cityExample },
  ]

  return (
    <figure className="relative isolate mx-auto w-full max-w-lg px-1 sm:px-0 lg:max-w-none">
      {/* Cards stacked behind, as on a casting table. */}
      <div aria-hidden="true" className="absolute inset-0 -z-10 translate-x-2 translate-y-2 rotate-3 rounded-3xl bg-ochre-400 sm:translate-x-3" />
      <div aria-hidden="true" className="absolute inset-0 -z-10 -rotate-2 rounded-3xl bg-terracotta-600" />
      <div className="rounded-3xl bg-white p-6 shadow-card ring-1 ring-ink-900/5 sm:p-8">
        <div className="flex items-start gap-3">
          <span className="grid size-10 shrink-0 place-items-center rounded-xl bg-terracotta-50 text-terracotta-600">
            <CodeIcon className="size-6" />
          </span>
          <div>
            <figcaption className="text-lg font-bold text-ink-950">{messages.title}</figcaption>
            <p className="mt-1 text-sm leading-relaxed text-ink-600">{messages.intro}</p>
          </div>
        </div>

        <p
          className="mt-6 flex justify-center gap-1 font-mono text-2xl font-bold tracking-wider sm:gap-1.5 sm:text-3xl"
          aria-label={messages.example}
        >
          {parts.map((part) => (
            <span key={part.text} aria-hidden="true" className={`rounded-lg px-2 py-1.5 sm:px-2.5 ${part.tone}`}>
              {part.text}
            </span>
          ))}
        </p>

        <dl className="mt-6 grid grid-cols-2 gap-x-4 gap-y-4">
          {parts.map((part) => (
            <div key={part.text} className="flex items-start gap-2.5">
              <span aria-hidden="true" className={`mt-1.5 size-2.5 shrink-0 rounded-full ${part.dot}`} />
              <div>
                <dt className="text-sm font-semibold text-ink-900">
                  <span className="font-mono">{part.text}</span> · {part.label}
                </dt>
                <dd className="text-sm text-ink-600">{part.example}</dd>
              </div>
            </div>
          ))}
        </dl>

        <p className="mt-6 border-t border-ink-900/10 pt-4 text-sm leading-relaxed text-ink-600">
          {messages.footnote}
        </p>
      </div>
    </figure>
  )
}
