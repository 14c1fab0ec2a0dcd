import { parseCinemaCode } from '@/codes/formats'
import { SegmentedCode } from '@/components/SegmentedCode'

const TONES = ['bg-terracotta-600 text-white', 'bg-forest-600 text-white', 'bg-sand-50 text-ink-950 ring-1 ring-ink-900/15 ring-inset', 'bg-ochre-400 text-ink-950']

/** A cinema code in its four coloured parts: country · city · number · gender. */
export function CinemaCode({ code, size = 'md' }: { code: string; size?: 'sm' | 'md' }) {
  const parts = parseCinemaCode(code)
  const segments = parts ? [parts.country, parts.cityCode, code.slice(5, 10), parts.gender] : [code]
  return <SegmentedCode code={code} segments={segments} tones={TONES} size={size} />
}
