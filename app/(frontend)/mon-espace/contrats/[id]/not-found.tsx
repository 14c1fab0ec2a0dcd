import { ContractNotFound } from '@/components/contracts/ContractNotFound'
import { CONTRACT_PATHS } from '@/components/contracts/contractModel'
import { getLocale } from '@/i18n/getLocale'
import { getContractMessages } from '@/i18n/messages/contracts'

export default async function MyContractMissing() {
  const m = getContractMessages(await getLocale())
  return <ContractNotFound messages={m} back={{ href: CONTRACT_PATHS.mine, label: m.detail.backMine }} />
}
