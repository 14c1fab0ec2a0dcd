import type { Metadata } from 'next'

import { ContractList } from '@/components/contracts/ContractList'
import { CONTRACT_PATHS, ownContractPath, toContractView } from '@/components/contracts/contractModel'
import { NoTalentProfile } from '@/components/talentSpace/NoTalentProfile'
import { PageHeader } from '@/components/talentSpace/PageHeader'
import { FileIcon } from '@/components/talentSpace/icons'
import { getLocale } from '@/i18n/getLocale'
import { getContractMessages } from '@/i18n/messages/contracts'
import { talentSpaceMessages } from '@/i18n/messages/talentSpace'

import { requireTalentSpace } from '../loadTalentSpace'

export async function generateMetadata(): Promise<Metadata> {
  return { title: getContractMessages(await getLocale()).meta.mine, robots: { index: false, follow: false } }
}

/** The talent's own contracts (talent or cinema profile), as the collection's access rules let them read. */
export default async function MyContractsPage() {
  const space = await requireTalentSpace(CONTRACT_PATHS.mine)
  if (space.state === 'noProfile' && !space.cinema) return <NoTalentProfile isStaff={space.isStaff} messages={talentSpaceMessages[space.locale].noProfile} />
  const m = getContractMessages(space.locale)

  const { docs } = await space.payload.find({
    collection: 'contracts',
    // Drafts are the team's work in progress: a talent sees a contract once it is sent.
    where: { status: { not_equals: 'draft' } },
    sort: '-updatedAt',
    limit: 100,
    depth: 1,
    overrideAccess: false,
    user: space.user,
  })
  const contracts = docs.map((doc) => toContractView(doc, space.locale))
  const toSign = contracts.some((contract) => contract.status === 'sent' || contract.status === 'viewed')

  return (
    <>
      <PageHeader eyebrow={m.mine.eyebrow} title={m.mine.title} intro={m.mine.intro} />
      {toSign ? <p className="mb-2 rounded-2xl bg-ochre-200/50 px-4 py-3 text-sm font-semibold text-ink-900 ring-1 ring-ochre-500/30">{m.mine.toSign}</p> : null}
      {contracts.length ? (
        <ContractList contracts={contracts} messages={m} locale={space.locale} hrefFor={(contract) => ownContractPath(contract.id)} showParty={false} showProject />
      ) : (
        <div className="rounded-3xl bg-white p-8 text-center shadow-card ring-1 ring-ink-900/5">
          <FileIcon className="mx-auto size-10 text-terracotta-600" />
          <p className="mt-4 text-lg font-bold text-ink-950">{m.mine.empty}</p>
          <p className="mx-auto mt-2 max-w-md text-sm text-ink-600">{m.mine.emptyText}</p>
        </div>
      )}
    </>
  )
}
