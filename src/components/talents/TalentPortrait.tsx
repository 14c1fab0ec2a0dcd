import type { PhotoImage } from '@/talents/talentPhoto'

type TalentPortraitProps = {
  photo?: PhotoImage
  name: string
  alt: string
  className?: string
  /** Above the fold: load at once rather than lazily. */
  priority?: boolean
}

/** Initials drawn on the brand colours when a talent has no (visible) photo. */
function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean)
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words[words.length - 1][0] ?? '') : '')).toUpperCase()
}

/**
 * A talent's photo filling a 4:5 frame. A plain <img> on purpose: Payload already made
 * the sizes, and a private profile's photo is only readable with the viewer's cookie,
 * which Next's image optimiser would not send.
 */
export function TalentPortrait({ photo, name, alt, className = '', priority = false }: TalentPortraitProps) {
  return (
    <div className={`relative aspect-[4/5] overflow-hidden bg-sand-200 ${className}`}>
      {photo ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={photo.url}
          alt={alt}
          width={photo.width ?? undefined}
          height={photo.height ?? undefined}
          loading={priority ? 'eager' : 'lazy'}
          decoding="async"
          className="absolute inset-0 size-full object-cover"
        />
      ) : (
        <div
          role="img"
          aria-label={alt}
          className="absolute inset-0 grid place-items-center bg-[radial-gradient(circle_at_30%_20%,var(--color-terracotta-400),var(--color-terracotta-700)_70%)]"
        >
          <span aria-hidden="true" className="text-5xl font-extrabold tracking-tight text-sand-50/95">
            {initials(name)}
          </span>
        </div>
      )}
    </div>
  )
}
