import Link from 'next/link'

import type { Messages } from '@/i18n'

import { ArrowRightIcon, BadgeIcon, SearchIcon, SpotlightIcon } from '../icons'

export function Audiences({ messages }: { messages: Messages['home']['audiences'] }) {
  const audiences = [
    {
      key: 'talents',
      href: '/inscription',
      icon: SpotlightIcon,
      accent: 'bg-terracotta-600 text-white',
      ...messages.items.talents,
    },
    {
      key: 'productions',
      href: '/talents',
      icon: SearchIcon,
      accent: 'bg-ochre-400 text-ink-950',
      ...messages.items.productions,
    },
    {
      key: 'crews',
      href: '/cinema/register',
      icon: BadgeIcon,
      accent: 'bg-forest-600 text-white',
      ...messages.items.crews,
    },
  ]

  return (
    <section aria-labelledby="audiences-title" className="bg-sand-100">
      <div className="container-page py-20 lg:py-28">
        <div className="max-w-2xl">
          <p className="eyebrow">{messages.eyebrow}</p>
          <h2
            id="audiences-title"
            className="mt-3 text-3xl font-extrabold tracking-tight text-balance text-ink-950 sm:text-4xl"
          >
            {messages.title}
          </h2>
        </div>
        <ul className="mt-12 grid gap-6 md:grid-cols-3">
          {audiences.map((audience) => (
            <li key={audience.key} className="flex flex-col rounded-3xl bg-white p-7 shadow-card">
              <span className={`grid size-12 place-items-center rounded-2xl ${audience.accent}`}>
                <audience.icon className="size-6" />
              </span>
              <h3 className="mt-6 text-xl font-bold text-ink-950">{audience.title}</h3>
              <p className="mt-3 flex-1 leading-relaxed text-ink-600">{audience.text}</p>
              <Link
                href={audience.href}
                className="mt-6 inline-flex items-center gap-2 self-start rounded font-semibold text-terracotta-600 hover:text-terracotta-700"
              >
                {audience.cta}
                <ArrowRightIcon className="size-4" />
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
