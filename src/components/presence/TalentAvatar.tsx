import type { ScanTalent } from '@/presence/types'

const SIZES = { sm: 'size-11 text-sm', md: 'size-14 text-base', xl: 'size-20 text-2xl sm:size-28' } as const

/** The talent's photo (private photos need the staff cookie: a plain img), or initials. */
export function TalentAvatar({ talent, size = 'sm', className = '' }: { talent: Pick<ScanTalent, 'name' | 'photoUrl'>; size?: keyof typeof SIZES; className?: string }) {
  const box = `${SIZES[size]} shrink-0 rounded-full ${className}`
  if (talent.photoUrl) {
    // eslint-disable-next-line @next/next/no-img-element -- Payload made the sizes; private photos need the viewer's cookie.
    return <img src={talent.photoUrl} alt="" loading={size === 'xl' ? 'eager' : 'lazy'} decoding="async" className={`${box} bg-sand-200 object-cover`} />
  }
  const words = talent.name.split(/\s+/).filter(Boolean)
  const initials = ((words[0]?.[0] ?? '') + (words.length > 1 ? (words[words.length - 1][0] ?? '') : '')).toUpperCase()
  return (
    <span aria-hidden="true" className={`${box} grid place-items-center bg-terracotta-100 font-bold text-terracotta-700`}>
      {initials || '?'}
    </span>
  )
}
