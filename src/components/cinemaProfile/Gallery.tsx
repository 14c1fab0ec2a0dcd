import type { PhotoImage } from '@/talents/talentPhoto'

/** The talent's other photos; each opens at full size (a plain link: works everywhere, zooms on phones). */
export function Gallery({ photos, altOf }: { photos: { thumb: PhotoImage; full: PhotoImage }[]; altOf: (index: number) => string }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {photos.map((photo, index) => (
        <li key={photo.full.url}>
          <a href={photo.full.url} target="_blank" rel="noopener" className="group block overflow-hidden rounded-2xl ring-1 ring-ink-900/10">
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img
              src={photo.thumb.url}
              alt={altOf(index + 1)}
              width={photo.thumb.width ?? undefined}
              height={photo.thumb.height ?? undefined}
              loading="lazy"
              decoding="async"
              className="aspect-[4/5] w-full object-cover transition-transform duration-300 group-hover:scale-[1.03] motion-reduce:transition-none"
            />
          </a>
        </li>
      ))}
    </ul>
  )
}
