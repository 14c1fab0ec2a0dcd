import Link from 'next/link'

import type { Locale } from '@/i18n'
import { ArrowRightIcon, SpotlightIcon } from '@/components/icons'
import { cvAnalysisUiMessages } from './messages'
import { CV_ANALYSIS_PATH } from './paths'

/** A link card to the analysis page, with the current score or state. */
export function CvAnalysisCard({ locale, status, score }: { locale: Locale; status?: string | null; score?: number | null }) {
  const m = cvAnalysisUiMessages[locale]
  const state = status === 'done' && typeof score === 'number' ? `${score}/100` : status === 'pending' ? m.status.pending.split('…')[0] : null
  return (
    <Link
      href={CV_ANALYSIS_PATH}
      className="group flex items-center gap-4 rounded-3xl bg-white p-5 shadow-card ring-1 ring-ink-900/5 transition-colors hover:bg-sand-50 sm:p-6"
      data-testid="cv-analysis-card"
    >
      <span className="grid size-12 shrink-0 place-items-center rounded-2xl bg-ochre-400/20 text-terracotta-700">
        <SpotlightIcon className="size-6" />
      </span>
      <span className="min-w-0 flex-1">
        <span className="block font-bold text-ink-950">{m.card.title}</span>
        <span className="mt-0.5 block text-sm text-ink-600">{m.card.text}</span>
      </span>
      {state ? <span className="hidden shrink-0 rounded-full bg-sand-100 px-3 py-1 text-sm font-bold text-ink-900 sm:inline">{state}</span> : null}
      <span className="inline-flex shrink-0 items-center gap-1 text-sm font-semibold text-terracotta-700">
        <span className="sr-only sm:not-sr-only">{m.card.link}</span>
        <ArrowRightIcon className="size-4 transition-transform group-hover:translate-x-0.5" />
      </span>
    </Link>
  )
}
