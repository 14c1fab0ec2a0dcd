'use client'

import { useRouter } from 'next/navigation'
import { useRef, useState, useTransition } from 'react'

import { CheckIcon } from '@/components/icons'
import { AlertIcon } from '@/components/talentSpace/icons'
import type { ContractMessages } from '@/i18n/messages/contracts'

import { apiErrorOf, type ContractAction } from './contractModel'

const CONFIRM: Record<ContractAction, keyof ContractMessages['actions']> = {
  send: 'sendConfirm',
  remind: 'remindConfirm',
  cancel: 'cancelConfirm',
  archive: 'archiveConfirm',
}
const DONE: Record<ContractAction, keyof ContractMessages['actions']> = { send: 'sent', remind: 'reminded', cancel: 'cancelled', archive: 'archived' }

/**
 * The staff actions of a contract (only those its status allows, decided by the page): each
 * asks for confirmation in place, calls POST /api/contracts/:id/<action>, then reloads the page's data.
 */
export function ContractActions({ contractId, actions, messages: m }: { contractId: string; actions: ContractAction[]; messages: ContractMessages['actions'] }) {
  const router = useRouter()
  const [confirming, setConfirming] = useState<ContractAction | null>(null)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null)
  const [, startTransition] = useTransition()
  const confirmRef = useRef<HTMLDivElement>(null)

  // The notice outlives the last action (after « Archiver » none is left), so the staff member still reads the outcome.
  if (!actions.length && !notice) return null

  const run = async (action: ContractAction) => {
    setBusy(true)
    setNotice(null)
    try {
      const response = await fetch(`/api/contracts/${encodeURIComponent(contractId)}/${action}`, { method: 'POST', headers: { Accept: 'application/json' } })
      const body = await response.json().catch(() => null)
      if (!response.ok) {
        setNotice({ tone: 'error', text: apiErrorOf(body).message ?? m.failed })
        return
      }
      setConfirming(null)
      setNotice({ tone: 'ok', text: m[DONE[action]] })
      startTransition(() => router.refresh())
    } catch {
      setNotice({ tone: 'error', text: m.failed })
    } finally {
      setBusy(false)
    }
  }

  const label: Record<ContractAction, string> = { send: m.send, remind: m.remind, cancel: m.cancel, archive: m.archive }
  const style: Record<ContractAction, string> = {
    send: 'btn-primary',
    remind: 'btn-secondary',
    archive: 'btn-secondary',
    cancel: 'text-terracotta-800 ring-1 ring-terracotta-600/30 ring-inset hover:bg-terracotta-50',
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            disabled={busy}
            aria-expanded={confirming === action}
            onClick={() => {
              setConfirming(action)
              setNotice(null)
              requestAnimationFrame(() => confirmRef.current?.focus())
            }}
            className={`btn ${style[action]}`}
          >
            {label[action]}
          </button>
        ))}
      </div>
      {confirming ? (
        <div ref={confirmRef} tabIndex={-1} role="group" aria-label={label[confirming]} className="rounded-2xl bg-sand-50 p-4 ring-1 ring-ink-900/10 outline-none">
          <p className="text-sm text-ink-800">{m[CONFIRM[confirming]]}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" disabled={busy} onClick={() => void run(confirming)} className={`btn ${confirming === 'cancel' ? 'bg-terracotta-800 text-white hover:bg-terracotta-900' : 'btn-primary'}`}>
              {busy ? m.working : `${m.confirm} : ${label[confirming].toLowerCase()}`}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(null)} className="btn btn-secondary">
              {m.dismiss}
            </button>
          </div>
        </div>
      ) : null}
      <div aria-live="polite">
        {notice ? (
          <p
            role={notice.tone === 'error' ? 'alert' : 'status'}
            className={`flex items-start gap-2 rounded-xl px-4 py-3 text-sm font-medium ${notice.tone === 'ok' ? 'bg-forest-600/10 text-forest-600' : 'bg-terracotta-50 text-terracotta-800'}`}
          >
            {notice.tone === 'ok' ? <CheckIcon className="mt-0.5 size-4 shrink-0" strokeWidth={2.5} /> : <AlertIcon className="mt-0.5 size-4 shrink-0" />}
            {notice.text}
          </p>
        ) : null}
      </div>
    </div>
  )
}
