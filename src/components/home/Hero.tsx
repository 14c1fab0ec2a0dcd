import Link from 'next/link'

import { formatNumber, plural, type Locale, type Messages } from '@/i18n'
import type { PublicCounts } from '@/stats/publicCounts'

import { ArrowRightIcon } from '../icons'
import { CodeAnatomy } from './CodeAnatomy'

type HeroProps = {
  locale: Locale
  messages: Messages['home']
  counts: PublicCounts
}

export function Hero({ locale, messages, counts }: HeroProps) {
  const { hero, stats } = messages
  const figures = [
    { key: 'talents', value: counts.talents, label: plural(locale, counts.talents, stats.talents) },
    { key: 'countries', value: counts.countries, label: plural(locale, counts.countries, stats.countries) },
    { key: 'cities', value: counts.cities, label: plural(locale, counts.cities, stats.cities) },
  ]

  return (
    <section aria-labelledby="hero-title" className="relative isolate overflow-hidden">
      <div
        aria-hidden="true"
        className="absolute inset-0 -z-10 bg-[radial-gradient(60rem_30rem_at_85%_-10%,var(--color-terracotta-100),transparent_70%),radial-gradient(36rem_20rem_at_0%_45%,var(--color-ochre-200),transparent_70%)]"
      />
      <div className="container-page grid items-center gap-12 pt-12 pb-16 sm:pt-16 lg:grid-cols-[1.1fr_0.9fr] lg:gap-16 lg:pt-24 lg:pb-24">
        <div>
          <p className="eyebrow">{hero.eyebrow}</p>
          <h1
            id="hero-title"
            className="mt-4 text-4xl leading-[1.05] font-extrabold tracking-tight text-balance text-ink-950 sm:text-5xl lg:text-6xl"
          >
            {hero.title}
          </h1>
          <p className="mt-6 max-w-xl text-lg leading-relaxed text-ink-600">{hero.lead}</p>
          <div className="mt-8 flex flex-col gap-3 sm:flex-row">
            <Link href="/inscription" className="btn btn-primary btn-lg">
              {hero.primaryCta}
              <ArrowRightIcon className="size-5" />
            </Link>
            <Link href="/cinema/register" className="btn btn-secondary btn-lg">
              {hero.secondaryCta}
            </Link>
          </div>

          <dl
            aria-label={stats.label}
            className="mt-12 grid max-w-xl grid-cols-3 gap-4 border-t border-ink-900/10 pt-8"
          >
            {figures.map((figure) => (
              <div key={figure.key} className="flex flex-col-reverse justify-end gap-1">
                <dt className="text-sm leading-snug text-ink-600">{figure.label}</dt>
                <dd className="text-3xl font-extrabold tracking-tight text-ink-950 tabular-nums sm:text-4xl">
                  {formatNumber(locale, figure.value)}
                </dd>
              </div>
            ))}
          </dl>
        </div>

        <CodeAnatomy messages={messages.code} />
      </div>
    </section>
  )
}
