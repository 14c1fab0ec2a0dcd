import config from '@payload-config'
import type { Metadata } from 'next'
import Link from 'next/link'
import { getPayload } from 'payload'

import { getSignedInUser } from '@/auth/getSignedInUser'
import { SearchIcon } from '@/components/icons'
import { SearchBox } from '@/components/talents/SearchBox'
import { DirectoryFilterFields } from '@/components/talents/DirectoryFilterFields'
import { DirectoryForm } from '@/components/talents/DirectoryForm'
import { DirectoryPagination } from '@/components/talents/DirectoryPagination'
import { FilterPanel } from '@/components/talents/FilterPanel'
import { TalentCard } from '@/components/talents/TalentCard'
import { CloseIcon } from '@/components/talents/TalentIcons'
import { format, formatNumber, plural } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { getTalentMessages } from '@/i18n/messages/talents'
import { publicProfileUrl } from '@/qr/publicProfileUrl'
import { activeFilterCount, directoryHref, parseDirectoryFilters } from '@/talents/directoryFilters'
import { activeFilterLabels, directoryOptions } from '@/talents/directoryOptions'
import { loadDirectoryReferences } from '@/talents/directoryReferences'
import { searchPublicTalents } from '@/talents/searchPublicTalents'
import { toTalentCardView } from '@/talents/talentProfile'
import { seoForRoute } from '@/seo/routeSeo'

type DirectoryPageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ searchParams }: DirectoryPageProps): Promise<Metadata> {
  const [{ directory }, params] = [getTalentMessages(await getLocale()), await searchParams]
  const filtered = Object.keys(params).length > 0
  return seoForRoute('/talents', {
    title: directory.metaTitle,
    description: directory.metaDescription,
    alternates: { canonical: publicProfileUrl('/talents') },
    // Every combination of filters is not a page of its own for search engines.
    robots: filtered ? { index: false, follow: true } : undefined,
    openGraph: { title: directory.metaTitle, description: directory.metaDescription, url: publicProfileUrl('/talents') },
  })
}

export default async function TalentDirectoryPage({ searchParams }: DirectoryPageProps) {
  const [locale, user, params] = await Promise.all([getLocale(), getSignedInUser(), searchParams])
  const messages = getTalentMessages(locale)
  const { directory } = messages
  const filters = parseDirectoryFilters(params)
  const payload = await getPayload({ config })
  const [references, results] = await Promise.all([loadDirectoryReferences(payload), searchPublicTalents(payload, filters, user)])

  const options = directoryOptions(references, filters, locale, directory.filters)
  const chips = activeFilterLabels(filters, references, locale)
  if (filters.q) chips.unshift({ key: 'q', label: format(directory.filters.searchChip, { q: filters.q }) })
  const filterCount = activeFilterCount(filters)
  const cards = results.docs.map((talent) => toTalentCardView(talent, locale))

  return (
    <DirectoryForm>
      <section aria-labelledby="directory-title" className="relative isolate overflow-hidden border-b border-ink-900/10">
        <div
          aria-hidden="true"
          className="absolute inset-0 -z-10 bg-[radial-gradient(50rem_24rem_at_90%_-20%,var(--color-terracotta-100),transparent_70%),radial-gradient(30rem_18rem_at_0%_120%,var(--color-ochre-200),transparent_70%)]"
        />
        <div className="container-page py-10 sm:py-14">
          <p className="eyebrow">{directory.eyebrow}</p>
          <h1 id="directory-title" className="mt-3 text-3xl font-extrabold tracking-tight text-ink-950 sm:text-5xl">
            {directory.title}
          </h1>
          <p className="mt-3 max-w-2xl text-lg text-ink-600">{directory.intro}</p>
          <SearchBox id="directory-q" value={filters.q} messages={directory.search} className="mt-8" />
        </div>
      </section>

      <div className="container-page grid gap-8 py-8 sm:py-10 lg:grid-cols-[17rem_minmax(0,1fr)] lg:items-start">
        <aside className="lg:sticky lg:top-24">
          <FilterPanel
            label={directory.filters.toggle}
            badge={filterCount ? format(plural(locale, filterCount, directory.filters.activeCount), { count: filterCount }) : undefined}
          >
            <DirectoryFilterFields filters={filters} options={options} messages={directory.filters} canReset={chips.length > 0} />
          </FilterPanel>
        </aside>

        <section aria-labelledby="results-title" className="transition-opacity group-data-[pending]/directory:opacity-60">
          <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
            <h2 id="results-title" aria-live="polite" className="text-lg font-bold text-ink-950">
              {results.totalDocs === 0
                ? directory.results.none
                : format(plural(locale, results.totalDocs, directory.results.count), { count: formatNumber(locale, results.totalDocs) })}
              {results.totalPages > 1 ? (
                <span className="font-normal text-ink-600">
                  {' · '}
                  {format(directory.results.pageOf, { page: filters.page, total: results.totalPages })}
                </span>
              ) : null}
            </h2>
          </div>

          {chips.length ? (
            <div className="mt-4 flex flex-wrap items-center gap-2">
              <span className="sr-only">{directory.filters.active}</span>
              {chips.map((chip) => (
                <Link
                  key={chip.key}
                  href={directoryHref(filters, { [chip.key]: undefined })}
                  scroll={false}
                  aria-label={format(directory.filters.remove, { label: chip.label })}
                  className="inline-flex items-center gap-1.5 rounded-full bg-ink-900 py-1.5 pr-2.5 pl-3.5 text-sm font-medium text-sand-50 transition-colors hover:bg-ink-700"
                >
                  {chip.label}
                  <CloseIcon className="size-4 text-ink-300" />
                </Link>
              ))}
              <Link href="/talents" scroll={false} className="rounded-full px-3 py-1.5 text-sm font-semibold text-terracotta-600 hover:bg-terracotta-50">
                {directory.filters.reset}
              </Link>
            </div>
          ) : null}

          {cards.length ? (
            <ul className="mt-6 grid grid-cols-2 gap-3 sm:gap-5 xl:grid-cols-3">
              {cards.map((card) => (
                <li key={card.code} className="flex">
                  <TalentCard talent={card} messages={messages} />
                </li>
              ))}
            </ul>
          ) : (
            <div className="mt-6 rounded-3xl border border-dashed border-ink-900/20 bg-white/60 px-6 py-14 text-center">
              <SearchIcon className="mx-auto size-10 text-terracotta-600" />
              <p className="mt-4 text-xl font-bold text-ink-950">
                {results.totalDocs > 0 ? directory.results.pageOutOfRange : directory.results.emptyTitle}
              </p>
              {results.totalDocs > 0 ? (
                <Link href={directoryHref(filters, { page: 1 })} className="btn btn-primary mt-6">
                  {directory.results.firstPage}
                </Link>
              ) : (
                <>
                  <p className="mx-auto mt-2 max-w-md text-ink-600">{directory.results.emptyText}</p>
                  <Link href="/talents" className="btn btn-secondary mt-6">
                    {directory.results.emptyAction}
                  </Link>
                </>
              )}
            </div>
          )}

          <DirectoryPagination filters={filters} totalPages={results.totalPages} messages={directory.pagination} />
        </section>
      </div>
    </DirectoryForm>
  )
}
