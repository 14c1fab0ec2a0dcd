import type { Photo, Talent } from '../../../payload-types'

const SIZES = {
  sm: { box: 'size-12 rounded-xl text-base', image: 'thumbnail' },
  lg: { box: 'aspect-[4/5] w-full rounded-2xl text-5xl', image: 'card' },
} as const

/** The talent's photo (served by Payload, which checks read access), or their initials on a warm background. */
export function TalentAvatar({ talent, size, alt = '' }: { talent: Talent; size: keyof typeof SIZES; alt?: string }) {
  const style = SIZES[size]
  const photo = typeof talent.photo === 'object' ? (talent.photo as Photo | null) : null
  const src = photo?.sizes?.[style.image]?.url || photo?.url
  if (src) {
    // A plain <img>: the file route is access-controlled and already resized by Payload.
    return <img src={src} alt={alt} className={`${style.box} shrink-0 bg-sand-200 object-cover`} />
  }
  const initials = [talent.firstName, talent.lastName].map((name) => name?.trim()[0] ?? '').join('').toUpperCase()
  return (
    <span aria-hidden={alt ? undefined : true} role={alt ? 'img' : undefined} aria-label={alt || undefined} className={`${style.box} grid shrink-0 place-items-center bg-linear-to-br from-terracotta-500 to-ochre-400 font-extrabold text-white`}>
      {initials}
    </span>
  )
}
