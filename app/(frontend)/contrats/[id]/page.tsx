import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { isAdminUser } from '@/access'
import { ContractDetail } from '@/components/contracts/ContractDetail'
import { readContractForPage } from '@/contracts/contractPageData'
import { contractVerificationPath } from '@/contracts/verification'
import { contractPath, listPathFor, ownContractPath } from '@/components/contracts/contractModel'
import { format } from '@/i18n'
import { getLocale } from '@/i18n/getLocale'
import { getContractMessages } from '@/i18n/messages/contracts'

type PageProps = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const [{ id }, locale] = await Promise.all([params, getLocale()])
  const { doc } = await readContractForPage(id)
  const m = getContractMessages(locale)
  return { title: doc?.reference ? format(m.meta.detail, { reference: doc.reference }) : m.detail.notFoundTitle, robots: { index: false, follow: false } }
}

/** Staff: one contract, its document, signers, audit trail and actions. Its talent is sent to their own space's page. */
export default async function ContractPage({ params }: PageProps) {
  const [{ id }, locale] = await Promise.all([params, getLocale()])
  const { user, doc } = await readContractForPage(id)
  if (!user) redirect(`/connexion?next=${encodeURIComponent(contractPath(id))}`)
  if (!doc) notFound()
  // The collection lets a talent read their own contracts: they read them in their space.
  if (!isAdminUser(user)) redirect(ownContractPath(doc.id))

  const m = getContractMessages(locale)
  const kind = doc.kind === 'cinema' ? 'cinema' : 'talent'
  return (
    <ContractDetail
      doc={doc}
      locale={locale}
      messages={m}
      audience="staff"
      verifyHref={contractVerificationPath((await getPayload({ config })).secret, doc.id)}
      back={{ href: listPathFor(kind), label: kind === 'cinema' ? m.detail.backCinema : m.detail.back }}
    />
  )
}
