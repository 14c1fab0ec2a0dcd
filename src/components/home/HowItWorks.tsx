import type { Messages } from '@/i18n'

import { CodeIcon, ProfileIcon, SpotlightIcon } from '../icons'

export function HowItWorks({ messages }: { messages: Messages['home']['steps'] }) {
  const steps = [
    { key: 'profile', icon: ProfileIcon, ...messages.items.profile },
    { key: 'code', icon: CodeIcon, ...messages.items.code },
    { key: 'discovered', icon: SpotlightIcon, ...messages.items.discovered },
  ]

  return (
    <section aria-labelledby="steps-title" className="container-page py-20 lg:py-28">
      <div className="max-w-2xl">
        <p className="eyebrow">{messages.eyebrow}</p>
        <h2 id="steps-title" className="mt-3 text-3xl font-extrabold tracking-tight text-ink-950 sm:text-4xl">
          {messages.title}
        </h2>
      </div>
      <ol className="mt-12 grid gap-6 md:grid-cols-3">
        {steps.map((step, index) => (
          <li key={step.key} className="relative rounded-3xl border border-ink-900/10 bg-white/70 p-7">
            <div className="flex items-center justify-between">
              <span className="grid size-12 place-items-center rounded-2xl bg-terracotta-600 text-white">
                <step.icon className="size-6" />
              </span>
              <span aria-hidden="true" className="font-mono text-4xl font-bold text-sand-300">
                {String(index + 1).padStart(2, '0')}
              </span>
            </div>
            <h3 className="mt-6 text-xl font-bold text-ink-950">{step.title}</h3>
            <p className="mt-3 leading-relaxed text-ink-600">{step.text}</p>
          </li>
        ))}
      </ol>
    </section>
  )
}
