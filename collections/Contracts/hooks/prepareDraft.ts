import type { CollectionBeforeChangeHook } from 'payload'

import { nextSequenceValue } from '@/codes/sequences'
import { ContractError } from '@/contracts/errors'
import { appendEvents, contractEvent } from '@/contracts/events'
import { contractReference } from '@/contracts/reference'
import { loadDraft } from '@/contracts/renderContext'
import type { Contract } from '../../../payload-types'

/** Set by src/contracts/workflow.ts on its own writes (status, signers, events): the draft rules below do not apply to them. */
export const CONTRACT_WORKFLOW_CONTEXT = 'contractWorkflow'

/**
 * Drafts are rendered by the server: the reference is issued on creation, then on every save of a
 * draft the template, party and project are loaded, checked and the text re-rendered. Once sent, a
 * contract's document is frozen: staff edits are refused (the workflow alone writes).
 */
export const prepareDraft: CollectionBeforeChangeHook<Contract> = async ({ data, originalDoc, operation, req, context }) => {
  if (context?.[CONTRACT_WORKFLOW_CONTEXT]) return data
  if (operation === 'update' && originalDoc && originalDoc.status !== 'draft') {
    throw new ContractError('contract_frozen', 409)
  }
  const merged = { ...originalDoc, ...data }
  const now = new Date()
  let reference = originalDoc?.reference ?? null
  if (operation === 'create') {
    const year = now.getUTCFullYear()
    reference = contractReference(year, await nextSequenceValue(req, { scope: `contract:${year}`, max: 999_999 }))
  }
  const draft = await loadDraft(req, { ...merged, reference }, now)
  const event = contractEvent(req, operation === 'create' ? 'created' : 'updated')
  return {
    ...data,
    reference,
    status: 'draft',
    kind: draft.kind,
    title: merged.title?.trim() || draft.template.title,
    talent: draft.kind === 'talent' ? draft.party.profile.id : null,
    cinemaTalent: draft.kind === 'cinema' ? draft.party.profile.id : null,
    project: draft.project?.id ?? null,
    assignment: draft.assignment?.id ?? null,
    amount: draft.facts.amount ?? null,
    currency: (draft.facts.currency as Contract['currency']) ?? null,
    startDate: draft.facts.startDate ?? null,
    endDate: draft.facts.endDate ?? null,
    partyName: draft.party.name,
    partyCode: draft.party.code,
    partyEmail: draft.party.email,
    renderedContent: draft.rendered.content as unknown as Contract['renderedContent'],
    renderedHtml: draft.rendered.html,
    ...(operation === 'create' ? { createdBy: req.user?.id ?? null, events: [event] } : { events: appendEvents(originalDoc ?? {}, event) }),
  }
}
