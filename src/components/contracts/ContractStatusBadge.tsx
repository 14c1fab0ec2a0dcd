import type { Locale } from '@/i18n/locales'

import { signerStatusLabel, STATUS_TONE, statusLabel, type ContractStatus, type SignerStatus } from './contractModel'

const TONE_CLASS = {
  neutral: 'bg-sand-100 text-ink-700 ring-ink-900/10',
  waiting: 'bg-ochre-200/60 text-ink-900 ring-ochre-500/30',
  done: 'bg-forest-600/10 text-forest-600 ring-forest-600/25',
  stopped: 'bg-terracotta-50 text-terracotta-800 ring-terracotta-600/20',
} as const

const DOT_CLASS = {
  neutral: 'bg-ink-400',
  waiting: 'bg-ochre-500',
  done: 'bg-forest-600',
  stopped: 'bg-terracotta-600',
} as const

type BadgeProps =
  | { kind?: 'contract'; status: ContractStatus; locale: Locale; size?: 'sm' | 'md' }
  | { kind: 'signer'; status: SignerStatus; locale: Locale; size?: 'sm' | 'md' }

/** The one status badge of contracts and signers: a coloured dot and the status in words (never colour alone). */
export function ContractStatusBadge(props: BadgeProps) {
  const tone = STATUS_TONE[props.status] ?? 'neutral'
  const label = props.kind === 'signer' ? signerStatusLabel(props.status, props.locale) : statusLabel(props.status, props.locale)
  const size = props.size === 'md' ? 'px-3 py-1 text-sm' : 'px-2.5 py-0.5 text-xs'
  return (
    <span data-status={props.status} className={`inline-flex items-center gap-1.5 rounded-full font-semibold whitespace-nowrap ring-1 ring-inset ${size} ${TONE_CLASS[tone]}`}>
      <span aria-hidden="true" className={`size-1.5 rounded-full ${DOT_CLASS[tone]}`} />
      {label}
    </span>
  )
}
