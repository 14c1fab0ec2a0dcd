/**
 * A unique code drawn as its coloured parts (country, city, number, gender… in the order of
 * its format); screen readers read it out as one code.
 */
export function SegmentedCode({ code, segments, tones, size = 'md' }: { code: string; segments: string[]; tones: string[]; size?: 'sm' | 'md' }) {
  const sizing = size === 'sm' ? 'gap-0.5 text-xs' : 'gap-1 text-lg sm:text-xl'
  const padding = size === 'sm' ? 'rounded px-1 py-0.5' : 'rounded-md px-1.5 py-0.5 sm:px-2'
  return (
    <span className={`inline-flex font-mono font-bold tracking-wider ${sizing}`} aria-label={code} role="img">
      {segments.map((segment, index) => (
        <span key={index} aria-hidden="true" className={`${padding} ${tones[index % tones.length]}`}>
          {segment}
        </span>
      ))}
    </span>
  )
}
