import Link from 'next/link'

import { format } from '@/i18n'
import { ChevronLeftIcon, ChevronRightIcon } from './talents/TalentIcons'

/** The page numbers to show: first, last, and two around the current one, with gaps as null. */
export function pageWindow(current: number, total: number): (number | null)[] {
  const pages = new Set([1, total, current - 1, current, current + 1].filter((page) => page >= 1 && page <= total))
  const sorted = [...pages].sort((a, b) => a - b)
  return sorted.flatMap((page, index) => (index > 0 && page - sorted[index - 1] > 1 ? [null, page] : [page]))
}

export type PaginationMessages = { label: string; previous: string; next: string; page: string }

/** Page links of a list whose filters live in the URL: `hrefFor(page)` keeps them. Nothing for a single page. */
export function Pagination({ current, totalPages, hrefFor, messages }: { current: number; totalPages: number; hrefFor: (page: number) => string; messages: PaginationMessages }) {
  if (totalPages <= 1) return null
  const edge = 'inline-flex h-11 items-center gap-1.5 rounded-full bg-white px-4 text-sm font-semibold text-ink-900 ring-1 ring-ink-900/15 ring-inset hover:bg-sand-100'
  return (
    <nav aria-label={messages.label} className="mt-10 flex flex-wrap items-center justify-center gap-2">
      {current > 1 ? (
        <Link href={hrefFor(current - 1)} rel="prev" className={edge}>
          <ChevronLeftIcon className="size-4" />
          {messages.previous}
        </Link>
      ) : null}
      <ol className="flex items-center gap-1">
        {pageWindow(current, totalPages).map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-ink-500">
              …
            </li>
          ) : (
            <li key={page}>
              <Link
                href={hrefFor(page)}
                aria-label={format(messages.page, { page })}
                aria-current={page === current ? 'page' : undefined}
                className={`grid size-11 place-items-center rounded-full text-sm font-semibold tabular-nums transition-colors ${
                  page === current ? 'bg-ink-900 text-sand-50' : 'text-ink-700 hover:bg-sand-100'
                }`}
              >
                {page}
              </Link>
            </li>
          ),
        )}
      </ol>
      {current < totalPages ? (
        <Link href={hrefFor(current + 1)} rel="next" className={edge}>
          {messages.next}
          <ChevronRightIcon className="size-4" />
        </Link>
      ) : null}
    </nav>
  )
}
