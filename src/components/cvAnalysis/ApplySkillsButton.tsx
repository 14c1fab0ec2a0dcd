'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'

import { CheckIcon } from '@/components/icons'
import { AlertIcon, PlusIcon } from '@/components/talentSpace/icons'
import type { ActionResult } from '@/talentSpace/actionResult'

type Props = {
  label: string
  busyLabel: string
  hint: string
  /** Shown instead of the button once every detected skill is on the profile. */
  nothingLeft: string
  canApply: boolean
  apply: () => Promise<ActionResult>
}

/**
 * "Appliquer les compétences détectées": runs the server action, then shows its answer. The component stays mounted
 * after the refresh that follows (only the button goes), so the confirmation does not vanish with it.
 */
export function ApplySkillsButton({ label, busyLabel, hint, nothingLeft, canApply, apply }: Props) {
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const [result, setResult] = useState<ActionResult | null>(null)

  const onClick = () =>
    startTransition(async () => {
      const answer = await apply()
      setResult(answer)
      if (answer.ok) router.refresh()
    })

  return (
    <div className="mt-5 flex flex-col gap-3 sm:flex-row sm:items-center">
      {canApply ? (
        <button type="button" onClick={onClick} disabled={pending} aria-describedby="apply-skills-hint" className="btn btn-primary shrink-0 disabled:opacity-60">
          <PlusIcon className="size-4" />
          {pending ? busyLabel : label}
        </button>
      ) : null}
      <div className="min-w-0 text-sm" aria-live="polite">
        {result ? (
          <p className={`flex items-start gap-2 font-medium ${result.ok ? 'text-forest-600' : 'text-terracotta-800'}`} data-testid="apply-skills-result">
            {result.ok ? <CheckIcon className="mt-0.5 size-4 shrink-0" strokeWidth={2.5} /> : <AlertIcon className="mt-0.5 size-4 shrink-0" />}
            {result.message}
          </p>
        ) : null}
        {canApply ? (
          result ? null : (
            <p id="apply-skills-hint" className="text-ink-600">
              {hint}
            </p>
          )
        ) : (
          <p className={result ? 'mt-1 text-ink-600' : 'text-ink-600'}>{nothingLeft}</p>
        )}
      </div>
    </div>
  )
}
