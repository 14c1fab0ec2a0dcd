import type { PayloadRequest } from 'payload'

import type { Contract, ContractTemplate } from '../../payload-types'
import { expireContract, remindContract } from './workflow'

const DAY = 24 * 60 * 60 * 1000
const PAGE = 100

export type DailyRunResult = { expired: number; reminded: number; failed: number }

/** A contract is due for a reminder when its last link or reminder is `reminderAfterDays` old. */
export function isReminderDue(contract: Pick<Contract, 'sentAt' | 'lastReminderAt'>, reminderAfterDays: number, now: Date): boolean {
  const last = contract.lastReminderAt ?? contract.sentAt
  if (!last) return false
  return now.getTime() - new Date(last).getTime() >= reminderAfterDays * DAY
}

/**
 * The daily pass over contracts waiting for a signature: past their expiry → expired (staff
 * told); otherwise, after the template's `reminderAfterDays` since sending or the last
 * reminder → a reminder with a fresh link. One contract's failure does not stop the others.
 */
export async function runContractDailyPass(req: PayloadRequest, now = new Date()): Promise<DailyRunResult> {
  const result: DailyRunResult = { expired: 0, reminded: 0, failed: 0 }
  let page = 1
  const templates = new Map<number, ContractTemplate | null>()
  for (;;) {
    const batch = await req.payload.find({ collection: 'contracts', where: { status: { in: ['sent', 'viewed'] } }, sort: 'id', limit: PAGE, page, depth: 0, req, overrideAccess: true })
    for (const contract of batch.docs) {
      try {
        if (contract.expiresAt && new Date(contract.expiresAt) <= now) {
          await expireContract(req, contract)
          result.expired += 1
          continue
        }
        const templateId = contract.template as number
        if (!templates.has(templateId)) {
          templates.set(templateId, await req.payload.findByID({ collection: 'contract-templates', id: templateId, depth: 0, req, overrideAccess: true }).catch(() => null))
        }
        const days = templates.get(templateId)?.reminderAfterDays ?? 3
        if (isReminderDue(contract, days, now)) {
          await remindContract(req, contract, { automatic: true })
          result.reminded += 1
        }
      } catch (error) {
        result.failed += 1
        req.payload.logger.error({ err: error, msg: `Contrat ${contract.reference} : relance ou expiration impossible.` })
      }
    }
    if (!batch.hasNextPage) break
    page += 1
  }
  return result
}
