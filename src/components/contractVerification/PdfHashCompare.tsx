'use client'

import { useId, useState, type DragEvent } from 'react'

import type { ContractVerificationMessages } from '@/i18n/messages/contractVerification'

type State = { kind: 'idle' } | { kind: 'computing' } | { kind: 'done'; hash: string; match: boolean } | { kind: 'error'; message: string }

async function sha256Hex(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer())
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * Drop or choose a PDF: its SHA-256 is computed in the browser (nothing is uploaded) and
 * compared with the stored final PDF's fingerprint.
 */
export function PdfHashCompare({ expected, messages }: { expected: string; messages: ContractVerificationMessages['compare'] }) {
  const inputId = useId()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const [dragging, setDragging] = useState(false)

  async function check(file: File | undefined) {
    if (!file) return
    if (file.type && file.type !== 'application/pdf' && !file.name.toLowerCase().endsWith('.pdf')) {
      setState({ kind: 'error', message: messages.notPdf })
      return
    }
    setState({ kind: 'computing' })
    const hash = await sha256Hex(file)
    setState({ kind: 'done', hash, match: hash === expected })
  }

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault()
    setDragging(false)
    void check(event.dataTransfer.files[0])
  }

  return (
    <div>
      <label
        htmlFor={inputId}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex cursor-pointer flex-col items-center justify-center gap-1 rounded-2xl border-2 border-dashed px-4 py-8 text-center transition-colors ${dragging ? 'border-terracotta-500 bg-terracotta-50' : 'border-sand-300 bg-sand-50 hover:border-terracotta-400'}`}
      >
        <span className="btn btn-secondary">{messages.choose}</span>
        <span className="text-sm text-ink-600">{messages.drop}</span>
        <input id={inputId} type="file" accept="application/pdf,.pdf" className="sr-only" data-testid="pdf-compare-input" onChange={(event) => void check(event.target.files?.[0])} />
      </label>
      <div aria-live="polite" className="mt-4 min-h-6">
        {state.kind === 'computing' ? <p className="text-sm text-ink-600">{messages.computing}</p> : null}
        {state.kind === 'error' ? <p className="text-sm font-semibold text-terracotta-700">{state.message}</p> : null}
        {state.kind === 'done' ? (
          <div className={`rounded-xl px-4 py-3 ring-1 ${state.match ? 'bg-emerald-50 text-forest-600 ring-emerald-200' : 'bg-terracotta-50 text-terracotta-800 ring-terracotta-200'}`}>
            <p className="font-semibold" data-testid="pdf-compare-result" data-match={state.match}>
              {state.match ? messages.match : messages.mismatch}
            </p>
            <p className="mt-1 text-xs text-ink-600">
              {messages.yourHash} <code className="font-mono break-all">{state.hash}</code>
            </p>
          </div>
        ) : null}
      </div>
    </div>
  )
}
