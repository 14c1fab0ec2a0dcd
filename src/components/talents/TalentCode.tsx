import { parseTalentCode } from '@/codes/formats'

const TONES = ['bg-terracotta-600 text-white', 'bg-ochre-400 text-ink-950', 'bg-ink-900 text-sand-50', 'bg-forest-600 text-white']

/**
 * A talent's code in its four coloured parts (country · gender · number · city), as the home
 * page explains it; read out as one code by screen readers.
 */
export function TalentCode({ code, size = 'md' }: { code: string; size?: 'sm' | 'md' }) {
  const parts = parseTalentCode(code)
  const segments = parts ? [parts.country, parts.gender, code.slice(3, 7), parts.cityCode] : [code]
  const sizing = size === 'sm' ? 'gap-0.5 text-xs' : 'gap-1 text-lg sm:text-xl'
  const padding = size === 'sm' ? 'rounded px-1 py-0.5' : 'rounded-md px-1.5 py-0.5 sm:px-2'
  return (
    <span className={`inline-flex font-mono font-bold tracking-wider ${sizing}`} aria-label={code} role="img">
      {segments.map((segment, index) => (
        <span key={index} aria-hidden="true" className={`${padding} ${TONES[index % TONES.length]}`}>
          {segment}
        </span>
      ))}
    </span>
  )
}
