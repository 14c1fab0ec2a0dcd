import Link from 'next/link'

import type { Messages } from '@/i18n'

import { ArrowRightIcon, CheckIcon } from '../icons'

/** Film-strip perforations along an edge of the dark band. */
function FilmStrip() {
  return (
    <div
      aria-hidden="true"
      className="h-3 bg-[repeating-linear-gradient(90deg,var(--color-ink-700)_0_14px,transparent_14px_28px)] bg-[length:28px_12px] bg-center"
    />
  )
}

export function CinemaTeaser({ messages }: { messages: Messages['home']['cinema'] }) {
  const features = [messages.features.sheet, messages.features.search, messages.features.projects, messages.features.presence]
  const slate = [
    { label: messages.slate.production, value: 'Taalentio CINEMA', wide: true },
    { label: messages.slate.scene, value: '01' },
    { label: messages.slate.take, value: '1' },
    { label: messages.slate.code, value: 'CIABJ00001F', wide: true },
  ]

  return (
    <section aria-labelledby="cinema-title" className="bg-ink-950 text-sand-50">
      <div className="py-2">
        <FilmStrip />
      </div>
      <div className="container-page grid items-center gap-14 py-20 lg:grid-cols-2 lg:py-24">
        <div>
          <p className="text-xs font-semibold tracking-[0.16em] text-ochre-400 uppercase">{messages.eyebrow}</p>
          <h2 id="cinema-title" className="mt-3 text-3xl font-extrabold tracking-tight text-balance sm:text-4xl">
            {messages.title}
          </h2>
          <p className="mt-5 text-lg leading-relaxed text-ink-300">{messages.text}</p>
          <ul className="mt-8 space-y-3">
            {features.map((feature) => (
              <li key={feature} className="flex items-start gap-3">
                <span className="mt-0.5 grid size-6 shrink-0 place-items-center rounded-full bg-ochre-400 text-ink-950">
                  <CheckIcon className="size-4" strokeWidth={2.5} />
                </span>
                <span className="text-sand-100">{feature}</span>
              </li>
            ))}
          </ul>
          <Link href="/cinema/register" className="btn btn-on-dark btn-lg mt-10 focus-visible:outline-ochre-300">
            {messages.cta}
            <ArrowRightIcon className="size-5" />
          </Link>
        </div>

        {/* A clapperboard ("slate") showing the CINEMA code format of SPEC §2: PP VVV NNNNN G. */}
        <div aria-hidden="true" className="mx-auto w-full max-w-md">
          <div className="origin-bottom-left -rotate-6 overflow-hidden rounded-t-xl">
            <div className="h-12 bg-[repeating-linear-gradient(120deg,var(--color-sand-50)_0_22px,var(--color-ink-950)_22px_44px)] ring-4 ring-ink-800" />
          </div>
          <div className="rounded-b-2xl rounded-tr-2xl bg-ink-800 p-2 shadow-2xl ring-1 ring-white/10">
            <dl className="grid grid-cols-2 gap-2 font-mono">
              {slate.map((cell) => (
                <div key={cell.label} className={`rounded-xl border border-white/10 px-4 py-3 ${cell.wide ? 'col-span-2' : ''}`}>
                  <dt className="text-[0.7rem] tracking-[0.18em] text-ink-400 uppercase">{cell.label}</dt>
                  <dd className="mt-1 text-xl font-bold text-sand-50 sm:text-2xl">{cell.value}</dd>
                </div>
              ))}
            </dl>
          </div>
        </div>
      </div>
      <div className="py-2">
        <FilmStrip />
      </div>
    </section>
  )
}
