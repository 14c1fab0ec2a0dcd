import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { CONTRACT_STATUSES, STATUS_LABELS, type ContractStatus } from '@/contracts/constants'
import { lexicalParagraphs } from '@/contracts/render'
import { issueSigningLink } from '@/contracts/signingLinks'
import { archiveContract, cancelContract, declineWithLink, expireContract, sendContract, signWithLink, viewSigningLink } from '@/contracts/workflow'
import type { Contract, Talent, User } from '../../payload-types'
import { DEMO_MARK } from './demoData'

const DAY_MS = 24 * 60 * 60 * 1000
export const DEMO_TEMPLATE_TITLE = `Contrat de prestation artistique ${DEMO_MARK}`

/**
 * One demo contract in each status (draft, sent, viewed, signed, declined, expired, cancelled,
 * archived), each for a different demo talent, taken there by the contracts workflow itself
 * (send, open the signing link, sign with the talent's code, decline, expire, cancel, archive):
 * references, frozen text, events, hashes and final PDFs are the real thing. Staff actions act
 * as the first administrator. Emails go to the outbox (demo addresses are @demo.taalentio.test).
 * Idempotent: a demo talent who already has a contract gets none.
 */
export async function seedDemoContracts(payload: Payload, talents: Talent[], now = new Date()): Promise<{ created: number; skipped?: string }> {
  const admin = (await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } }, sort: 'id', limit: 1, depth: 0, overrideAccess: true })).docs[0] as User | undefined
  if (!admin) return { created: 0, skipped: 'no_admin' }
  const staffReq = async () => createLocalReq({ user: { ...admin, collection: 'users' } as never }, payload)
  const publicReq = async () => createLocalReq({}, payload)

  const template =
    (await payload.find({ collection: 'contract-templates', where: { title: { equals: DEMO_TEMPLATE_TITLE } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] ??
    (await payload.create({
      collection: 'contract-templates',
      data: {
        title: DEMO_TEMPLATE_TITLE,
        kind: 'talent',
        body: lexicalParagraphs([
          'Contrat fictif de démonstration — aucune valeur juridique.',
          'Entre Taalentio (démo) et {{talent.nom_complet}} (code {{talent.code}}), résidant à {{talent.ville}}, {{talent.pays}}.',
          'Prestation : participation à un événement promotionnel, du {{date_debut}} au {{date_fin}}, pour un cachet de {{cachet}}.',
          'Référence {{contrat.reference}}, établi le {{date_du_jour}}.',
        ]) as never,
        requiresCountersignature: false,
        reminderAfterDays: 3,
        linkValidityDays: 14,
        defaultCurrency: 'XOF',
        active: true,
      } as never,
      overrideAccess: true,
    }))

  let created = 0
  for (const [index, status] of CONTRACT_STATUSES.entries()) {
    const talent = talents[index % talents.length]
    if (!talent) break
    const existing = await payload.count({ collection: 'contracts', where: { talent: { equals: talent.id } }, overrideAccess: true })
    if (existing.totalDocs > 0) continue
    const start = new Date(now.getTime() + (10 + index) * DAY_MS)
    const draft = (await payload.create({
      collection: 'contracts',
      data: {
        template: template.id,
        talent: talent.id,
        title: `Contrat de démonstration — ${STATUS_LABELS[status].fr} ${DEMO_MARK}`,
        amount: 100_000 + index * 25_000,
        currency: 'XOF',
        startDate: start.toISOString(),
        endDate: new Date(start.getTime() + 5 * DAY_MS).toISOString(),
      } as never,
      req: await staffReq(),
      user: admin,
      overrideAccess: false,
    })) as Contract
    created += 1
    await advance(draft, status, talent, staffReq, publicReq)
  }
  return { created }
}

async function advance(draft: Contract, status: ContractStatus, talent: Talent, staffReq: () => Promise<PayloadRequest>, publicReq: () => Promise<PayloadRequest>) {
  if (status === 'draft') return
  const sent = await sendContract(await staffReq(), draft.id)
  const link = async () => {
    const signer = sent.signers?.[0]
    return (await issueSigningLink(await publicReq(), sent.id, signer!.id!, new Date(sent.expiresAt ?? Date.now() + 14 * DAY_MS))).token
  }
  const sign = async () =>
    signWithLink(await publicReq(), await link(), { consent: true, identity: { code: talent.code ?? '' }, signature: { method: 'typed', name: `${talent.firstName} ${talent.lastName}` } })
  switch (status) {
    case 'sent':
      return
    case 'viewed':
      await viewSigningLink(await publicReq(), await link())
      return
    case 'signed':
      await sign()
      return
    case 'declined':
      await declineWithLink(await publicReq(), await link(), 'Dates incompatibles (réponse fictive de démonstration).')
      return
    case 'expired':
      await expireContract(await staffReq(), sent)
      return
    case 'cancelled':
      await cancelContract(await staffReq(), sent.id)
      return
    case 'archived':
      await sign()
      await archiveContract(await staffReq(), sent.id)
      return
  }
}
