import type { Metadata } from 'next'

import { StaffContractsPage } from '@/components/contracts/StaffContractsPage'
import { getLocale } from '@/i18n/getLocale'
import { getContractMessages } from '@/i18n/messages/contracts'

export async function generateMetadata(): Promise<Metadata> {
  return { title: getContractMessages(await getLocale()).meta.cinemaList, robots: { index: false, follow: false } }
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Staff: the cinema contracts, each linked to a project (SPEC §10). */
export default async function CinemaContractsPage({ searchParams }: PageProps) {
  return <StaffContractsPage kind="cinema" searchParams={await searchParams} />
}
