import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { isAdminUser } from '@/access'
import { getSignedInUser } from '@/auth/getSignedInUser'
import { StaffForbidden } from '@/components/cinemaStaff/StaffForbidden'
import { ContractCreateForm } from '@/components/contracts/ContractCreateForm'
import { CONTRACT_PATHS, listPathFor, type ContractKind } from '@/components/contracts/contractModel'
import { ArrowLeftIcon } from '@/components/talents/TalentIcons'
import { loadContractFormOptions } from '@/contracts/contractPageData'
import { getLocale } from '@/i18n/getLocale'
import { getContractMessages } from '@/i18n/messages/contracts'

export async function generateMetadata(): Promise<Metadata> {
  return { title: getContractMessages(await getLocale()).meta.create, robots: { index: false, follow: false } }
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const positiveInt = (value: string | string[] | undefined) => {
  const number = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(number) && number > 0 ? number : undefined
}

/** Staff: a new contract from a template, with a live preview (?type=cinema for a cinema contract; ?project=&assignment= preselect). */
export default async function NewContractPage({ searchParams }: PageProps) {
  const [locale, user, params] = await Promise.all([getLocale(), getSignedInUser(), searchParams])
  const m = getContractMessages(locale)
  const kind: ContractKind = params.type === 'cinema' ? 'cinema' : 'talent'
  if (!user) redirect(`/connexion?next=${encodeURIComponent(kind === 'cinema' ? `${CONTRACT_PATHS.create}?type=cinema` : CONTRACT_PATHS.create)}`)
  if (!isAdminUser(user)) return <StaffForbidden messages={m.forbidden} />

  const { templates: templateOptions, projects: projectOptions } = await loadContractFormOptions(user, kind)

  return (
    <div className="mx-auto w-full max-w-[88rem] px-5 py-6 sm:px-8 sm:py-10">
      <Link href={listPathFor(kind)} className="inline-flex min-h-10 items-center gap-1.5 text-sm font-semibold text-ink-700 hover:text-terracotta-700">
        <ArrowLeftIcon className="size-4" />
        {m.create.back}
      </Link>
      <header className="mt-3 mb-8">
        <p className="eyebrow">{m.create.eyebrow}</p>
        <h1 className="mt-2 text-3xl font-extrabold tracking-tight text-ink-950 sm:text-4xl">{kind === 'cinema' ? m.create.cinemaTitle : m.create.title}</h1>
        <p className="mt-2 max-w-2xl text-ink-600">{m.create.intro}</p>
      </header>
      <ContractCreateForm
        kind={kind}
        templates={templateOptions}
        projects={projectOptions}
        messages={m}
        locale={locale}
        initial={{ template: positiveInt(params.template), project: positiveInt(params.project), assignment: positiveInt(params.assignment) }}
      />
    </div>
  )
}
