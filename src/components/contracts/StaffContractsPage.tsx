import config from '@payload-config'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { isAdminUser } from '@/access'
import { getSignedInUser } from '@/auth/getSignedInUser'
import { StaffForbidden } from '@/components/cinemaStaff/StaffForbidden'
import { FileIcon, PlusIcon } from '@/components/talentSpace/icons'
import { Pagination } from '@/components/Pagination'
import { SearchIcon } from '@/components/icons'
import { format, formatNumber, plural } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { getContractMessages } from '@/i18n/messages/contracts'

import { ContractList } from './ContractList'
import { contractFiltersQuery, contractListWhere, CONTRACTS_PER_PAGE, hasContractFilters, parseContractFilters } from './contractListFilters'
import { CONTRACT_STATUSES, contractPath, listPathFor, newContractPath, statusLabel, toContractView, type ContractKind } from './contractModel'

type StaffContractsPageProps = { kind: ContractKind; searchParams: Record<string, string | string[] | undefined> }

/**
 * A staff list of contracts (/contrats for talents, /cinema/contrats for cinema talents): filters
 * in the URL, read through the Local API as the signed-in admin (the collection's access decides).
 */
export async function StaffContractsPage({ kind, searchParams }: StaffContractsPageProps) {
  const [locale, user] = await Promise.all([getLocale(), getSignedInUser()])
  const m = getContractMessages(locale)
  const path = listPathFor(kind)
  const { filters, invalidDates } = parseContractFilters(searchParams)
  if (!user) {
    const query = contractFiltersQuery(filters)
    redirect(`/connexion?next=${encodeURIComponent(query ? `${path}?${query}` : path)}`)
  }
  if (!isAdminUser(user)) return <StaffForbidden messages={m.forbidden} />

  const payload = await getPayload({ config })
  const [results, projects] = await Promise.all([
    payload.find({
      collection: 'contracts',
      where: contractListWhere(kind, filters),
      sort: '-updatedAt',
      page: filters.page,
      limit: CONTRACTS_PER_PAGE,
      depth: 1,
      overrideAccess: false,
      user,
    }),
    kind === 'cinema'
      ? payload.find({ collection: 'projects', sort: '-createdAt', limit: 300, depth: 0, select: { title: true, code: true }, overrideAccess: false, user })
      : null,
  ])
  const contracts = results.docs.map((doc) => toContractView(doc, locale))
  const hrefFor = (page: number) => {
    const query = contractFiltersQuery(filters, { page })
    return query ? `${path}?${query}` : path
  }
  const filtered = hasContractFilters(filters)
  const title = kind === 'cinema' ? m.list.cinemaTitle : m.list.title

  return (
    <>
      <section aria-labelledby="contracts-title" className="relative isolate overflow-hidden border-b border-ink-900/10">
        <div
          aria-hidden="true"
          className="absolute inset-0 -z-10 bg-[radial-gradient(50rem_24rem_at_90%_-20%,var(--color-terracotta-100),transparent_70%),radial-gradient(30rem_18rem_at_0%_120%,var(--color-ochre-200),transparent_70%)]"
        />
        <div className="mx-auto w-full max-w-[88rem] px-5 py-8 sm:px-8 sm:py-12">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <div>
              <p className="eyebrow">{kind === 'cinema' ? m.list.cinemaEyebrow : m.list.eyebrow}</p>
              <h1 id="contracts-title" className="mt-3 text-3xl font-extrabold tracking-tight text-ink-950 sm:text-4xl">
                {title}
              </h1>
              <p className="mt-2 max-w-2xl text-ink-600 sm:text-lg">{kind === 'cinema' ? m.list.cinemaIntro : m.list.intro}</p>
            </div>
            <div className="flex flex-wrap gap-3">
              <Link href={listPathFor(kind === 'cinema' ? 'talent' : 'cinema')} className="btn btn-secondary">
                {kind === 'cinema' ? m.list.otherListTalent : m.list.otherList}
              </Link>
              <Link href={newContractPath(kind)} className="btn btn-primary">
                <PlusIcon className="size-4" />
                {m.list.create}
              </Link>
            </div>
          </div>

          <form action={path} method="get" role="search" aria-label={m.list.filters} className="mt-6 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_repeat(2,minmax(0,0.8fr))_auto] lg:items-end xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1.2fr)_repeat(2,minmax(0,0.8fr))_auto]">
            <div className="sm:col-span-2 lg:col-span-1">
              <label htmlFor="contracts-q" className="block text-sm font-semibold text-ink-800">
                {m.list.q}
              </label>
              <div className="relative mt-1.5">
                <SearchIcon className="pointer-events-none absolute top-1/2 left-4 size-5 -translate-y-1/2 text-ink-500" />
                <input id="contracts-q" name="q" type="search" defaultValue={filters.q} placeholder={m.list.qPlaceholder} maxLength={100} autoComplete="off" className="field pl-12" />
              </div>
            </div>
            <div>
              <label htmlFor="contracts-status" className="block text-sm font-semibold text-ink-800">
                {m.list.status}
              </label>
              <select id="contracts-status" name="status" defaultValue={filters.status ?? ''} className="field mt-1.5 appearance-auto">
                <option value="">{m.list.allStatuses}</option>
                {CONTRACT_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {statusLabel(status, locale)}
                  </option>
                ))}
              </select>
            </div>
            {projects ? (
              <div className="lg:col-span-4 xl:col-span-1">
                <label htmlFor="contracts-project" className="block text-sm font-semibold text-ink-800">
                  {m.list.project}
                </label>
                <select id="contracts-project" name="project" defaultValue={filters.project ? String(filters.project) : ''} className="field mt-1.5 appearance-auto">
                  <option value="">{m.list.allProjects}</option>
                  {projects.docs.map((project) => (
                    <option key={project.id} value={project.id}>
                      {project.code ? `${project.title} (${project.code})` : project.title}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <div>
              <label htmlFor="contracts-from" className="block text-sm font-semibold text-ink-800">
                {m.list.from}
              </label>
              <input id="contracts-from" name="from" type="date" defaultValue={filters.from} aria-describedby="contracts-dates-hint" className="field mt-1.5" />
            </div>
            <div>
              <label htmlFor="contracts-to" className="block text-sm font-semibold text-ink-800">
                {m.list.to}
              </label>
              <input id="contracts-to" name="to" type="date" defaultValue={filters.to} aria-describedby="contracts-dates-hint" className="field mt-1.5" />
            </div>
            <button type="submit" className="btn btn-primary btn-lg sm:col-span-2 lg:col-span-1">
              {m.list.apply}
            </button>
            <p id="contracts-dates-hint" className="text-sm text-ink-600 sm:col-span-2 lg:col-span-full">
              {m.list.datesHint}
              {filtered ? (
                <>
                  {' · '}
                  <Link href={path} className="font-semibold text-terracotta-700 underline underline-offset-2">
                    {m.list.reset}
                  </Link>
                </>
              ) : null}
            </p>
          </form>
        </div>
      </section>

      <section aria-labelledby="contracts-results" className="mx-auto w-full max-w-[88rem] px-5 py-8 sm:px-8 sm:py-10">
        {invalidDates ? (
          <p role="alert" className="mb-4 rounded-2xl bg-terracotta-50 px-4 py-3 text-sm font-medium text-terracotta-900 ring-1 ring-terracotta-600/20">
            {m.list.invalidDate}
          </p>
        ) : null}
        <h2 id="contracts-results" aria-live="polite" className="text-lg font-bold text-ink-950">
          {results.totalDocs === 0 ? m.list.none : format(plural(locale, results.totalDocs, m.list.count), { count: formatNumber(locale, results.totalDocs) })}
        </h2>
        {contracts.length ? (
          <ContractList contracts={contracts} messages={m} locale={locale} hrefFor={(contract) => contractPath(contract.id)} showProject={kind === 'cinema'} />
        ) : (
          <div className="mt-6 rounded-3xl border border-dashed border-ink-900/20 bg-white/60 px-6 py-14 text-center">
            <FileIcon className="mx-auto size-10 text-terracotta-600" />
            <p className="mt-4 text-xl font-bold text-ink-950">{filtered ? m.list.emptyFiltered : m.list.emptyTitle}</p>
            {filtered ? (
              <Link href={path} className="btn btn-secondary mt-6">
                {m.list.reset}
              </Link>
            ) : (
              <>
                <p className="mx-auto mt-2 max-w-md text-ink-600">{m.list.emptyText}</p>
                <Link href={newContractPath(kind)} className="btn btn-primary mt-6">
                  <PlusIcon className="size-4" />
                  {m.list.create}
                </Link>
              </>
            )}
          </div>
        )}
        <Pagination current={filters.page} totalPages={results.totalPages} hrefFor={hrefFor} messages={m.list.pagination} />
      </section>
    </>
  )
}
