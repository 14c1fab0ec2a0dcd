import config from '@payload-config'
import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { isStaffUser } from '@/access'
import { getSignedInUser } from '@/auth/getSignedInUser'
import { searchCinemaTalents, StaffSearchReferenceError, type StaffSearchPage } from '@/cinema/staffSearch/searchCinemaTalents'
import { STAFF_PAGE_PATH, staffFilterChips, staffPageHref, toStaffListRow } from '@/cinema/staffSearch/staffListView'
import { activeStaffFilterCount, parseStaffSearch, STAFF_SORTS, staffSearchParams, type StaffSearchError } from '@/cinema/staffSearch/staffSearchFilters'
import { SearchIcon } from '@/components/icons'
import { SearchBox } from '@/components/talents/SearchBox'
import { ExportMenu } from '@/components/cinemaStaff/ExportMenu'
import { canExportTalents } from '@/exports/exportAccess'
import { getExportMessages } from '@/i18n/messages/exports'
import { StaffFilterFields } from '@/components/cinemaStaff/StaffFilterFields'
import { StaffForbidden } from '@/components/cinemaStaff/StaffForbidden'
import { StaffPagination } from '@/components/cinemaStaff/StaffPagination'
import { StaffResults } from '@/components/cinemaStaff/StaffResults'
import { StaffSearchForm } from '@/components/cinemaStaff/StaffSearchForm'
import { AlertIcon } from '@/components/talentSpace/icons'
import { FilterPanel } from '@/components/talents/FilterPanel'
import { CloseIcon } from '@/components/talents/TalentIcons'
import { format, formatNumber, plural } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { getCinemaStaffMessages } from '@/i18n/messages/cinemaStaff'
import { getTalentMessages } from '@/i18n/messages/talents'
import { directoryOptions } from '@/talents/directoryOptions'
import { loadDirectoryReferences } from '@/talents/directoryReferences'

type StaffPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  const m = getCinemaStaffMessages(await getLocale())
  return { title: m.meta.title, robots: { index: false, follow: false } }
}

/** The staff search of cinema talents (SPEC §5): every filter in the URL, so a search can be shared. */
export default async function CinemaStaffTalentsPage({ searchParams }: StaffPageProps) {
  const [locale, user, params] = await Promise.all([getLocale(), getSignedInUser(), searchParams])
  const m = getCinemaStaffMessages(locale)
  const parsed = parseStaffSearch(params, locale)
  if (!user) {
    const query = staffSearchParams(parsed.filters).toString()
    redirect(`/connexion?next=${encodeURIComponent(query ? `${STAFF_PAGE_PATH}?${query}` : STAFF_PAGE_PATH)}`)
  }
  if (!isStaffUser(user)) return <StaffForbidden messages={m.forbidden} />

  const { filters } = parsed
  const errors: StaffSearchError[] = parsed.success ? [] : parsed.errors
  const payload = await getPayload({ config })
  const references = await loadDirectoryReferences(payload)
  let results: StaffSearchPage = { docs: [], totalDocs: 0, page: filters.page, totalPages: 0, limit: filters.limit }
  try {
    results = await searchCinemaTalents(payload, filters, user, { locale })
  } catch (error) {
    if (!(error instanceof StaffSearchReferenceError)) throw error
    errors.push(...error.errors)
  }

  const options = directoryOptions(references, filters, locale, getTalentMessages(locale).directory.filters)
  const chips = staffFilterChips(filters, references, locale, m.filters)
  const filterCount = activeStaffFilterCount(filters)
  const rows = results.docs.map((talent) => toStaffListRow(talent, locale))
  const adminListHref = '/admin/collections/cinema-talents'

  return (
    <StaffSearchForm action={STAFF_PAGE_PATH}>
      <section aria-labelledby="staff-title" className="relative isolate overflow-hidden border-b border-ink-900/10">
        <div
          aria-hidden="true"
          className="absolute inset-0 -z-10 bg-[radial-gradient(50rem_24rem_at_90%_-20%,var(--color-terracotta-100),transparent_70%),radial-gradient(30rem_18rem_at_0%_120%,var(--color-ochre-200),transparent_70%)]"
        />
        <div className="mx-auto w-full max-w-[88rem] px-5 py-8 sm:px-8 sm:py-12">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <div>
              <p className="eyebrow">{m.page.eyebrow}</p>
              <h1 id="staff-title" className="mt-3 text-3xl font-extrabold tracking-tight text-ink-950 sm:text-4xl">
                {m.page.title}
              </h1>
              <p className="mt-2 max-w-2xl text-ink-600 sm:text-lg">{m.page.intro}</p>
            </div>
            <div className="flex flex-wrap items-start gap-3">
              {canExportTalents(user) ? (
                <ExportMenu
                  endpoint="/api/cinema-talents/export"
                  query={staffSearchParams({ ...filters, page: 1, limit: undefined }, 'api').toString()}
                  countLabel={format(plural(locale, results.totalDocs, m.results.count), { count: formatNumber(locale, results.totalDocs) })}
                  messages={getExportMessages(locale).menu}
                />
              ) : null}
              {/* The admin panel lives under another root layout: a full page load. */}
              <a href={adminListHref} className="btn btn-secondary">
                {m.page.adminList}
              </a>
            </div>
          </div>
          <SearchBox id="staff-q" value={filters.q} messages={m.search} className="mt-6" />
        </div>
      </section>

      <div className="mx-auto grid w-full max-w-[88rem] grid-cols-1 gap-8 px-5 py-8 sm:px-8 sm:py-10 lg:grid-cols-[16rem_minmax(0,1fr)] lg:items-start">
        <aside className="lg:sticky lg:top-24">
          <FilterPanel
            label={m.filters.toggle}
            badge={filterCount ? format(plural(locale, filterCount, m.filters.activeCount), { count: filterCount }) : undefined}
          >
            <StaffFilterFields filters={filters} options={options} locale={locale} messages={m.filters} canReset={chips.length > 0 || filters.sort !== 'name'} />
          </FilterPanel>
        </aside>

        <section aria-labelledby="results-title" className="min-w-0 transition-opacity group-data-[pending]/staff:opacity-60">
          {errors.length ? (
            <div role="alert" className="mb-5 flex gap-3 rounded-2xl bg-terracotta-50 px-4 py-3 text-sm text-terracotta-900 ring-1 ring-terracotta-600/20">
              <AlertIcon className="mt-0.5 size-5 shrink-0 text-terracotta-600" />
              <div>
                <p className="font-semibold">{m.results.invalidTitle}</p>
                <ul className="mt-1 list-disc pl-4">
                  {errors.map((error) => (
                    <li key={`${error.path}-${error.message}`}>{error.message}</li>
                  ))}
                </ul>
              </div>
            </div>
          ) : null}

          <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <h2 id="results-title" aria-live="polite" className="text-lg font-bold text-ink-950">
              {results.totalDocs === 0
                ? m.results.none
                : format(plural(locale, results.totalDocs, m.results.count), { count: formatNumber(locale, results.totalDocs) })}
              {results.totalPages > 1 ? (
                <span className="font-normal text-ink-600">
                  {' · '}
                  {format(m.results.pageOf, { page: filters.page, total: results.totalPages })}
                </span>
              ) : null}
            </h2>
            <div className="flex items-center gap-2">
              <label htmlFor="staff-sort" className="text-sm font-semibold whitespace-nowrap text-ink-700">
                {m.sort.label}
              </label>
              <select
                key={`sort-${filters.sort}`}
                id="staff-sort"
                name="sort"
                defaultValue={filters.sort}
                className="field min-h-11 w-auto appearance-auto py-2 pr-2 pl-3 text-[0.9375rem]"
              >
                {STAFF_SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {m.sort[sort]}
                  </option>
                ))}
              </select>
            </div>
          </div>

          {chips.length ? (
            <div className="mt-4 flex flex-wrap items-center gap-2">
              <span className="sr-only">{m.filters.active}</span>
              {chips.map((chip) => (
                <Link
                  key={chip.key}
                  href={chip.href}
                  scroll={false}
                  aria-label={format(m.filters.remove, { label: chip.label })}
                  className="inline-flex items-center gap-1.5 rounded-full bg-ink-900 py-1.5 pr-2.5 pl-3.5 text-sm font-medium text-sand-50 transition-colors hover:bg-ink-700"
                >
                  {chip.label}
                  <CloseIcon className="size-4 text-ink-300" />
                </Link>
              ))}
              <Link href={STAFF_PAGE_PATH} scroll={false} className="rounded-full px-3 py-1.5 text-sm font-semibold text-terracotta-600 hover:bg-terracotta-50">
                {m.filters.reset}
              </Link>
            </div>
          ) : null}

          {rows.length ? (
            <StaffResults rows={rows} locale={locale} messages={m.table} />
          ) : (
            <div className="mt-6 rounded-3xl border border-dashed border-ink-900/20 bg-white/60 px-6 py-14 text-center">
              <SearchIcon className="mx-auto size-10 text-terracotta-600" />
              <p className="mt-4 text-xl font-bold text-ink-950">{results.totalDocs > 0 ? m.results.pageOutOfRange : m.results.emptyTitle}</p>
              {results.totalDocs > 0 ? (
                <Link href={staffPageHref(filters, { page: 1 })} className="btn btn-primary mt-6">
                  {m.results.firstPage}
                </Link>
              ) : (
                <>
                  <p className="mx-auto mt-2 max-w-md text-ink-600">{m.results.emptyText}</p>
                  <Link href={STAFF_PAGE_PATH} className="btn btn-secondary mt-6">
                    {m.filters.reset}
                  </Link>
                </>
              )}
            </div>
          )}

          <StaffPagination filters={filters} totalPages={results.totalPages} messages={m.pagination} />
        </section>
      </div>
    </StaffSearchForm>
  )
}
