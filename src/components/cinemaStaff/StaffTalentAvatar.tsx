import type { PhotoImage } from '@/talents/talentPhoto'

/** A round thumbnail, or the initials on the brand colours when there is no photo. */
export function StaffTalentAvatar({ photo, name, size = 'md' }: { photo?: PhotoImage; name: string; size?: 'md' | 'lg' }) {
  const box = size === 'lg' ? 'size-16 text-lg' : 'size-11 text-sm'
  const words = name.split(/\s+/).filter(Boolean)
  const initials = ((words[0]?.[0] ?? '') + (words.length > 1 ? (words[words.length - 1][0] ?? '') : '')).toUpperCase()
  return photo ? (
    // eslint-disable-next-line @next/next/no-img-element -- Payload made the sizes; private photos need the viewer's cookie.
    <img src={photo.url} alt="" width={64} height={64} loading="lazy" decoding="async" className={`${box} shrink-0 rounded-full object-cover ring-1 ring-ink-900/10`} />
  ) : (
    <span aria-hidden="true" className={`${box} grid shrink-0 place-items-center rounded-full bg-terracotta-100 font-bold text-terracotta-700`}>
      {initials}
    </span>
  )
}
