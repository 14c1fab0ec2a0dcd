'use client'

import { useEffect, useState } from 'react'

import { CheckIcon } from '@/components/icons'

import { CopyIcon } from './icons'

type CopyCodeButtonProps = {
  code: string
  labels: { copy: string; copied: string; copyFailed: string }
  /** `dark`: on the talent space's dark code card (default); `light`: on a light page. */
  tone?: 'dark' | 'light'
}

/** Copies the talent's code to the clipboard and says so (politely, to screen readers too). */
export function CopyCodeButton({ code, labels, tone = 'dark' }: CopyCodeButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2500)
    return () => clearTimeout(timer)
  }, [state])

  async function copy() {
    try {
      await navigator.clipboard.writeText(code)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" onClick={copy} className={tone === 'dark' ? 'btn btn-on-dark' : 'btn btn-secondary px-3.5 py-2'}>
        {state === 'copied' ? <CheckIcon className="size-4" strokeWidth={2.5} /> : <CopyIcon className="size-4" />}
        {state === 'copied' ? labels.copied : labels.copy}
      </button>
      <p role="status" className={`text-sm ${tone === 'dark' ? 'text-ink-300' : 'text-ink-600'}`}>
        {state === 'failed' ? labels.copyFailed : null}
        <span className="sr-only">{state === 'copied' ? labels.copied : null}</span>
      </p>
    </div>
  )
}
