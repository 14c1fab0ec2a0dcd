import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { ContractDetail } from '@/components/contracts/ContractDetail'
import { contractVerificationPath } from '@/contracts/verification'
import { CONTRACT_PATHS, ownContractPath } from '@/components/contracts/contractModel'
import { format } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { getContractMessages } from '@/i18n/messages/contracts'

import { requireTalentSpace } from '../../loadTalentSpace'

type PageProps = { params: Promise<{ id: string }> }

/** The contract if the signed-in person may read it (their own, by the collection's access rules) and it was sent. */
const readOwnContract = cache(async (id: string) => {
  const space = await requireTalentSpace(ownContractPath(id))
  if (!/^\d{1,12}$/.test(id)) return { space, doc: null }
  const { docs } = await space.payload.find({
    collection: 'contracts',
    where: { and: [{ id: { equals: Number(id) } }, { status: { not_equals: 'draft' } }] },
    limit: 1,
    depth: 1,
    overrideAccess: false,
    user: space.user,
  })
  return { space, doc: docs[0] ?? null }
})

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const [{ id }, locale] = await Promise.all([params, getLocale()])
  const m = getContractMessages(locale)
  const { doc } = await readOwnContract(id)
  return { title: doc?.reference ? format(m.meta.detail, { reference: doc.reference }) : m.detail.notFoundTitle, robots: { index: false, follow: false } }
}

/** A talent's own contract: the document, where signing stands, the PDF. Anyone else's is "not found". */
export default async function MyContractPage({ params }: PageProps) {
  const { id } = await params
  const { space, doc } = await readOwnContract(id)
  if (!doc) notFound()
  const m = getContractMessages(space.locale)
  return <ContractDetail doc={doc} locale={space.locale} messages={m} audience="talent" verifyHref={contractVerificationPath(space.payload.secret, doc.id)} embedded back={{ href: CONTRACT_PATHS.mine, label: m.detail.backMine }} />
}
