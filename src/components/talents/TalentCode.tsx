import { parseTalentCode } from '@/codes/formats'
import { SegmentedCode } from '@/components/SegmentedCode'

const TONES = ['bg-terracotta-600 text-white', 'bg-ochre-400 text-ink-950', 'bg-ink-900 text-sand-50', 'bg-forest-600 text-white']

/** A talent's code in its four coloured parts (country · gender · number · city), as the home page explains it. */
export function TalentCode({ code, size = 'md' }: { code: string; size?: 'sm' | 'md' }) {
  const parts = parseTalentCode(code)
  const segments = parts ? [parts.country, parts.gender, code.slice(3, 7), parts.cityCode] : [code]
  return <SegmentedCode code={code} segments={segments} tones={TONES} size={size} />
}
