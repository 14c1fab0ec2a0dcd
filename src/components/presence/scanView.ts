import type { ScanInput, ScanTalent } from '@/presence/types'

import type { FeedbackKind } from './feedback'
import type { ScanAttempt } from './useScanQueue'

/** One scan as the page shows it: while it is sent, then what came of it. */
export type ScanView = {
  scan: ScanInput
  attempt: ScanAttempt | { kind: 'sending' } | { kind: 'invalid' }
  /** The talent as the live list knows them: named and pictured even when the scan waits offline. */
  known?: ScanTalent
}

export type Tone = 'checkIn' | 'checkOut' | 'warning' | 'refused' | 'neutral'

export function toneOf(view: ScanView): Tone {
  const { attempt } = view
  if (attempt.kind === 'sending' || attempt.kind === 'queued') return 'neutral'
  if (attempt.kind !== 'answered') return 'refused'
  switch (attempt.response.result) {
    case 'checkIn':
      return 'checkIn'
    case 'checkOut':
      return 'checkOut'
    case 'alreadyScanned':
      return 'warning'
    default:
      return 'refused'
  }
}

export function feedbackOf(view: ScanView): FeedbackKind | null {
  const tone = toneOf(view)
  if (view.attempt.kind === 'sending') return null
  if (tone === 'checkIn' || tone === 'checkOut' || tone === 'neutral') return 'success'
  return tone === 'warning' ? 'warning' : 'error'
}

export function talentOf(view: ScanView): ScanTalent | null {
  const { attempt } = view
  if (attempt.kind !== 'answered') return attempt.kind === 'queued' ? (view.known ?? null) : null
  return 'talent' in attempt.response ? attempt.response.talent : null
}

/** How long a result stays on screen; a refusal an admin may override stays until acted on. */
export function displayMs(view: ScanView): number | null {
  const { attempt } = view
  if (attempt.kind === 'sending') return null
  if (attempt.kind === 'answered' && attempt.response.result === 'notAssigned' && attempt.response.canForce) return 15_000
  return toneOf(view) === 'refused' ? 5_000 : 3_000
}
