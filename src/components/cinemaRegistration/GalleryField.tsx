'use client'

import { useEffect, useMemo, useRef } from 'react'

import { MAX_GALLERY_PHOTOS } from '@/cinema/registration/schema'
import { format } from '@/i18n'
import type { CinemaRegistrationMessages } from '@/i18n/messages/cinemaRegistration'
import { acceptAttribute } from '@/uploads/uploadLimits'

import { FieldError, fieldIds, OptionalTag } from '../registration/FormField'

type GalleryFieldProps = {
  files: File[]
  onChange: (files: File[]) => void
  errors: Record<string, string | undefined>
  optionalLabel: string
  messages: CinemaRegistrationMessages['fields']
  /** Editing: the photos already in the gallery (they count towards the eight), each removable. */
  existing?: { photos: { id: number; url: string }[]; onRemove: (id: number) => void; alt: string }
}

/** Up to eight more photos as a grid of thumbnails, each removable; previews freed when they go. */
export function GalleryField({ files, onChange, errors, optionalLabel, messages, existing }: GalleryFieldProps) {
  const ids = fieldIds('gallery')
  const inputRef = useRef<HTMLInputElement>(null)
  const previews = useMemo(() => files.map((file) => URL.createObjectURL(file)), [files])
  useEffect(() => () => previews.forEach((url) => URL.revokeObjectURL(url)), [previews])
  const kept = existing?.photos ?? []
  const room = MAX_GALLERY_PHOTOS - kept.length
  const full = files.length >= room
  const groupError = errors.gallery

  return (
    <div>
      <p id={`${ids.id}-label`} className="text-sm font-semibold text-ink-900">
        {messages.gallery} <OptionalTag label={optionalLabel} />
      </p>
      <p id={ids.hint} className="mt-1 text-sm text-ink-600">
        {messages.galleryHint}
      </p>
      <input
        ref={inputRef}
        id={ids.id}
        type="file"
        multiple
        accept={acceptAttribute('photo')}
        disabled={full}
        aria-labelledby={`${ids.id}-label`}
        aria-describedby={[ids.hint, groupError ? ids.error : null].filter(Boolean).join(' ')}
        aria-invalid={groupError ? true : undefined}
        onChange={(event) => {
          const chosen = Array.from(event.target.files ?? [])
          if (chosen.length) onChange([...files, ...chosen].slice(0, Math.max(room, 0)))
          event.target.value = ''
        }}
        className="peer sr-only"
      />
      <ul className="mt-3 grid grid-cols-3 gap-2 sm:grid-cols-5 lg:grid-cols-6">
        {kept.map((photo, index) => (
          <li key={`kept-${photo.id}`} className="relative" data-testid="gallery-existing">
            <img src={photo.url} alt={format(existing!.alt, { n: index + 1 })} className="aspect-[3/4] w-full rounded-xl object-cover ring-1 ring-ink-900/10" />
            <button
              type="button"
              onClick={() => existing!.onRemove(photo.id)}
              aria-label={format(messages.galleryRemove, { n: index + 1 })}
              className="absolute top-1.5 right-1.5 grid size-8 place-items-center rounded-full bg-white/95 text-ink-700 shadow ring-1 ring-ink-900/10 hover:text-terracotta-700"
            >
              <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
                <path d="M6 6l8 8M14 6l-8 8" strokeLinecap="round" />
              </svg>
            </button>
          </li>
        ))}
        {files.map((file, index) => (
          <li key={`${file.name}-${file.lastModified}-${index}`} className="relative">
            <img
              src={previews[index]}
              alt={file.name}
              className={`aspect-[3/4] w-full rounded-xl object-cover ring-1 ${errors[`gallery.${index}`] ? 'ring-2 ring-terracotta-600' : 'ring-ink-900/10'}`}
            />
            <button
              type="button"
              onClick={() => onChange(files.filter((_, position) => position !== index))}
              aria-label={format(messages.galleryRemove, { n: kept.length + index + 1 })}
              className="absolute top-1.5 right-1.5 grid size-8 place-items-center rounded-full bg-white/95 text-ink-700 shadow ring-1 ring-ink-900/10 hover:text-terracotta-700"
            >
              <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
                <path d="M6 6l8 8M14 6l-8 8" strokeLinecap="round" />
              </svg>
            </button>
          </li>
        ))}
        {full ? null : (
          <li>
            <label
              htmlFor={ids.id}
              className="flex aspect-[3/4] w-full cursor-pointer flex-col items-center justify-center gap-1 rounded-xl border-2 border-dashed border-ink-900/20 bg-sand-50 px-2 text-center text-sm font-semibold text-terracotta-700 hover:bg-sand-100 peer-focus-visible:outline-2 peer-focus-visible:outline-terracotta-600"
            >
              <svg viewBox="0 0 20 20" className="size-6" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
                <path d="M10 4.5v11M4.5 10h11" strokeLinecap="round" />
              </svg>
              {messages.galleryChoose}
            </label>
          </li>
        )}
      </ul>
      <p aria-live="polite" className="mt-2 text-sm text-ink-600">
        {full ? messages.galleryFull : format(messages.galleryCount, { count: kept.length + files.length })}
      </p>
      <FieldError path="gallery" message={groupError ?? Object.entries(errors).find(([path]) => path.startsWith('gallery.'))?.[1]} />
    </div>
  )
}
